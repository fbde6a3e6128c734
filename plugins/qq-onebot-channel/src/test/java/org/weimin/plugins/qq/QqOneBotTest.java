package org.weimin.plugins.qq;

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
import org.weimin.spi.intake.Signatures;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

import com.sun.net.httpserver.HttpServer;

/** QQ groups through OneBot v11: signed events with the keyword become needs, answers go back as replies. */
class QqOneBotTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new QqOneBot());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.qq");
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
    void hostileButSignedEventsAreSkippedOrMalformedNotFailures() {
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

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static InboundDelivery onebot(String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new InboundDelivery("POST", Map.of("x-signature", List.of("sha1=" + Signatures.hmacHex("HmacSHA1", secret, bytes))),
                Map.of(), bytes, "127.0.0.1");
    }
}
