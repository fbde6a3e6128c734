package org.weimin.spi.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A community's validated settings for a feature (or any validated form values), read by key. */
public record Settings(Map<String, Object> values) {

    public Settings {
        values = Map.copyOf(values);
    }

    public static Settings none() {
        return new Settings(Map.of());
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).map(Object::toString);
    }

    public Optional<Long> integer(String key) {
        return Optional.ofNullable((Long) values.get(key));
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }
}
