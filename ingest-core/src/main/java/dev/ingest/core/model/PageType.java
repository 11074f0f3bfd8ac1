package dev.ingest.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of page the extractor judged a document to be. Only {@link #ARTICLE} pages are published as
 * articles; the others are recognised so they are not passed off as one.
 */
public enum PageType {
    ARTICLE,
    /** An index, section, tag or search page: mostly links to other pages. */
    LISTING,
    /** A page whose main content is a video player with little text. */
    VIDEO,
    /** Too little text to be an article (an error page, a stub, a consent wall). */
    EMPTY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
