package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Declarative shadow roots are read as shown: their content in place, the host's children in their slots. */
class ShadowRootsTest {
    private static final String STORY = "<p>The ferry to the outer islands runs twice a day from April, the harbour "
            + "office said, and the timetable, the fares and the new bicycle racks on deck were agreed last week.</p>"
            + "<p>Islanders had asked for a second crossing for years, mostly for the school run and the doctor.</p>";

    @Test
    void theHostsChildrenGoWhereTheirSlotsStand() {
        Document doc = Jsoup.parse("<news-article><template shadowrootmode=\"open\"><style>h1{}</style><header>"
                + "<slot name=\"headline\"></slot><slot name=\"byline\">Staff</slot></header><div class=body>"
                + "<p>Story.</p></div><slot></slot></template><h1 slot=\"headline\">Ferry</h1><p>Light text.</p>"
                + "</news-article>");
        assertTrue(ShadowRoots.open(doc.getElementsByTag("template")));
        assertEquals("<header><h1 slot=\"headline\">Ferry</h1>Staff</header><div class=\"body\"><p>Story.</p></div>"
                + "<p>Light text.</p>", doc.selectFirst("news-article").html().replaceAll("\\s*\\n\\s*", "")
                .replace("<style>h1{}</style>", ""));
    }

    @Test
    void anOrdinaryTemplateStaysInert() {
        Document doc = Jsoup.parse("<div><template id=row><p>Row</p></template></div>");
        assertFalse(ShadowRoots.open(doc.getElementsByTag("template")));
        assertEquals(1, doc.getElementsByTag("template").size());
    }

    @Test
    void aStoryInAShadowRootIsExtracted() {
        String html = "<html><head><title>Ferry timetable</title></head><body><site-header><template "
                + "shadowrootmode=\"open\"><nav><a href=/>Home</a> <a href=/news>News</a></nav></template>"
                + "</site-header><news-article><template shadowrootmode=\"open\"><slot name=\"headline\"></slot>"
                + "<div class=\"article-body\">" + STORY + STORY + "</div></template><h1 slot=\"headline\">Ferry"
                + " timetable</h1></news-article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/ferry",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertTrue(x.text().contains("twice a day") && x.text().contains("the doctor"), x.text());
        assertFalse(x.text().contains("Home"), x.text());
    }
}
