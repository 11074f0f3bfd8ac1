package dev.ingest.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a published or modified date was read from, most trusted first. */
public enum DateSource {
    JSONLD("jsonld"),
    MICRODATA("microdata"),
    OPENGRAPH("og"),
    META("meta"),
    TIME("time"),
    BYLINE("byline"),
    URL("url");

    private final String wireName;

    DateSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
