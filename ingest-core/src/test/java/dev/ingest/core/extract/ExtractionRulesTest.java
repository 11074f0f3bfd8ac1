package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.Extraction;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source's CSS selectors win over the generic engine where it would choose otherwise. */
class ExtractionRulesTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    private static final String PAGE = """
            <html><head><title>Community | The Commons</title></head><body>
            <div class="headline-ideas"><h1>Suggested: A market comes home</h1></div>
            <div class="story-title">The Night Market Is Back</div>
            <span class="writer">Sefa Duman</span> <span class="stamp">27 November 2026, 19:00</span>
            <div class="story-content">
              <p>After three years away, the Friday night market is back on the old quay with forty stalls.</p>
              <div class="source-label">Harbour Herald</div>
              <p>The market is now organised by a cooperative of the stallholders themselves rather than the council.</p>
              <div class="promo">Subscribe to The Commons for more local stories every week.</div>
              <p>The cooperative plans to run the market every Friday until the end of October, weather permitting.</p>
            </div>
            <div class="reader-picks"><p>Reader picks: ten more markets worth a visit this winter, chosen by you.</p></div>
            </body></html>""";

    @Test
    void selectorsForBodyTitleAuthorDateAndRemovalsWin() {
        ExtractionRules rules = new ExtractionRules(".story-content", ".story-title", ".writer", ".stamp",
                List.of(".source-label", ".promo"));
        Extraction e = new ArticleExtractor().extract(PAGE, "https://commons.example/p/market", FETCHED, rules);
        assertEquals("The Night Market Is Back", e.title());
        assertEquals(List.of("Sefa Duman"), e.authors().stream().map(Author::name).toList());
        assertEquals("2026-11-27", e.published().value().toLocalDate().toString());
        assertTrue(e.text().contains("organised by a cooperative"), e.text());
        assertFalse(e.text().contains("Harbour Herald"), "removed by rule: " + e.text());
        assertFalse(e.text().contains("Subscribe to The Commons"), "removed by rule: " + e.text());
        assertFalse(e.text().contains("Reader picks"), "outside the body rule: " + e.text());
    }

    @Test
    void noRulesMeansTheGenericEngine() {
        Extraction e = new ArticleExtractor().extract(PAGE, "https://commons.example/p/market", FETCHED,
                ExtractionRules.NONE);
        assertTrue(e.text().contains("organised by a cooperative"), e.text());
    }
}
