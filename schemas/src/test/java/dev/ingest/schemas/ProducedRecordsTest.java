package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.core.model.PageType;
import dev.ingest.schemas.SchemaValidator.Violation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link Articles#assemble} builds and {@link ArticleJson#write} writes matches article-v1. */
class ProducedRecordsTest {
    private static final SchemaValidator ARTICLE = SchemaValidator.of(Schemas.ARTICLE_V1);

    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-27T16:40:00Z");
    private static final String TEXT = """
            The council voted on Tuesday to keep the riverside library open on Sundays.

            Why it matters

            Sunday is the busiest day for the homework club, which drew 140 children last month.""";

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("full record, two authors, dates with offsets", Articles.assemble(
                        new Extraction(PageType.ARTICLE, "/local/riverside-library-sundays", "Example Gazette",
                                "Riverside library keeps its Sunday hours",
                                "The council reversed a plan to close on Sundays.",
                                List.of(new Author("Ines Moreau", "https://gazette.example.com/staff/ines-moreau"),
                                        Author.named("Kwame Asante")),
                                new DatedValue(OffsetDateTime.parse("2026-11-25T08:00:00+01:00"), DateSource.JSONLD),
                                new DatedValue(OffsetDateTime.parse("2026-11-26T19:45:10.5-05:00"), DateSource.META),
                                "en-GB", "Local", List.of("Libraries", "Council"), TEXT,
                                "<p>The council voted on Tuesday…</p><h2>Why it matters</h2><p>Sunday is…</p>",
                                "https://gazette.example.com/img/library.jpg"),
                        new FetchInfo("https://gazette.example.com/local/riverside-library-sundays?utm_source=rss",
                                "example-gazette", FETCHED, 200, DiscoveryMethod.FEED, 1))),
                Arguments.of("minimal record: nulls, empty lists, no text", Articles.assemble(
                        new Extraction(PageType.EMPTY, null, null, null, null, null, null, null, null, null, null,
                                null, null, null),
                        new FetchInfo("https://example.org/", "manual", FETCHED, 0, DiscoveryMethod.MANUAL, 1))),
                Arguments.of("empty lists given explicitly, blank canonical", Articles.assemble(
                        new Extraction(PageType.ARTICLE, " ", "Site", "Title", null, List.of(), null, null, null,
                                null, List.of(), "One line.", "<p>One line.</p>", null),
                        new FetchInfo("HTTP://Example.ORG:80/a/../story#top", "example", FETCHED, 200,
                                DiscoveryMethod.LINK, 1))),
                Arguments.of("later revision, nanoseconds and a half-hour offset", Articles.assemble(
                        new Extraction(PageType.ARTICLE, "https://news.example.in/story-42", "Example India",
                                "Monsoon arrives early", null, List.of(Author.named("A. Rao")),
                                new DatedValue(OffsetDateTime.of(2026, 6, 1, 6, 30, 0, 123_456_789,
                                        ZoneOffset.ofHoursMinutes(5, 30)), DateSource.TIME),
                                null, "en-IN", null, List.of("Weather"), TEXT, "<p>…</p>", null),
                        new FetchInfo("https://news.example.in/story-42", "example-india",
                                OffsetDateTime.of(2026, 6, 1, 7, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), 200,
                                DiscoveryMethod.REVISIT, 7))),
                Arguments.of("listing page", Articles.assemble(
                        new Extraction(PageType.LISTING, null, "Example Gazette", "Local news", null, null, null,
                                null, "en", "Local", null, "Headline one\n\nHeadline two", "", null),
                        new FetchInfo("https://gazette.example.com/local/", "example-gazette", FETCHED, 200,
                                DiscoveryMethod.LISTING, 1))),
                Arguments.of("video page, date from the URL", Articles.assemble(
                        new Extraction(PageType.VIDEO, null, null, "Watch: the bridge lift", null, null,
                                new DatedValue(OffsetDateTime.parse("2026-11-27T00:00:00Z"), DateSource.URL), null,
                                null, null, null, "Watch the bridge lift.", "<p>Watch the bridge lift.</p>", null),
                        new FetchInfo("https://video.example.com/2026/11/27/bridge-lift", "example-video", FETCHED,
                                200, DiscoveryMethod.SITEMAP, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void assembledRecordMatches(String description, Article article) {
        assertMatches(ArticleJson.write(article));
    }

    @ParameterizedTest
    @EnumSource(DateSource.class)
    void everyDateSourceMatches(DateSource source) {
        OffsetDateTime date = OffsetDateTime.parse("2026-11-26T17:40:00Z");
        assertMatches(ArticleJson.write(article(
                new DatedValue(date, source), new DatedValue(date, source), PageType.ARTICLE, DiscoveryMethod.FEED)));
    }

    @ParameterizedTest
    @EnumSource(PageType.class)
    void everyPageTypeMatches(PageType pageType) {
        assertMatches(ArticleJson.write(article(null, null, pageType, DiscoveryMethod.FEED)));
    }

    @ParameterizedTest
    @EnumSource(DiscoveryMethod.class)
    void everyDiscoveryMethodMatches(DiscoveryMethod method) {
        assertMatches(ArticleJson.write(article(null, null, PageType.ARTICLE, method)));
    }

    /**
     * The examples are records the code could have written: read back and re-assembled from their own parts, each
     * gives the same JSON (id, canonical URL, counts and hash included), apart from the extractor version.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ingest.schemas.ExamplesTest#validArticles")
    void exampleIsWhatTheCodeWrites(String name) {
        JsonNode example = SchemaValidator.parse(Examples.read("article-v1", name));
        Article read = ArticleJson.read(example.toString());
        Article rebuilt = Articles.assemble(
                new Extraction(read.pageType(), read.canonicalUrl(), read.siteName(), read.title(),
                        read.description(), read.authors(),
                        read.published() == null ? null : new DatedValue(read.published(), read.publishedSource()),
                        read.modified() == null ? null : new DatedValue(read.modified(), read.modifiedSource()),
                        read.language(), read.section(), read.tags(), read.text(), read.html(), read.image()),
                new FetchInfo(read.url(), read.source(), read.fetchedAt(), read.httpStatus(), read.discoveredVia(),
                        read.revision()));
        ObjectNode written = (ObjectNode) SchemaValidator.parse(ArticleJson.write(rebuilt));
        written.set("extractor", example.get("extractor"));
        assertEquals(example, written, name + " differs from what ArticleJson writes for the same article");
    }

    private static Article article(DatedValue published, DatedValue modified, PageType pageType,
            DiscoveryMethod method) {
        return Articles.assemble(
                new Extraction(pageType, null, "Example", "Title", null, List.of(Author.named("Someone")),
                        published, modified, "en", null, List.of("tag"), TEXT, "<p>text</p>", null),
                new FetchInfo("https://example.com/post/1", "example", FETCHED, 200, method, 1));
    }

    private static void assertMatches(String json) {
        List<Violation> violations = ARTICLE.validate(json);
        assertTrue(violations.isEmpty(), () -> json + "\n" + ARTICLE.describe(violations));
    }
}
