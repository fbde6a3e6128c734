package org.weimin.spi.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery to an intake channel: an HTTP request from an integrator (a webhook, a callback), or a
 * form submission.
 *
 * @param headers header names in lower case
 */
public record InboundDelivery(String method, Map<String, List<String>> headers, Map<String, List<String>> query,
                              byte[] body, String remoteAddress) {

    public InboundDelivery {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body.clone();
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * How deep arrays and objects nest in the body read as JSON, counting only brackets outside strings.
     * Check it before parsing: a parser recursing into a hostile body can exhaust the stack. Since SPI 1.4.
     */
    public int nestingDepth() {
        return nestingDepth(body);
    }

    /** {@link #nestingDepth()} of any bytes, for the platform's own request checks too. */
    public static int nestingDepth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
