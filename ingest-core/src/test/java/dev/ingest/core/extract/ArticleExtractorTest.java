package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    static byte[] page(String path) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + path)) {
            assertNotNull(in, "fixture missing: src/test/resources/pages/" + path);
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "wordpress/post-with-comments-share-bar-and-cookie-banner.html; locust wood; Choosing the posts; Share on Facebook",
        "wordpress/post-with-comments-share-bar-and-cookie-banner.html; Twelve posts; tamped the gravel; Great post",
        "wordpress/post-with-comments-share-bar-and-cookie-banner.html; cheaper than treated pine; locust wood; We use cookies",
        "wordpress/post-with-comments-share-bar-and-cookie-banner.html; locust wood; locust wood; All rights reserved",
        "news-cms/jsonld-graph-with-newsletter-box.html; Nach zwei Jahren Bauzeit; mehrere tausend Menschen; Newsletter",
        "news-cms/jsonld-graph-with-newsletter-box.html; Hochwassers; Hochwassers; Marktplatz wird umgebaut",
    })
    void keepsArticleDropsChrome(String fixture, String present, String alsoPresent, String absent) throws IOException {
        Extraction e = extractor.extract(page(fixture), null, "https://example.org/2026/11/20/story/", FETCHED,
                ExtractionRules.NONE);
        assertTrue(e.text().contains(present), e.text());
        assertTrue(e.text().contains(alsoPresent), e.text());
        assertFalse(e.text().contains(absent), e.text());
        assertEquals(PageType.ARTICLE, e.pageType());
    }

    /** A song's chorus, printed after each verse, is part of the post as often as the page shows it. */
    @Test
    void keepsABlockTheStoryRepeats() {
        String chorus = "And the tide comes in, and the tide goes out, and the harbour lights stay on all night.";
        String html = "<html><head><title>Harbour Song</title></head><body><article><h1>Harbour Song</h1>"
                + "<p>We wrote this one on the pier in the first week of the festival, with two guitars and a drum.</p>"
                + "<p>" + chorus + "</p><p>The boats were painted red and blue, the nets were hung to dry, and every "
                + "morning someone sang.</p><p>" + chorus + "</p></article></body></html>";
        Extraction e = extractor.extract(html, "https://example.org/2026/11/harbour-song/", FETCHED,
                ExtractionRules.NONE);
        assertEquals(2, e.text().split(java.util.regex.Pattern.quote(chorus), -1).length - 1, e.text());
    }

    @Test
    void wordpressMetadata() throws IOException {
        Extraction e = extractor.extract(page("wordpress/post-with-comments-share-bar-and-cookie-banner.html"), null,
                "https://example.org/2026/11/20/story/", FETCHED, ExtractionRules.NONE);
        assertEquals("How we rebuilt the orchard fence", e.title());
        assertEquals(List.of("June Harlow"), e.authors().stream().map(Author::name).toList());
        assertEquals(OffsetDateTime.parse("2026-11-20T08:30Z"), e.published().value());
        assertEquals(DateSource.OPENGRAPH, e.published().source());
        assertTrue(e.text().contains("Choosing the posts\n\nBlack locust"), e.text());
        assertEquals("en", e.language());
    }

    @Test
    void jsonLdGraphMetadata() throws IOException {
        Extraction e = extractor.extract(page("news-cms/jsonld-graph-with-newsletter-box.html"), null,
                "https://example.org/lokal/bruecke", FETCHED, ExtractionRules.NONE);
        assertEquals("Neue Brücke über den Fluss eröffnet", e.title());
        assertEquals(List.of("Lena Vogt", "Paul Brandt"), e.authors().stream().map(Author::name).toList());
        assertEquals(OffsetDateTime.parse("2026-11-27T16:40+01:00"), e.published().value());
        assertEquals(DateSource.JSONLD, e.published().source());
        assertEquals(OffsetDateTime.parse("2026-11-28T09:00+01:00"), e.modified().value());
        assertEquals("Stadtblatt", e.siteName());
        assertEquals(List.of("Verkehr", "Brücken"), e.tags());
    }

    /**
     * The publish date as the page shows it by the headline: a dateline when nothing declares a date; the shown day
     * over a stale declared one; never an "Updated" line; and a declared UTC instant put at the offset the shown time
     * implies. The first two are German pages that declare no offset: their days start at Berlin's midnight.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "press-office/dateline-without-metadata.html; 2026-11-02T00:00+01:00; byline",
        "news-cms/shown-date-differs-from-stale-meta.html; 2026-11-27T00:00+01:00; byline",
        "wordpress/site-title-h1-and-updated-line.html; 2026-10-20T07:15Z; og",
        "news-cms/shown-time-gives-the-offset.html; 2026-11-08T23:30:59-06:00; jsonld",
    })
    void publishDateAsThePageShowsIt(String fixture, String published, String source) throws IOException {
        Extraction e = extractor.extract(page(fixture), null, "https://example.org/story", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published(), fixture);
        assertEquals(OffsetDateTime.parse(published), e.published().value(), fixture);
        assertEquals(source, e.published().source().wireName(), fixture);
    }

    @Test
    void authorBoxNamesTheAuthorNotCommentsOrRelatedPosts() throws IOException {
        Extraction e = extractor.extract(page("blog/post-with-author-box-related-and-comments.html"), null,
                "https://crumbnotes.example/sourdough-at-altitude/", FETCHED, ExtractionRules.NONE);
        assertEquals(List.of("Lotte Brandvik"), e.authors().stream().map(Author::name).toList());
    }

    @Test
    void sanitisedHtmlHasNoScriptsHandlersOrPixels() {
        String html = "<html><body><article><p onclick=\"x()\">A long enough paragraph of story text, with commas, "
                + "to be chosen as the article body by the scorer, and more.</p><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=\"/p.gif\" width=\"1\" height=\"1\"><a href=\"/next\">next</a></article></body></html>";
        Extraction e = extractor.extract(html, "https://news.example/a", FETCHED, ExtractionRules.NONE);
        assertFalse(e.html().contains("onclick"), e.html());
        assertFalse(e.html().contains("javascript:"), e.html());
        assertFalse(e.html().contains("p.gif"), e.html());
        assertTrue(e.html().contains("https://news.example/next"), e.html());
    }

    @Test
    void rulesOverrideTheEngine() throws IOException {
        ExtractionRules rules = new ExtractionRules("div.entry-content", "h1", ".entry-meta a", null,
                List.of("ul"));
        Extraction e = extractor.extract(page("wordpress/post-with-comments-share-bar-and-cookie-banner.html"), null,
                "https://example.org/x", FETCHED, rules);
        assertFalse(e.text().contains("Twelve posts"), e.text());
        assertEquals(List.of("June Harlow"), e.authors().stream().map(Author::name).toList());
    }

    @Test
    void nearEmptyPageIsEmpty() {
        Extraction e = extractor.extract("<html><body><p>Not found</p></body></html>", "https://x.example/",
                FETCHED, ExtractionRules.NONE);
        assertEquals(PageType.EMPTY, e.pageType());
    }

    @Test
    void noInputThrows() throws IOException {
        byte[] base = page("wordpress/post-with-comments-share-bar-and-cookie-banner.html");
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] m = base.clone();
            for (int j = 0; j < 20; j++) {
                m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            }
            byte[] cut = java.util.Arrays.copyOf(m, random.nextInt(m.length));
            assertNotNull(extractor.extract(cut, "text/html; charset=bogus", "not a url", FETCHED, null));
        }
        assertNotNull(extractor.extract("<div>".repeat(100_000) + "deep" , "https://x.example/", FETCHED,
                ExtractionRules.NONE));
        StringBuilder big = new StringBuilder("<html><body>");
        while (big.length() < 10_000_000) {
            big.append("<p>Paragraph of filler text, with a comma, and <a href=\"/l\">a link</a>.</p>");
        }
        assertNotNull(extractor.extract(big.toString(), "https://x.example/", FETCHED, ExtractionRules.NONE));
        assertNotNull(extractor.extract((String) null, null, null, null));
    }
}
