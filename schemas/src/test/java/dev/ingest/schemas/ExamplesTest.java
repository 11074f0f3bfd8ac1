package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.schemas.SchemaValidator.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid example matches its schema; every invalid one fails, for the one reason its name gives. */
class ExamplesTest {
    private static final SchemaValidator ARTICLE = SchemaValidator.of(Schemas.ARTICLE_V1);
    private static final SchemaValidator FRONTIER = SchemaValidator.of(Schemas.FRONTIER_V1);

    /** Each invalid article example and the one property its mistake is about. */
    private static final Map<String, String> INVALID_ARTICLES = Map.ofEntries(
            Map.entry("missing-id.json", "id"),
            Map.entry("published-not-a-date.json", "published"),
            Map.entry("unknown-field.json", "subtitle"),
            Map.entry("page-type-upper-case.json", "pageType"),
            Map.entry("discovered-via-unknown.json", "discoveredVia"),
            Map.entry("revision-zero.json", "revision"),
            Map.entry("content-hash-without-prefix.json", "contentHash"),
            Map.entry("published-source-without-published.json", "publishedSource"),
            Map.entry("absent-optional-left-out.json", "section"),
            Map.entry("author-without-name.json", "name"));

    static Stream<String> validArticles() {
        return Examples.names("article-v1").stream();
    }

    static Stream<String> validFrontierEntries() {
        return Examples.names("frontier-v1").stream();
    }

    static Stream<Arguments> invalidArticles() {
        return INVALID_ARTICLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validArticles")
    void validArticleExampleMatches(String name) {
        List<Violation> violations = ARTICLE.validate(Examples.read("article-v1", name));
        assertTrue(violations.isEmpty(), () -> name + " " + ARTICLE.describe(violations));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFrontierEntries")
    void validFrontierExampleMatches(String name) {
        List<Violation> violations = FRONTIER.validate(Examples.read("frontier-v1", name));
        assertTrue(violations.isEmpty(), () -> name + " " + FRONTIER.describe(violations));
    }

    @ParameterizedTest(name = "{0} is wrong about {1}")
    @MethodSource("invalidArticles")
    void invalidArticleExampleFailsOnItsProperty(String name, String property) {
        List<Violation> violations = ARTICLE.validate(Examples.read("invalid/article-v1", name));
        assertFalse(violations.isEmpty(), name + " should not match the article schema");
        // Every violation names the property: the example shows one mistake, and the validator points at it.
        for (Violation v : violations) {
            assertEquals(property, v.property(), () -> name + ": " + ARTICLE.describe(violations));
        }
    }

    @Test
    void thereAreExamplesOfEachKind() {
        assertTrue(Examples.names("article-v1").size() >= 3, "at least three valid article examples");
        assertFalse(Examples.names("frontier-v1").isEmpty(), "at least one valid frontier example");
    }

    @Test
    void everyInvalidExampleIsInTheTable() {
        Set<String> files = new TreeSet<>(Examples.names("invalid/article-v1"));
        assertEquals(new TreeSet<>(INVALID_ARTICLES.keySet()), files,
                "add each file in examples/invalid/article-v1 to INVALID_ARTICLES with the property it breaks");
    }
}
