package dev.ingest.core.model;

import java.util.Objects;

/**
 * A person credited for an article.
 *
 * <p>{@code new Author("Mara Lindqvist", "https://example.org/authors/mara")}; {@code url} is null when the
 * page names no profile link.
 */
public record Author(String name, String url) {
    public Author {
        Objects.requireNonNull(name, "name");
    }

    public static Author named(String name) {
        return new Author(name, null);
    }
}
