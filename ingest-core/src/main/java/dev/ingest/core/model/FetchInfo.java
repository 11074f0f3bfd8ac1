package dev.ingest.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Facts about how a page was obtained, supplied by whoever fetched it.
 *
 * @param url        the URL the page was fetched from (after redirects)
 * @param sourceId   the id of the source definition that found it ({@code "manual"} for ad-hoc extraction)
 * @param revision   1 for the first publication of an article, incremented each time its content changes
 */
public record FetchInfo(
        String url,
        String sourceId,
        OffsetDateTime fetchedAt,
        int httpStatus,
        DiscoveryMethod discoveredVia,
        int revision) {

    public FetchInfo {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(discoveredVia, "discoveredVia");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
    }

    /** The same fetch, as the given revision of the article. */
    public FetchInfo withRevision(int newRevision) {
        return new FetchInfo(url, sourceId, fetchedAt, httpStatus, discoveredVia, newRevision);
    }
}
