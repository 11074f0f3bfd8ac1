package dev.ingest.routes.config;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key: its name, type, default, documentation and validation, in one place.
 *
 * <p>{@code ingest.fetch.max-body-bytes} is read from the config file under that name and from the environment
 * as {@code INGEST_FETCH_MAX_BODY_BYTES}; the README's configuration table is generated from these definitions.
 *
 * @param parse    turns the text form into a value, throwing {@link IllegalArgumentException} with a reason
 * @param check    returns null when a parsed value is acceptable, else what is wrong with it
 * @param secret   never printed: logs and tables show {@code [hidden]}
 */
public record Setting<T>(
        String name,
        String type,
        T defaultValue,
        String doc,
        Function<String, T> parse,
        Function<T, String> check,
        boolean secret) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parse, "parse");
        check = check == null ? v -> null : check;
    }

    /** The environment variable that sets this key: {@code ingest.kafka.bootstrap} → {@code INGEST_KAFKA_BOOTSTRAP}. */
    public String envName() {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default as shown to users. */
    public String defaultText() {
        if (secret && defaultValue != null) {
            return "[hidden]";
        }
        return defaultValue == null ? "" : String.valueOf(defaultValue);
    }
}
