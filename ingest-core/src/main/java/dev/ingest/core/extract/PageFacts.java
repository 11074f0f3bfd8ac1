package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DatedValue;
import java.util.List;

/**
 * What one metadata source (JSON-LD, meta tags, microdata, the byline…) says about a page; null when it says
 * nothing. {@link #orElse} merges sources in order of trust: {@code jsonLd.orElse(meta)} keeps JSON-LD's headline
 * and takes meta's image when JSON-LD has none.
 */
record PageFacts(
        String title,
        String siteName,
        String description,
        List<Author> authors,
        DatedValue published,
        DatedValue modified,
        String section,
        List<String> tags,
        String image,
        String canonicalUrl,
        String language,
        String type) {

    static final PageFacts EMPTY = new PageFacts(null, null, null, List.of(), null, null, null, List.of(), null, null,
            null, null);

    PageFacts {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** These facts, each missing one taken from {@code other}. */
    PageFacts orElse(PageFacts other) {
        return new PageFacts(
                first(title, other.title),
                first(siteName, other.siteName),
                first(description, other.description),
                authors.isEmpty() ? other.authors : authors,
                published != null ? published : other.published,
                modified != null ? modified : other.modified,
                first(section, other.section),
                tags.isEmpty() ? other.tags : tags,
                first(image, other.image),
                first(canonicalUrl, other.canonicalUrl),
                first(language, other.language),
                first(type, other.type));
    }

    PageFacts withAuthors(List<Author> newAuthors) {
        return new PageFacts(title, siteName, description, newAuthors, published, modified, section, tags, image,
                canonicalUrl, language, type);
    }

    PageFacts withPublished(DatedValue value) {
        return new PageFacts(title, siteName, description, authors, value, modified, section, tags, image,
                canonicalUrl, language, type);
    }

    PageFacts withTitle(String value) {
        return new PageFacts(value, siteName, description, authors, published, modified, section, tags, image,
                canonicalUrl, language, type);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
