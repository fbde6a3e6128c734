package org.weimin.plugins.qq;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.weimin.spi.intake.ChannelReplies;
import org.weimin.spi.intake.JsonBodies;
import org.weimin.spi.intake.ProgressReply;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A OneBot v11 implementation's HTTP API, as far as replying in a group goes. */
final class OneBotApi {

    private final String baseUrl;
    private final String accessToken;
    private final HttpClient http;

    /** @param http the platform's client, which refuses addresses inside the platform's network */
    OneBotApi(String baseUrl, String accessToken, HttpClient http) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.accessToken = accessToken;
    }

    /** Sends the text to the group as a reply to the given message ({@code send_group_msg}). */
    ProgressReply replyInGroup(String groupId, String messageId, String text) {
        long group;
        try {
            group = Long.parseLong(groupId);
        } catch (NumberFormatException e) {
            return new ProgressReply.NoWayBack();
        }
        String body = Json.createObjectBuilder().add("group_id", group)
                .add("message", "[CQ:reply,id=" + escape(messageId).replace(",", "&#44;") + "]" + escape(text)).build().toString();
        URI sendGroupMessage = ChannelReplies.webAddress(baseUrl + "send_group_msg").orElse(null);
        if (sendGroupMessage == null) {
            return new ProgressReply.Failed("the OneBot API address '" + baseUrl + "' is not a web address like http://127.0.0.1:5700");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(sendGroupMessage).timeout(ChannelReplies.TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!accessToken.isBlank()) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                return new ProgressReply.Failed("the OneBot API refused the access token (" + response.statusCode() + ")");
            }
            if (response.statusCode() != 200) {
                return new ProgressReply.Failed("the OneBot API answered " + response.statusCode());
            }
            JsonObject answer = JsonBodies.object(response.body()).orElse(null);
            if (answer == null || !"ok".equals(JsonBodies.text(answer, "status"))) {
                return new ProgressReply.Failed("the OneBot API did not send the message: "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return new ProgressReply.Told();
        } catch (IOException e) {
            return new ProgressReply.Failed("the OneBot API at " + baseUrl + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProgressReply.Failed("interrupted");
        }
    }

    /** CQ-code escaping, so a note cannot smuggle in its own codes. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("[", "&#91;").replace("]", "&#93;");
    }
}
