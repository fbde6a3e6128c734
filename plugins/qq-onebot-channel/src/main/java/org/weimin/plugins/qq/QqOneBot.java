package org.weimin.plugins.qq;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.ChannelReplies;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeChannelFactory;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.JsonBodies;
import org.weimin.spi.intake.ProgressNotice;
import org.weimin.spi.intake.ProgressReply;
import org.weimin.spi.intake.Signatures;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * QQ groups through a OneBot v11 implementation's HTTP POST event reporting: the body is signed with
 * {@code X-Signature: sha1=<hex HMAC-SHA1 of the body>}. A group message that contains the keyword
 * becomes a need; everything else (heartbeats, other chat) is acknowledged and ignored. The answer
 * carries a quick-operation reply to the group. When the community gives the OneBot HTTP API's address,
 * its later answers (accepted, solved, refused...) go to the group as replies to the original message
 * ({@code send_group_msg}, with the access token as a bearer token).
 */
@Extension
public class QqOneBot implements IntakeChannelFactory {

    static final String ID = "intake.qq-onebot";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("QQ群（OneBot）", "QQ groups (OneBot)");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("群里带关键字（默认“#需求”）的消息自动成为需求；接入 OneBot 机器人，可把受理、办结等进展回复到群里。",
                "Group messages with the keyword (default \"#需求\") become needs; with a OneBot bot, progress is replied in the group.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.secret("secret", LocalizedText.of("上报签名密钥", "Reporting secret")).asRequired().withRange(8, 200)
                        .withHelp(LocalizedText.of("OneBot 是 QQ 机器人程序（如 NapCat、LLOneBot）通用的接口。在机器人的 HTTP 上报设置里填同一个 secret，平台据此确认消息真的来自您的机器人。",
                                "OneBot is the interface QQ bot programs (such as NapCat or LLOneBot) share. Enter the same secret in the bot's HTTP reporting settings, so the platform knows messages really come from your bot.")),
                Field.text("keyword", LocalizedText.of("需求关键字", "Keyword that marks a need")).withRange(1, 20).withDefault("#需求"),
                Field.text("groups", LocalizedText.of("接收的群号（逗号分隔，空为全部）", "Group numbers to accept (comma-separated; empty for all)"))
                        .withRange(0, 500),
                Field.text("apiUrl", LocalizedText.of("OneBot HTTP API 地址（填写后在群里回复办理进展）",
                                "OneBot HTTP API address (given, progress is replied in the group)"))
                        .withRange(0, 300).withPattern(ChannelReplies.WEB_ADDRESS)
                        .withHelp(LocalizedText.of("例如 http://bot.example.cn:5700；不填则只回复“已收到”。内网或本机地址须由平台管理员放行。",
                                "e.g. http://bot.example.cn:5700; left empty, the group only gets the acknowledgement. "
                                        + "An address inside the platform's network must be allowed by the platform administrator.")),
                Field.secret("accessToken", LocalizedText.of("OneBot API 访问令牌", "OneBot API access token")).withRange(0, 200)
                        .withHelp(LocalizedText.of("机器人 HTTP 服务设置里的 access_token；没设就留空。", "The access_token in the bot's HTTP server settings; leave empty if it has none.")));
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        String secret = settings.text("secret").orElseThrow();
        String keyword = settings.text("keyword").orElse("#需求");
        Set<String> groups = Arrays.stream(settings.text("groups").orElse("").split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).collect(Collectors.toSet());
        OneBotApi api = settings.text("apiUrl").filter(u -> !u.isBlank())
                .map(u -> new OneBotApi(u, settings.text("accessToken").orElse(""), context.httpClient())).orElse(null);
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(InboundDelivery delivery) {
                return QqOneBot.receive(delivery, secret, keyword, groups);
            }

            @Override
            public ProgressReply progress(ProgressNotice notice) {
                String[] origin = notice.externalId().split(":");
                if (api == null || origin.length != 3 || !"qq".equals(origin[0])) {
                    return new ProgressReply.NoWayBack();
                }
                return api.replyInGroup(origin[1], origin[2], ChannelReplies.inWords(notice));
            }
        };
    }

    private static IntakeResult receive(InboundDelivery delivery, String secret, String keyword, Set<String> groups) {
        String signature = delivery.header("x-signature").orElse("");
        if (!signature.startsWith("sha1=")
                || !Signatures.matches(Signatures.hmacHex("HmacSHA1", secret, delivery.body()), signature.substring(5))) {
            return new IntakeResult.Unauthenticated("the X-Signature does not match");
        }
        JsonObject event = JsonBodies.object(delivery.body()).orElse(null);
        if (event == null || JsonBodies.text(event, "post_type") == null) {
            return new IntakeResult.Malformed("not a OneBot event: a JSON object with post_type is expected");
        }
        if (!"message".equals(JsonBodies.text(event, "post_type")) || !"group".equals(JsonBodies.text(event, "message_type"))) {
            return new IntakeResult.Accepted(List.of(), null, null);
        }
        String group = JsonBodies.text(event, "group_id");
        String messageId = JsonBodies.text(event, "message_id");
        String text = messageText(event);
        if (group == null || messageId == null || text == null) {
            return new IntakeResult.Malformed("a group message needs group_id, message_id and a message");
        }
        if (group.length() > 40 || messageId.length() > 40) {
            return new IntakeResult.Malformed("group_id and message_id are at most 40 characters");
        }
        if (!groups.isEmpty() && !groups.contains(group) || !text.contains(keyword)) {
            return new IntakeResult.Accepted(List.of(), null, null);
        }
        String need = text.replace(keyword, "").strip();
        if (need.isEmpty()) {
            return new IntakeResult.Accepted(List.of(), "{\"reply\":\"请在关键字后写明需求，例如：" + keyword + " 3号楼楼道灯坏了\"}",
                    "application/json");
        }
        String nickname = JsonBodies.textIn(event.get("sender"), "nickname");
        // A nickname only helps staff recognise the sender, so a long one is shortened rather than refused.
        String sender = nickname == null ? null : nickname.strip().substring(0, Math.min(nickname.strip().length(), 40));
        DemandDraft draft = new DemandDraft(need, null, null, sender == null ? null : "QQ " + sender,
                new DemandDraft.Origin(ID, "qq:" + group + ":" + messageId, new String(delivery.body(), StandardCharsets.UTF_8)));
        return new IntakeResult.Accepted(List.of(draft), "{\"reply\":\"已收到您的需求，社区会尽快处理。\",\"at_sender\":true}",
                "application/json");
    }

    /** The plain text of a message given as a string or as an array of segments. */
    private static String messageText(JsonObject event) {
        JsonValue message = event.get("message");
        if (message == null) {
            return JsonBodies.text(event, "raw_message");
        }
        if (message.getValueType() == JsonValue.ValueType.STRING) {
            return JsonBodies.text(event, "message");
        }
        if (message.getValueType() == JsonValue.ValueType.ARRAY) {
            StringBuilder text = new StringBuilder();
            for (JsonValue segment : message.asJsonArray()) {
                String words = "text".equals(JsonBodies.textIn(segment, "type"))
                        ? JsonBodies.textIn(segment.asJsonObject().get("data"), "text") : null;
                if (words != null) {
                    text.append(words);
                }
            }
            return text.toString();
        }
        return null;
    }
}
