package org.weimin.plugins.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.weimin.spi.intake.ChannelReplies;
import org.weimin.spi.intake.JsonBodies;
import org.weimin.spi.intake.ProgressReply;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A WeCom application's server API, as far as sending its members a text goes: an access token from
 * {@code gettoken} (kept until shortly before it expires, fetched again when WeCom calls it stale) and
 * {@code message/send}.
 */
final class WeComApi {

    /** WeCom's error codes for a missing, invalid or expired access token. */
    private static final Set<Integer> STALE_TOKEN = Set.of(40001, 40014, 41001, 42001);

    private final String baseUrl;
    private final String corpId;
    private final String secret;
    private final long agentId;
    private String token;
    private long tokenUntil;

    private final HttpClient http;

    /** @param http the platform's client, which refuses addresses inside the platform's network */
    WeComApi(String baseUrl, String corpId, String secret, long agentId, HttpClient http) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.corpId = corpId;
        this.secret = secret;
        this.agentId = agentId;
    }

    /** Sends the text to one member of the corp through the application. */
    ProgressReply sendText(String userId, String text) {
        try {
            JsonObject answer = send(userId, text, token());
            if (STALE_TOKEN.contains(answer.getInt("errcode", -1))) {
                forgetToken();
                answer = send(userId, text, token());
            }
            int code = answer.getInt("errcode", -1);
            return code == 0 ? new ProgressReply.Told()
                    : new ProgressReply.Failed("WeCom did not send the message: errcode " + code + " " + answer.getString("errmsg", ""));
        } catch (WeComException e) {
            return new ProgressReply.Failed(e.getMessage());
        } catch (IOException e) {
            return new ProgressReply.Failed("WeCom's API at " + baseUrl + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProgressReply.Failed("interrupted");
        }
    }

    private JsonObject send(String userId, String text, String accessToken) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("touser", userId).add("msgtype", "text").add("agentid", agentId)
                .add("text", Json.createObjectBuilder().add("content", text)).build().toString();
        return call(HttpRequest.newBuilder(uri("/cgi-bin/message/send?access_token=" + encode(accessToken)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && System.nanoTime() < tokenUntil) {
            return token;
        }
        JsonObject answer = call(HttpRequest.newBuilder(uri("/cgi-bin/gettoken?corpid=" + encode(corpId) + "&corpsecret=" + encode(secret))).GET());
        if (answer.getInt("errcode", -1) != 0 || !answer.containsKey("access_token")) {
            throw new WeComException("WeCom gave no access token: errcode " + answer.getInt("errcode", -1) + " "
                    + answer.getString("errmsg", "") + " (check the corp ID and the application's secret)");
        }
        token = answer.getString("access_token");
        // Renewed a minute early, so a token never expires on its way.
        tokenUntil = System.nanoTime() + Duration.ofSeconds(Math.max(60, answer.getInt("expires_in", 7200) - 60)).toNanos();
        return token;
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private URI uri(String pathAndQuery) {
        return ChannelReplies.webAddress(baseUrl + pathAndQuery).orElseThrow(() -> new WeComException(
                "the WeCom API address '" + baseUrl + "' is not a web address like https://qyapi.weixin.qq.com"));
    }

    private JsonObject call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.timeout(ChannelReplies.TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new WeComException("WeCom's API answered " + response.statusCode());
        }
        return JsonBodies.object(response.body())
                .orElseThrow(() -> new WeComException("WeCom's API answered something that is not JSON"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final class WeComException extends RuntimeException {
        WeComException(String message) {
            super(message);
        }
    }
}
