package org.weimin.plugins.wecom;

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
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.ProgressNotice;
import org.weimin.spi.intake.ProgressReply;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

import com.sun.net.httpserver.HttpServer;

/** WeCom groups: the URL check, encrypted messages with the keyword, and answers sent back as application messages. */
class WeComTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new WeCom());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.wecom");
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
}
