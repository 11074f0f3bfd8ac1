package dev.ingest.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date read from a page and where it came from: {@code 2026-11-27T16:40:00Z} from {@link DateSource#JSONLD}.
 */
public record DatedValue(OffsetDateTime value, DateSource source) {
    public DatedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
