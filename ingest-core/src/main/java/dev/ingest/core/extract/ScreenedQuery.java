package dev.ingest.core.extract;

import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A CSS query asked only of the elements a cheap screen lets through: the screen looks for the tag names the query
 * names and for words its attribute patterns need, and only then do the query's regular expressions run. Readers that
 * walk from an element up through its ancestors ask such queries of a dozen elements per step, and most ancestors have
 * none of the words.
 *
 * <p>The screen must let through every element the query matches; {@code ScreenedQueryTest} checks each screened
 * query of the engine against its query on every element of every fixture page.
 */
final class ScreenedQuery extends Evaluator {
    private final String query;
    private final Evaluator exact;
    private final Predicate<Element> screen;

    private ScreenedQuery(String query, Predicate<Element> screen) {
        this.query = query;
        this.exact = QueryParser.parse(query);
        this.screen = screen;
    }

    /** {@code query}, asked of the elements named one of {@code tags} or whose attributes {@code marks} lets through. */
    static ScreenedQuery of(String query, Set<String> tags, Predicate<Element> marks) {
        return new ScreenedQuery(query, e -> tags.contains(e.normalName()) || e.attributesSize() > 0 && marks.test(e));
    }

    /**
     * Whether the value of one of {@code attributes} holds one of {@code stems} in any ASCII case: a superset of what
     * a {@code (?i)} pattern needing one of the stems matches, as such a pattern folds ASCII letters only.
     */
    static Predicate<Element> holds(String[] attributes, String... stems) {
        Ascii.Words words = Ascii.Words.of(stems);
        return e -> {
            for (String attribute : attributes) {
                String value = Attrs.get(e, attribute);
                if (!value.isEmpty() && words.in(value)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The query without its screen. */
    Evaluator exact() {
        return exact;
    }

    @Override
    public boolean matches(Element root, Element element) {
        return screen.test(element) && exact.matches(root, element);
    }

    /**
     * Clears what the exact query remembers: its structural parts ({@code .vcard .fn}) keep a memo per thread that
     * holds elements, and with them their pages, until a reset reaches them; jsoup resets this query, not the one
     * inside it.
     */
    @Override
    protected void reset() {
        PageIndex.reset(exact);
    }

    @Override
    public String toString() {
        return query;
    }
}
