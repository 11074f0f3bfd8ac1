package dev.ingest.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The article record, schema v1: what goes to {@code ingest.articles} (as JSON, keyed by {@link #id()}) and what
 * {@code ingest extract} prints. The JSON Schema in {@code schemas/json/article-v1.schema.json} describes the same
 * shape; a test keeps the two in step.
 *
 * <p>Dates are ISO-8601 with offset; {@code publishedSource}/{@code modifiedSource} say where each was read
 * ({@code jsonld}, {@code og}, {@code meta}, {@code microdata}, {@code time}, {@code byline}, {@code url}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "schemaVersion", "id", "url", "canonicalUrl", "source", "siteName", "pageType", "title", "description",
    "authors", "published", "publishedSource", "modified", "modifiedSource", "language", "section", "tags",
    "text", "html", "image", "wordCount", "readingTimeMinutes", "contentHash", "revision", "fetchedAt",
    "httpStatus", "discoveredVia", "extractor"
})
public record Article(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String source,
        String siteName,
        PageType pageType,
        String title,
        String description,
        List<Author> authors,
        OffsetDateTime published,
        DateSource publishedSource,
        OffsetDateTime modified,
        DateSource modifiedSource,
        String language,
        String section,
        List<String> tags,
        String text,
        String html,
        String image,
        int wordCount,
        int readingTimeMinutes,
        String contentHash,
        int revision,
        OffsetDateTime fetchedAt,
        int httpStatus,
        DiscoveryMethod discoveredVia,
        ExtractorInfo extractor) {

    /** The record layout version carried in every record and in the {@code ingest-schema-version} header. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pageType, "pageType");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(discoveredVia, "discoveredVia");
        Objects.requireNonNull(extractor, "extractor");
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }

    /** This record as the given revision; everything else unchanged. */
    public Article withRevision(int newRevision) {
        return new Article(schemaVersion, id, url, canonicalUrl, source, siteName, pageType, title, description,
                authors, published, publishedSource, modified, modifiedSource, language, section, tags, text, html,
                image, wordCount, readingTimeMinutes, contentHash, newRevision, fetchedAt, httpStatus, discoveredVia,
                extractor);
    }
}
