package dev.ingest.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extractor read from one page: content and metadata, before the pipeline adds ids, hashes and
 * fetch facts. Optional values are null; lists are never null.
 *
 * @param pageType  what kind of page this is; only {@link PageType#ARTICLE} is published as an article
 * @param text      plain text, paragraphs separated by a blank line, headings on lines of their own
 * @param html      sanitised main content with absolute URLs
 */
public record Extraction(
        PageType pageType,
        String canonicalUrl,
        String siteName,
        String title,
        String description,
        List<Author> authors,
        DatedValue published,
        DatedValue modified,
        String language,
        String section,
        List<String> tags,
        String text,
        String html,
        String image) {

    public Extraction {
        Objects.requireNonNull(pageType, "pageType");
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }
}
