package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The plain attribute reads agree with jsoup's case-folding ones on every element of every fixture page. */
class AttrsTest {
    private static final String[] KEYS = {"class", "id", "role", "itemprop", "property", "style", "hidden",
        "aria-hidden", "data-testid", "data-automation-id", "data-component", "href", "content", "datetime"};

    @Test
    void readsWhatJsoupReadsOnEveryFixture() throws IOException, URISyntaxException {
        int read = 0;
        for (String fixture : MutatedPagesTest.fixtures().toList()) {
            Document doc = Jsoup.parse(new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                for (String key : KEYS) {
                    assertEquals(e.attr(key), Attrs.get(e, key), () -> fixture + " " + key + " of " + e.cssSelector());
                    assertEquals(e.hasAttr(key), Attrs.has(e, key), () -> fixture + " " + key);
                    read += e.hasAttr(key) ? 1 : 0;
                }
                assertEquals(e.className(), Attrs.className(e), fixture);
                assertEquals(e.id(), Attrs.id(e), fixture);
                for (Attribute a : e.attributes()) { // a name the readers ask for is never kept in capitals
                    String lower = a.getKey().toLowerCase(java.util.Locale.ROOT);
                    assertTrue(lower.equals(a.getKey()) || !java.util.Arrays.asList(KEYS).contains(lower), fixture);
                }
            }
        }
        assertTrue(read > 10_000, read + " attributes read");
    }

    @Test
    void readsNamesWrittenInCapitals() {
        Element e = Jsoup.parse("<div CLASS=' byline ' Id=main ROLE=note Data-TestId=author>x</div>")
                .selectFirst("div");
        assertEquals("byline", Attrs.className(e));
        assertEquals("main", Attrs.id(e));
        assertEquals("note", Attrs.get(e, "role"));
        assertEquals("author", Attrs.get(e, "data-testid"));
        assertTrue(Attrs.has(e, "role"));
        assertEquals("", Attrs.get(Jsoup.parse("<p>x</p>").selectFirst("p"), "class"));
    }
}
