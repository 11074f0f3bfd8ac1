package dev.ingest.core.extract;

import java.util.List;

/**
 * Per-source CSS selectors that win over the generic engine, for publishers it gets wrong.
 *
 * <p>{@code new ExtractionRules("div.story-body", "h1.headline", ".byline a", "time.published",
 * List.of(".inline-promo"))}: the body is the first {@code div.story-body}, {@code .inline-promo} blocks are removed
 * first, and so on. A null or blank selector means "not configured"; {@link #NONE} configures nothing.
 *
 * @param body   the element holding the article body
 * @param title  the element whose text is the headline
 * @param author elements whose texts are author names (one per element, or a byline to split)
 * @param date   the element holding the publish date ({@code datetime}/{@code content} attribute or text)
 * @param remove elements removed before anything else is read
 */
public record ExtractionRules(String body, String title, String author, String date, List<String> remove) {
    /** Nothing configured: the generic engine decides everything. */
    public static final ExtractionRules NONE = new ExtractionRules(null, null, null, null, List.of());

    public ExtractionRules {
        body = blankToNull(body);
        title = blankToNull(title);
        author = blankToNull(author);
        date = blankToNull(date);
        remove = remove == null ? List.of() : remove.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
