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
}
