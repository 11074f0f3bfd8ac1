package dev.ingest.routes.pipeline;

import dev.ingest.core.model.DiscoveryMethod;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A URL waiting to be fetched: the value of an {@code ingest.frontier} record (schema
 * {@code schemas/json/frontier-v1.schema.json}), keyed by {@link #host()} so one host's pages stay in one partition.
 * {@code attempt} counts earlier tries that failed in a way worth retrying (0 for a fresh entry).
 */
public record FrontierEntry(String url, String sourceId, DiscoveryMethod discoveredVia, OffsetDateTime discoveredAt,
                            int depth, String referrer, int attempt) {

    /** A first attempt. */
    public FrontierEntry(String url, String sourceId, DiscoveryMethod discoveredVia, OffsetDateTime discoveredAt,
                         int depth, String referrer) {
        this(url, sourceId, discoveredVia, discoveredAt, depth, referrer, 0);
    }

    /** The same entry, to be tried again. */
    public FrontierEntry nextAttempt() {
        return new FrontierEntry(url, sourceId, discoveredVia, discoveredAt, depth, referrer, attempt + 1);
    }

    public FrontierEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(discoveredVia, "discoveredVia");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
    }

    /** The partitioning key: the lower-cased host of the URL. */
    public String host() {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
