package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subscribers' part of a story that a publisher ships hidden in the page and declares in its JSON-LD as not free
 * to read ({@code "hasPart": {"isAccessibleForFree": false, "cssSelector": …}}) is the article's text.
 */
class LockedPartsTest {
    private static final String FREE = "<p>The ferry to the outer islands runs twice a day from April, the harbour office"
            + " said, and the timetable, the fares and the new bicycle racks on deck were agreed last week.</p>";
    private static final String LOCKED = "<p>Islanders had asked for a second crossing for years, mostly for the school"
            + " run and the doctor, and the council's transport committee said it would pay for the extra crew.</p>";

    private static String page(String declaration, String hiding) {
        return "<html><head><title>Ferry</title>" + declaration + "</head><body><main><article><h1>Ferry</h1>"
                + "<div class=\"article-body free\">" + FREE.repeat(4) + "</div><div class=\"article-body locked\" "
                + hiding + ">" + LOCKED.repeat(2) + "</div></article></main></body></html>";
    }

    private static String declaration(String selector) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry\",\"isAccessibleForFree\":false,\"hasPart\":{\"@type\":\"WebPageElement\","
                + "\"isAccessibleForFree\":false,\"cssSelector\":" + selector + "}}</script>";
    }

    private static String text(String html) {
        return new ArticleExtractor().extract(html, "https://harbour.example/ferry",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aria-hidden=\"true\"", "hidden", "style=\"display:none\""})
    void aDeclaredLockedPartShippedHiddenIsRead(String hiding) {
        String text = text(page(declaration("\".locked\""), hiding));
        assertTrue(text.contains("second crossing"), text);
        assertTrue(text.contains("twice a day"), text);
    }

    @Test
    void aHiddenPartTheJsonLdDoesNotDeclareStaysHidden() {
        String undeclared = text(page("", "aria-hidden=\"true\""));
        assertFalse(undeclared.contains("second crossing"), undeclared);
        String other = text(page(declaration("\".paywall-teaser\""), "aria-hidden=\"true\""));
        assertFalse(other.contains("second crossing"), other);
    }

    @Test
    void readsTheDeclaredSelectorsOfLockedPartsOnly() {
        String both = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"isAccessibleForFree\":\"False\","
                + "\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\",\"cssSelector\":"
                + "[\".locked\",\".more\"]},{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":true,"
                + "\"cssSelector\":\".free\"}]}</script>";
        assertEquals(List.of(".locked", ".more"), JsonLdReader.lockedParts(Jsoup.parse("<html><head>" + both
                + "</head><body></body></html>")));
        assertEquals(List.of(), JsonLdReader.lockedParts(Jsoup.parse("<html><head>" + declaration("\"\"")
                + "</head><body></body></html>")));
    }

    @Test
    void aDeclaredSelectorThatDoesNotParseShowsNothing() {
        String text = text(page(declaration("\"div[[\""), "aria-hidden=\"true\""));
        assertFalse(text.contains("second crossing"), text);
        assertTrue(text.contains("twice a day"), text);
    }
}
