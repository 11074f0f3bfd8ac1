package dev.ingest.routes.pipeline;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the pipeline remembers about a page it has published: the value of an {@code ingest.state} record (compacted,
 * key = canonical URL). It is how a restart knows not to publish again, how an unchanged page is recognised
 * ({@code contentHash}, or a 304 to a conditional GET with {@code etag}/{@code lastModified}), which revision an
 * edited page gets, and which article id a vanished page's tombstone must carry.
 *
 * @param published the article's publish date, used to pick recent articles to revisit; null when unknown
 * @param gone      true once the page answered 404/410 and a tombstone was written
 */
public record PageState(String url, String articleId, String sourceId, String contentHash, int revision, String etag,
                        String lastModified, OffsetDateTime published, OffsetDateTime lastFetched, boolean gone) {
    public PageState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The same page, seen again unchanged at {@code when}. */
    public PageState seenAt(OffsetDateTime when) {
        return new PageState(url, articleId, sourceId, contentHash, revision, etag, lastModified, published, when,
                gone);
    }

    /** The same page, gone (404/410) at {@code when}. */
    public PageState goneAt(OffsetDateTime when) {
        return new PageState(url, articleId, sourceId, contentHash, revision, etag, lastModified, published, when,
                true);
    }
}
