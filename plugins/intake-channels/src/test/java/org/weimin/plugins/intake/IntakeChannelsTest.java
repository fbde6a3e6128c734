package org.weimin.plugins.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.ProgressNotice;
import org.weimin.spi.intake.ProgressReply;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

import com.sun.net.httpserver.HttpServer;

class IntakeChannelsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());
    private static final String SECRET = "property-app-shared-secret";

    @TestFactory
    Stream<DynamicTest> everyChannelKeepsThePluginContract() {
        return PluginTestKit.contract(new ResidentPortal(), new PropertyAppWebhook(), new QqOneBot(), new SelfHelpStation(),
                new PublicOpinionForum(), new Open311Intake(), new WeCom(), new DoorToDoorVisit());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.intake");
    }

    @Test
    void aSignedPropertyAppDeliveryBecomesANeedWithItsOrigin() {
        IntakeResult result = propertyApp().receive(signed("{\"text\":\"5号楼电梯困人\",\"location\":\"5-1\",\"contact\":\"13800001111\"}",
                NOW.getEpochSecond(), "app-123"));
        assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
        var draft = ((IntakeResult.Accepted) result).drafts().get(0);
        assertThat(draft.text()).isEqualTo("5号楼电梯困人");
        assertThat(draft.placeHint()).isEqualTo("5-1");
        assertThat(draft.origin().externalId()).isEqualTo("app-123");
        assertThat(draft.origin().rawPayload()).contains("电梯困人");
    }

    @Test
    void aBadSignatureIsRefused() {
        InboundDelivery genuine = signed("{\"text\":\"路灯坏了\"}", NOW.getEpochSecond(), "k1");
        InboundDelivery forged = new InboundDelivery("POST", with(genuine.headers(), "x-signature", "00".repeat(32)),
                Map.of(), genuine.body(), "127.0.0.1");
        assertThat(propertyApp().receive(forged)).isInstanceOf(IntakeResult.Unauthenticated.class);
        InboundDelivery tampered = new InboundDelivery("POST", genuine.headers(), Map.of(),
                "{\"text\":\"路灯修好了\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        assertThat(propertyApp().receive(tampered)).isInstanceOf(IntakeResult.Unauthenticated.class);
    }

    @Test
    void anOldDeliveryReplayedIsRefused() {
        IntakeResult replay = propertyApp().receive(signed("{\"text\":\"路灯坏了\"}", NOW.getEpochSecond() - 301, "k2"));
        assertThat(replay).isInstanceOfSatisfying(IntakeResult.Unauthenticated.class,
                r -> assertThat(r.reason()).contains("replay window"));
    }

    @Test
    void malformedDeliveriesSayWhatIsWrong() {
        assertThat(propertyApp().receive(signed("not json", NOW.getEpochSecond(), "k3")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("JSON"));
        assertThat(propertyApp().receive(signed("{\"location\":\"1-1\"}", NOW.getEpochSecond(), "k4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("text"));
        assertThat(propertyApp().receive(signed("{\"text\":\"x\"}", NOW.getEpochSecond(), "")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("Idempotency-Key"));
    }

    @Test
    void hostileButSignedBodiesAreMalformedNotFailures() {
        String nested = "{\"text\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThat(propertyApp().receive(signed(nested, NOW.getEpochSecond(), "deep")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("JSON"));
        String longPlace = "{\"text\":\"漏水\",\"location\":\"" + "5".repeat(101) + "\"}";
        assertThat(propertyApp().receive(signed(longPlace, NOW.getEpochSecond(), "place")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("location"));
        String longContact = "{\"text\":\"漏水\",\"contact\":\"" + "1".repeat(51) + "\"}";
        assertThat(propertyApp().receive(signed(longContact, NOW.getEpochSecond(), "contact")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("contact"));

        IntakeChannel qq = new QqOneBot().create(CONTEXT, new Settings(Map.of("secret", "onebot-secret", "keyword", "#需求")));
        String group = "{\"post_type\":\"message\",\"message_type\":\"group\",\"group_id\":7788,\"message_id\":43,\"message\":";
        assertThat(qq.receive(onebot(group + "[1]}", "onebot-secret"))).isInstanceOfSatisfying(IntakeResult.Accepted.class,
                accepted -> assertThat(accepted.drafts()).isEmpty());
        assertThat(qq.receive(onebot(group + "[{\"type\":\"text\"}]}", "onebot-secret")))
                .isInstanceOfSatisfying(IntakeResult.Accepted.class, accepted -> assertThat(accepted.drafts()).isEmpty());
        String longGroup = group.replace("7788", "7".repeat(41)) + "\"#需求 漏水\"}";
        assertThat(qq.receive(onebot(longGroup, "onebot-secret"))).isInstanceOf(IntakeResult.Malformed.class);
        String longNickname = group + "\"#需求 漏水\",\"sender\":{\"nickname\":\"" + "李".repeat(300) + "\"}}";
        assertThat(qq.receive(onebot(longNickname, "onebot-secret"))).isInstanceOfSatisfying(IntakeResult.Accepted.class,
                accepted -> assertThat(accepted.drafts().get(0).contact()).hasSizeLessThanOrEqualTo(50));
    }

    @Test
    void open311ChecksTheKeyBeforeDecodingAndRefusesBadEncodingInWords() {
        IntakeChannel open311 = new Open311Intake().create(CONTEXT, new Settings(Map.of("apiKey", "open311-api-key-0123456789")));
        byte[] unsigned = "service_code=environment&description=%zz".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), unsigned, "1.2.3.4")))
                .isInstanceOf(IntakeResult.Unauthenticated.class);
        byte[] badPercent = "api_key=open311-api-key-0123456789&service_code=environment&description=%zz".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), badPercent, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("form-encoded"));
        byte[] shortOne = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E7%81%AF&address_string=5-1"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), shortOne, "1.2.3.4"));
        assertThat(accepted.drafts().get(0).text()).as("one character is a description").isEqualTo("灯");
        assertThat(accepted.drafts().get(0).origin().rawPayload()).as("the key is not kept").doesNotContain("api_key");
        byte[] longAddress = ("api_key=open311-api-key-0123456789&service_code=facilities&description=x&address_string="
                + "a".repeat(101)).getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), longAddress, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("address_string"));
        byte[] tooLong = ("api_key=open311-api-key-0123456789&service_code=facilities&address_string=5-1&description="
                + "a".repeat(4001)).getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), tooLong, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("4000"));
    }

    @Test
    void aRetriedDeliveryCarriesTheSameOrigin() {
        var first = (IntakeResult.Accepted) propertyApp().receive(signed("{\"text\":\"漏水\"}", NOW.getEpochSecond(), "same"));
        var again = (IntakeResult.Accepted) propertyApp().receive(signed("{\"text\":\"漏水\"}", NOW.getEpochSecond() + 5, "same"));
        assertThat(again.drafts().get(0).origin().externalId()).isEqualTo(first.drafts().get(0).origin().externalId());
    }

    @Test
    void aQqGroupMessageWithTheKeywordBecomesANeedAndGetsAReply() {
        IntakeChannel qq = new QqOneBot().create(CONTEXT, new Settings(Map.of("secret", "onebot-secret", "keyword", "#需求")));
        String event = "{\"post_type\":\"message\",\"message_type\":\"group\",\"group_id\":7788,\"message_id\":42,"
                + "\"user_id\":1001,\"message\":[{\"type\":\"text\",\"data\":{\"text\":\"#需求 3号楼楼道灯坏了\"}}],"
                + "\"sender\":{\"nickname\":\"老李\"}}";
        IntakeResult result = qq.receive(onebot(event, "onebot-secret"));
        assertThat(result).isInstanceOfSatisfying(IntakeResult.Accepted.class, accepted -> {
            assertThat(accepted.drafts()).singleElement().satisfies(d -> {
                assertThat(d.text()).isEqualTo("3号楼楼道灯坏了");
                assertThat(d.origin().externalId()).isEqualTo("qq:7788:42");
            });
            assertThat(accepted.replyBody()).contains("reply");
        });
        String chatter = event.replace("#需求 3号楼楼道灯坏了", "今天天气不错");
        assertThat(((IntakeResult.Accepted) qq.receive(onebot(chatter, "onebot-secret"))).drafts()).isEmpty();
        assertThat(qq.receive(onebot(event, "wrong-secret"))).isInstanceOf(IntakeResult.Unauthenticated.class);
        assertThat(qq.receive(onebot("[1,2]", "onebot-secret"))).isInstanceOf(IntakeResult.Malformed.class);
        String heartbeat = "{\"post_type\":\"meta_event\",\"meta_event_type\":\"heartbeat\"}";
        assertThat(((IntakeResult.Accepted) qq.receive(onebot(heartbeat, "onebot-secret"))).drafts()).isEmpty();
    }

    @Test
    void theCommunitysAnswerGoesBackToTheQqGroupAsAReplyToTheMessage() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        int[] status = {200};
        HttpServer oneBot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oneBot.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"status\":\"ok\",\"retcode\":0,\"data\":{\"message_id\":99}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status[0], answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        oneBot.start();
        try {
            String api = "http://127.0.0.1:" + oneBot.getAddress().getPort();
            IntakeChannel qq = new QqOneBot().create(CONTEXT, new Settings(Map.of("secret", "onebot-secret",
                    "apiUrl", api, "accessToken", "bot-token")));
            ProgressNotice resolved = new ProgressNotice("qq:7788:42", "D261127-K7P2QXM",
                    LocalizedText.of("已办结", "resolved"), "已更换灯泡 [3号楼]");

            assertThat(qq.progress(resolved)).isInstanceOf(ProgressReply.Told.class);
            assertThat(received).singleElement().satisfies(request -> assertThat(request)
                    .startsWith("POST /send_group_msg Bearer bot-token ")
                    .contains("\"group_id\":7788")
                    .contains("[CQ:reply,id=42]需求 D261127-K7P2QXM：已办结。说明：已更换灯泡 &#91;3号楼&#93;"));

            status[0] = 401;
            assertThat(qq.progress(resolved)).isInstanceOfSatisfying(ProgressReply.Failed.class,
                    failed -> assertThat(failed.reason()).contains("access token"));
            assertThat(qq.progress(new ProgressNotice("form-1", "D261127-K7P2QXM", LocalizedText.of("已办结", "resolved"), null)))
                    .isInstanceOf(ProgressReply.NoWayBack.class);
        } finally {
            oneBot.stop(0);
        }
        IntakeChannel withoutApi = new QqOneBot().create(CONTEXT, new Settings(Map.of("secret", "onebot-secret")));
        assertThat(withoutApi.progress(new ProgressNotice("qq:7788:42", "D1", LocalizedText.of("已受理", "accepted"), null)))
                .isInstanceOf(ProgressReply.NoWayBack.class);
        IntakeChannel apiDown = new QqOneBot().create(CONTEXT, new Settings(Map.of("secret", "onebot-secret",
                "apiUrl", "http://127.0.0.1:9")));
        assertThat(apiDown.progress(new ProgressNotice("qq:7788:42", "D1", LocalizedText.of("已受理", "accepted"), null)))
                .isInstanceOfSatisfying(ProgressReply.Failed.class, failed -> assertThat(failed.reason()).contains("cannot be reached"));
    }

    @Test
    void theResidentPortalTakesOnlyThePlatformsOwnFormSubmissions() {
        IntakeChannel portal = new ResidentPortal().create(CONTEXT, Settings.none());
        byte[] body = "{\"text\":\"希望有人帮忙修轮椅\",\"category\":\"elderly\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(portal.receive(new InboundDelivery("POST", Map.of(), Map.of(), body, "1.2.3.4")))
                .isInstanceOf(IntakeResult.Unauthenticated.class);
        IntakeResult form = portal.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("resident1")), Map.of(), body, "form"));
        assertThat(((IntakeResult.Accepted) form).drafts().get(0).categoryHint()).isEqualTo("elderly");
        assertThat(portal.form().validate(Map.of("text", "短")).errors()).extracting(e -> e.field()).containsExactly("text");
    }

    @Test
    void forumMinutesBecomeOneNeedPerLineLinkedToTheSession() {
        IntakeChannel forum = new PublicOpinionForum().create(CONTEXT, Settings.none());
        byte[] body = "{\"date\":\"2026-11-20\",\"venue\":\"社区议事厅\",\"attendees\":35,\"needs\":\"1. 菜市场门口路面积水\\n2、希望增加老年助餐点\\n\\n3）楼道堆物清理\"}"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) forum.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("cadre")), Map.of(), body, "form"));
        assertThat(accepted.drafts()).extracting(d -> d.text()).containsExactly("菜市场门口路面积水", "希望增加老年助餐点", "楼道堆物清理");
        assertThat(accepted.drafts()).allMatch(d -> d.origin().externalId().startsWith("forum:2026-11-20:社区议事厅:"));
    }

    @Test
    void theStationKeepsTheResidentsPhone() {
        IntakeChannel station = new SelfHelpStation().create(CONTEXT, new Settings(Map.of("stationName", "东门互助站")));
        byte[] body = "{\"text\":\"家里水管漏水需要师傅\",\"phone\":\"13500001234\"}".getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) station.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("volunteer")), Map.of(), body, "form"));
        assertThat(accepted.drafts().get(0).contact()).contains("13500001234", "东门互助站");
        assertThat(station.receive(new InboundDelivery("POST", Map.of(), Map.of(), body, "1.2.3.4"))).isInstanceOf(IntakeResult.Unauthenticated.class);
    }

    @Test
    void open311RequestsNeedTheApiKey() {
        IntakeChannel open311 = new Open311Intake().create(CONTEXT, new Settings(Map.of("apiKey", "open311-api-key-0123456789")));
        byte[] good = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86&lat=30.27&long=120.15"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), good, "1.2.3.4"));
        assertThat(accepted.drafts().get(0).text()).isEqualTo("路灯坏了");
        assertThat(accepted.drafts().get(0).categoryHint()).isEqualTo("facilities");
        assertThat(accepted.drafts().get(0).point()).isEqualTo(new DemandDraft.MapPoint(30.27, 120.15));
        byte[] nowhere = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), nowhere, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("address_string"));
        byte[] offTheMap = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF&lat=300&long=120"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), offTheMap, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("-90 to 90"));
        byte[] wrongKey = "api_key=nope&service_code=facilities&description=x".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), wrongKey, "1.2.3.4"))).isInstanceOf(IntakeResult.Unauthenticated.class);
        byte[] noService = "api_key=open311-api-key-0123456789&description=%E8%B7%AF%E7%81%AF".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), noService, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("service_code"));
    }

    @Test
    void weComVerifiesTheUrlAndTakesEncryptedGroupMessagesWithTheKeyword() {
        String token = "QDG6eK";
        String aesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
        String corp = "wx5823bf96d3bd56c7";
        IntakeChannel wecom = new WeCom().create(CONTEXT, new Settings(Map.of("token", token, "encodingAesKey", aesKey,
                "corpId", corp, "keyword", "#需求")));
        WeComCrypto crypto = new WeComCrypto(token, aesKey, corp);

        String echo = crypto.encrypt("1616140317555161061");
        var verification = wecom.receive(new InboundDelivery("GET", Map.of(), Map.of("msg_signature", List.of(crypto.signature("1409659589", "263014780", echo)),
                "timestamp", List.of("1409659589"), "nonce", List.of("263014780"), "echostr", List.of(echo)), new byte[0], "1.2.3.4"));
        assertThat(((IntakeResult.Accepted) verification).replyBody()).isEqualTo("1616140317555161061");

        String inner = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
                + "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[#需求 东门的路灯坏了]]></Content>"
                + "<MsgId>1234567890123456</MsgId><AgentID>128</AgentID></xml>";
        String encrypted = crypto.encrypt(inner);
        String body = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><AgentID><![CDATA[128]]></AgentID></xml>";
        Map<String, List<String>> query = Map.of("msg_signature", List.of(crypto.signature("1409659813", "1372623149", encrypted)),
                "timestamp", List.of("1409659813"), "nonce", List.of("1372623149"));
        var accepted = (IntakeResult.Accepted) wecom.receive(new InboundDelivery("POST", Map.of(), query, body.getBytes(StandardCharsets.UTF_8), "1.2.3.4"));
        assertThat(accepted.drafts()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("东门的路灯坏了");
            assertThat(d.origin().externalId()).as("who sent it, to answer them later").isEqualTo("wecom:zhangsan:1234567890123456");
        });
        String reply = accepted.replyBody();
        String replyCipher = reply.replaceAll("(?s).*<Encrypt><!\\[CDATA\\[(.*?)\\]\\]></Encrypt>.*", "$1");
        assertThat(crypto.decrypt(replyCipher)).as("the acknowledgement goes back encrypted").contains("已收到", "zhangsan");

        Map<String, List<String>> forged = Map.of("msg_signature", List.of("0".repeat(40)), "timestamp", List.of("1409659813"),
                "nonce", List.of("1372623149"));
        assertThat(wecom.receive(new InboundDelivery("POST", Map.of(), forged, body.getBytes(StandardCharsets.UTF_8), "1.2.3.4")))
                .isInstanceOf(IntakeResult.Unauthenticated.class);
        assertThat(wecom.receive(new InboundDelivery("POST", Map.of(), query, "not xml".getBytes(StandardCharsets.UTF_8), "1.2.3.4")))
                .isInstanceOf(IntakeResult.Malformed.class);
        WeComCrypto otherCorp = new WeComCrypto(token, aesKey, "wx-someone-else");
        assertThat(crypto.decrypt(otherCorp.encrypt(inner))).as("meant for another receiver").isNull();
    }

    @Test
    void theCommunitysAnswerReachesTheWeComSenderAsAnApplicationMessage() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        int[] tokens = {0};
        HttpServer weCom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        weCom.createContext("/cgi-bin/gettoken", exchange -> {
            tokens[0]++;
            answer(exchange, exchange.getRequestURI().getQuery().contains("corpsecret=app-secret")
                    ? "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"token-" + tokens[0] + "\",\"expires_in\":7200}"
                    : "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
        });
        weCom.createContext("/cgi-bin/message/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getQuery().contains("access_token=token-1")) {
                answer(exchange, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
            } else {
                sent.add(exchange.getRequestURI().getQuery() + " " + body);
                answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            }
        });
        weCom.start();
        try {
            Map<String, Object> settings = new java.util.HashMap<>(Map.of("token", "QDG6eK", "encodingAesKey",
                    "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "corpId", "wx5823bf96d3bd56c7", "appSecret", "app-secret",
                    "agentId", 1000002L, "apiUrl", "http://127.0.0.1:" + weCom.getAddress().getPort()));
            ProgressNotice accepted = new ProgressNotice("wecom:zhangsan:1234567890123456", "D261127-K7P2QXM",
                    LocalizedText.of("社区已受理", "accepted by the community"), null);

            assertThat(new WeCom().create(CONTEXT, new Settings(settings)).progress(accepted)).isInstanceOf(ProgressReply.Told.class);
            assertThat(tokens[0]).as("an expired token is fetched again").isEqualTo(2);
            assertThat(sent).singleElement().satisfies(request -> assertThat(request).startsWith("access_token=token-2 ")
                    .contains("\"touser\":\"zhangsan\"", "\"agentid\":1000002", "您的需求 D261127-K7P2QXM：社区已受理。"));

            settings.put("appSecret", "wrong-secret");
            assertThat(new WeCom().create(CONTEXT, new Settings(settings)).progress(accepted))
                    .isInstanceOfSatisfying(ProgressReply.Failed.class, failed -> assertThat(failed.reason()).contains("40001", "secret"));
            settings.remove("appSecret");
            assertThat(new WeCom().create(CONTEXT, new Settings(settings)).progress(accepted)).isInstanceOf(ProgressReply.NoWayBack.class);
        } finally {
            weCom.stop(0);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static IntakeChannel propertyApp() {
        return new PropertyAppWebhook().create(CONTEXT, new Settings(Map.of("secret", SECRET, "replayWindowSeconds", 300L)));
    }

    private static InboundDelivery signed(String body, long timestamp, String key) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.hmacHex("HmacSHA256", SECRET, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return new InboundDelivery("POST", Map.of("x-timestamp", List.of(String.valueOf(timestamp)),
                "x-signature", List.of(signature), "idempotency-key", List.of(key)), Map.of(), bytes, "127.0.0.1");
    }

    private static InboundDelivery onebot(String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new InboundDelivery("POST", Map.of("x-signature", List.of("sha1=" + Signatures.hmacHex("HmacSHA1", secret, bytes))),
                Map.of(), bytes, "127.0.0.1");
    }

    private static Map<String, List<String>> with(Map<String, List<String>> headers, String name, String value) {
        var copy = new java.util.HashMap<>(headers);
        copy.put(name, List.of(value));
        return copy;
    }
}
