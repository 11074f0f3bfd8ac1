package dev.ingest.core.extract;

import java.util.List;

/**
 * Per-source CSS selectors that win over the generic engine where it gets a publisher wrong.
 *
 * <p>{@code new ExtractionRules("div.story-body", null, "a.byline-name", "time.published", List.of(".promo"))};
 * a null selector means "let the engine decide". {@link #NONE} configures nothing.
 */
public record ExtractionRules(String body, String title, String author, String date, List<String> remove) {
    public static final ExtractionRules NONE = new ExtractionRules(null, null, null, null, List.of());

    public ExtractionRules {
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
