package org.weimin.ui.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Deliveries as the demo communities' integrators sign them, and requests from another loopback address. */
final class Deliveries {

    static final String HUANGLONG_PROPERTY_SECRET = "huanglong-demo-property-secret";
    static final String DAGUAN_ONEBOT_SECRET = "daguan-demo-onebot-secret";

    private final Api api;

    Deliveries(Api api) {
        this.api = api;
    }

    Api.Reply propertyApp(String community, String secret, String body, String idempotencyKey) {
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = hmac("HmacSHA256", secret, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/" + community + "/intake/intake.property-app"))
                .header("Content-Type", "application/json").header("X-Timestamp", String.valueOf(timestamp))
                .header("X-Signature", signature).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    Api.Reply oneBot(String community, String secret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/" + community + "/intake/intake.qq-onebot"))
                .header("Content-Type", "application/json")
                .header("X-Signature", "sha1=" + hmac("HmacSHA1", secret, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), null);
    }

    static String hmac(String algorithm, String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer to a POST that declares a body of the given length but sends none of it. */
    String announceFrom(String loopbackAddress, String path, String contentType, long declaredLength) throws IOException {
        return raw(loopbackAddress, "POST", path, null, contentType, declaredLength, new byte[0]);
    }

    /** The answer to any request sent from the given loopback address, signed in with the token when there is one. */
    String request(String loopbackAddress, String method, String path, String token, String contentType, byte[] body)
            throws IOException {
        return raw(loopbackAddress, method, path, token, contentType, body.length, body);
    }

    /** The answer to a plain HTTP/1.1 POST sent from the given loopback address (127.0.0.0/8), as a stranger would. */
    String postFrom(String loopbackAddress, String path, String contentType, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return raw(loopbackAddress, "POST", path, null, contentType, content.length, content);
    }

    private String raw(String loopbackAddress, String method, String path, String token, String contentType,
                       long declaredLength, byte[] content) throws IOException {
        URI uri = api.uri(path);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(loopbackAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
                    + (content.length == 0 && !"POST".equals(method) && !"PUT".equals(method) ? ""
                            : "\r\nContent-Length: " + declaredLength)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** The status line, headers and body of one answer: as far as its Content-Length says, or to the end. */
    private static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int matched = 0;
        for (int b; matched < 4 && (b = in.read()) != -1; ) {
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
