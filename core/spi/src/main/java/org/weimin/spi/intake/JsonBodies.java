package org.weimin.spi.intake;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;


import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reading JSON deliveries with the runtime's JSON-P (provided by the platform), guarded against hostile nesting. Since SPI 1.5. */
public final class JsonBodies {

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonBodies() {
    }

    /** Deeper than any genuine delivery; checked before parsing so a hostile body cannot exhaust the stack. */
    public static final int MAX_DEPTH = 32;

    /** The body as a JSON object, or empty when it is not one (or nests deeper than {@link #MAX_DEPTH}). */
    public static Optional<JsonObject> object(byte[] body) {
        if (InboundDelivery.nestingDepth(body) > MAX_DEPTH) {
            return Optional.empty();
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The text of a field when the value is an object's member; null for a missing, null or non-object holder. */
    public static String textIn(JsonValue holder, String key) {
        return holder != null && holder.getValueType() == JsonValue.ValueType.OBJECT ? text(holder.asJsonObject(), key) : null;
    }

    public static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
