package org.weimin.ui.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.weimin.spi.intake.InboundDelivery;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's first line: a body larger than its address allows answers 413, and a JSON body that nests
 * deeper than any genuine request answers 400, both before the body is parsed and before any sign-in work.
 * Bodies other than uploads are read here once, up to their limit, and handed on from memory.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestLimitsFilter extends HttpFilter {

    static final int MAX_JSON_DEPTH = 32;
    static final int SIGN_IN_LIMIT = 16 * 1024;
    static final int DEFAULT_LIMIT = 1024 * 1024;
    static final int DELIVERY_LIMIT = 256 * 1024;
    static final int PHOTO_LIMIT = 6 * 1024 * 1024;
    static final int PLUGIN_LIMIT = 50 * 1024 * 1024;
    static final int DRAIN_LIMIT = 4 * 1024 * 1024;
    private static final byte[] NUL = {0};
    private static final byte[] JSON_NUL = "\\u0000".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORM_NUL = "%00".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int limit = limitFor(path);
        long declared = request.getContentLengthLong();
        String query = request.getQueryString();
        if (query != null && query.contains("%00")) {
            refuse(response, 400, "invalid_input", "the address contains a NUL character");
            return;
        }
        if (declared > limit) {
            if (declared <= DRAIN_LIMIT) {
                drain(request.getInputStream());
            }
            refuse(response, 413, "too_large", "this address takes a body of at most " + inWords(limit));
            return;
        }
        if (isUpload(path) || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            drain(request.getInputStream());
            refuse(response, 413, "too_large", "this address takes a body of at most " + inWords(limit));
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.contains("json") && InboundDelivery.nestingDepth(body) > MAX_JSON_DEPTH) {
            refuse(response, 400, "too_deep", "the JSON body nests deeper than " + MAX_JSON_DEPTH + " levels");
            return;
        }
        if (carriesNul(body, type)) {
            // No database column can hold one, and PostgreSQL refuses the whole statement.
            refuse(response, 400, "invalid_input", "the body contains a NUL character");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static int limitFor(String path) {
        if (path.startsWith("/api/v1/auth/")) {
            return SIGN_IN_LIMIT;
        }
        if (path.startsWith("/api/v1/admin/plugins")) {
            return PLUGIN_LIMIT;
        }
        if (path.contains("/intake/") || path.contains("/open311/")) {
            return DELIVERY_LIMIT;
        }
        return path.contains("/photos") ? PHOTO_LIMIT : DEFAULT_LIMIT;
    }

    /** Binary uploads are streamed to their resource, which reads them within its own limit. */
    private static boolean isUpload(String path) {
        return path.startsWith("/api/v1/admin/plugins") || path.contains("/photos");
    }

    private static boolean carriesNul(byte[] body, String type) {
        return contains(body, NUL) || type.contains("json") && contains(body, JSON_NUL)
                || type.contains("form-urlencoded") && contains(body, FORM_NUL);
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * Reads a modestly oversized body to its end, so that the client, still sending, gets to read the 413
     * instead of a reset connection; anything larger is cut off.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; total <= DRAIN_LIMIT && (n = in.read(buffer)) != -1; ) {
            total += n;
        }
    }

    private static String inWords(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\",\"field\":null}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body served from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has already been read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
