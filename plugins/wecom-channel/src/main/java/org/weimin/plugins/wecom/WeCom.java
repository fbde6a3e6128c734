package org.weimin.plugins.wecom;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.pf4j.Extension;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
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
import org.weimin.spi.intake.ProgressNotice;
import org.weimin.spi.intake.ProgressReply;
import org.xml.sax.InputSource;

/**
 * WeChat groups through a WeCom (企业微信) application's callback: the URL verification (GET with
 * echostr), encrypted XML messages from the chats the application is in, a keyword that marks a message
 * as a need, and an encrypted acknowledgement back to the sender. Given the application's secret and
 * AgentId, the community's later answers (accepted, solved, refused...) reach the sender as application
 * messages.
 */
@Extension
public class WeCom implements IntakeChannelFactory {

    static final String ID = "intake.wecom";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("企业微信群", "WeCom groups");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("企业微信应用收到的带关键字消息自动成为需求并回复“已收到”；填写应用 Secret 和 AgentId 后，进展会发给提出人。",
                "Messages with the keyword sent to the WeCom application become needs; with its secret and AgentId, progress goes to the sender.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.secret("token", LocalizedText.of("Token", "Token")).asRequired().withRange(3, 32)
                        .withHelp(LocalizedText.of("企业微信管理后台 → 应用管理 → 本应用 → 接收消息 → 设置API接收，随机获取后填在这里和那里。",
                                "WeCom admin console → Apps → this app → Receive messages → Set API receiving: generate it there and enter it here too.")),
                Field.secret("encodingAesKey", LocalizedText.of("EncodingAESKey（消息加密密钥）", "EncodingAESKey (message encryption key)"))
                        .asRequired().withRange(43, 43)
                        .withHelp(LocalizedText.of("企业微信用它给消息加密，43 个字符；和 Token 在同一页“设置API接收”里随机获取。",
                                "WeCom encrypts messages with it (43 characters); generate it on the same \"Set API receiving\" page as the Token.")),
                Field.text("corpId", LocalizedText.of("企业ID（CorpID）", "Corp ID")).asRequired().withRange(2, 64)
                        .withHelp(LocalizedText.of("企业微信管理后台 → 我的企业 → 企业信息，最下面的“企业ID”。", "WeCom admin console → My company → Company info: the Corp ID at the bottom.")),
                Field.text("keyword", LocalizedText.of("需求关键字", "Keyword that marks a need")).withRange(1, 20).withDefault("#需求"),
                Field.secret("appSecret", LocalizedText.of("应用 Secret（填写后把办理进展发给提出人）",
                        "Application secret (given, progress is sent to the person who raised the need)")).withRange(0, 128),
                Field.integer("agentId", LocalizedText.of("应用 AgentId", "Application AgentId"))
                        .withHelp(LocalizedText.of("应用管理 → 本应用页面上的 AgentId，一串数字。", "Apps → this app's page: the AgentId, a number.")),
                Field.text("apiUrl", LocalizedText.of("企业微信 API 地址", "WeCom API address")).withRange(8, 200)
                        .withPattern(ChannelReplies.WEB_ADDRESS).withDefault("https://qyapi.weixin.qq.com"));
    }

    @Override
    public java.util.Map<String, Object> exampleSettings() {
        return java.util.Map.of("token", "QDG6eK", "encodingAesKey", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
                "corpId", "wx5823bf96d3bd56c7");
    }

    @Override
    public java.util.List<org.weimin.spi.form.FieldError> check(Settings settings) {
        try {
            byte[] key = java.util.Base64.getDecoder().decode(settings.text("encodingAesKey").orElse("") + "=");
            return key.length == 32 ? List.of() : List.of(new org.weimin.spi.form.FieldError("encodingAesKey",
                    LocalizedText.of("EncodingAESKey 应为 43 个字符", "the EncodingAESKey must be 43 characters")));
        } catch (IllegalArgumentException e) {
            return List.of(new org.weimin.spi.form.FieldError("encodingAesKey",
                    LocalizedText.of("EncodingAESKey 不是有效的 Base64", "the EncodingAESKey is not valid base64")));
        }
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        WeComCrypto crypto = new WeComCrypto(settings.text("token").orElseThrow(),
                settings.text("encodingAesKey").orElseThrow(), settings.text("corpId").orElseThrow());
        String keyword = settings.text("keyword").orElse("#需求");
        WeComApi api = settings.text("appSecret").filter(secret -> !secret.isBlank()).isPresent() && settings.integer("agentId").isPresent()
                ? new WeComApi(settings.text("apiUrl").orElse("https://qyapi.weixin.qq.com"), settings.text("corpId").orElseThrow(),
                        settings.text("appSecret").orElseThrow(), settings.integer("agentId").orElseThrow(), context.httpClient())
                : null;
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(InboundDelivery delivery) {
                return WeCom.receive(delivery, crypto, keyword);
            }

            @Override
            public ProgressReply progress(ProgressNotice notice) {
                String[] origin = notice.externalId().split(":", 3);
                if (api == null || origin.length != 3 || !"wecom".equals(origin[0])) {
                    return new ProgressReply.NoWayBack();
                }
                return api.sendText(origin[1], "您的" + ChannelReplies.inWords(notice));
            }
        };
    }

    private static IntakeResult receive(InboundDelivery delivery, WeComCrypto crypto, String keyword) {
        String signature = query(delivery, "msg_signature");
        String timestamp = query(delivery, "timestamp");
        String nonce = query(delivery, "nonce");
        if ("GET".equals(delivery.method())) {
            String echo = query(delivery, "echostr");
            if (!crypto.verify(signature, timestamp, nonce, echo)) {
                return new IntakeResult.Unauthenticated("msg_signature does not match");
            }
            String plain = crypto.decrypt(echo);
            return plain == null ? new IntakeResult.Malformed("echostr does not decrypt")
                    : new IntakeResult.Accepted(List.of(), plain, "text/plain");
        }
        Document envelope = xml(new String(delivery.body(), StandardCharsets.UTF_8));
        String encrypted = envelope == null ? null : text(envelope, "Encrypt");
        if (encrypted == null) {
            return new IntakeResult.Malformed("not a WeCom callback: an XML body with Encrypt is expected");
        }
        if (!crypto.verify(signature, timestamp, nonce, encrypted)) {
            return new IntakeResult.Unauthenticated("msg_signature does not match");
        }
        String plain = crypto.decrypt(encrypted);
        Document message = plain == null ? null : xml(plain);
        if (message == null) {
            return new IntakeResult.Malformed("the message does not decrypt to XML");
        }
        String content = text(message, "Content");
        if (!"text".equals(text(message, "MsgType")) || content == null || !content.contains(keyword)) {
            return new IntakeResult.Accepted(List.of(), "", "text/plain");
        }
        String need = content.replace(keyword, "").strip();
        String from = text(message, "FromUserName");
        String id = text(message, "MsgId") != null ? text(message, "MsgId") : UUID.nameUUIDFromBytes(plain.getBytes(StandardCharsets.UTF_8)).toString();
        if (need.length() < 2) {
            return new IntakeResult.Accepted(List.of(), reply(crypto, text(message, "ToUserName"), from, "请在关键字后写明需求"), "application/xml");
        }
        DemandDraft draft = new DemandDraft(need, null, null, from == null ? null : "企业微信 " + from,
                new DemandDraft.Origin(ID, from == null ? "wecom:" + id : "wecom:" + from + ":" + id, plain));
        return new IntakeResult.Accepted(List.of(draft),
                reply(crypto, text(message, "ToUserName"), from, "已收到您的需求，社区会尽快处理。"), "application/xml");
    }

    /** An encrypted passive reply, as WeCom expects it. */
    private static String reply(WeComCrypto crypto, String corp, String to, String text) {
        long now = System.currentTimeMillis() / 1000;
        String inner = "<xml><ToUserName><![CDATA[" + to + "]]></ToUserName><FromUserName><![CDATA[" + corp
                + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + text + "]]></Content></xml>";
        String encrypted = crypto.encrypt(inner);
        String nonce = Long.toString(Math.abs(new java.util.Random().nextLong()), 36);
        String timestamp = Long.toString(now);
        return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
                + crypto.signature(timestamp, nonce, encrypted) + "]]></MsgSignature><TimeStamp>" + timestamp
                + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
    }

    private static String query(InboundDelivery delivery, String name) {
        List<String> values = delivery.query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(Document document, String element) {
        NodeList nodes = document.getElementsByTagName(element);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
