package dev.ingest.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the URL of a page was found. */
public enum DiscoveryMethod {
    FEED,
    SITEMAP,
    LISTING,
    LINK,
    REVISIT,
    MANUAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
