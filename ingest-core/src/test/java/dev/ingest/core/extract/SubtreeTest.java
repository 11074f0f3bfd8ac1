package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** The subtree's walk answers what jsoup's select, selectFirst and getAllElements answer, on every fixture page. */
class SubtreeTest {
    /** Tags, attributes, patterns, and structural queries that keep a memo while selecting. */
    private static final List<Evaluator> QUERIES = List.of(QueryParser.parse("h1, h2, h3"),
            QueryParser.parse("a[href]"), QueryParser.parse("[itemprop~=(?i)articleBody]"),
            QueryParser.parse(".vcard .fn, .h-card .p-name"), QueryParser.parse("p:not(:has(a))"),
            QueryParser.parse("div > p"), BylineReader.AUTHOR_PLACES);

    @Test
    void answersWhatJsoupAnswersOnEveryFixture() throws IOException, URISyntaxException {
        int asked = 0;
        for (String fixture : MutatedPagesTest.fixtures().toList()) {
            Document doc = Jsoup.parse(new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8));
            List<Element> all = doc.getAllElements();
            for (int i = 0; i < all.size(); i += 7) { // roots all over the page, the document itself first
                Element root = all.get(i);
                assertEquals(root.getAllElements(), Subtree.all(root), fixture);
                for (Evaluator q : QUERIES) {
                    assertEquals(root.select(q), Subtree.select(root, q), () -> fixture + " " + q);
                    assertSame(root.selectFirst(q), Subtree.first(root, q), () -> fixture + " " + q);
                    asked++;
                }
            }
        }
        assertTrue(asked > 10_000, asked + " queries asked");
    }

    @Test
    void countsTheRootItselfFirst() {
        Element div = Jsoup.parse("<div class=x><p>a</p><div><p>b</p></div></div>").selectFirst("div");
        Evaluator divs = QueryParser.parse("div");
        assertSame(div, Subtree.first(div, divs));
        assertEquals(2, Subtree.select(div, divs).size());
        assertEquals(List.of("div", "p", "div", "p"), Subtree.all(div).stream().map(Element::normalName).toList());
        assertNull(Subtree.first(div.selectFirst("p"), divs));
    }
}
