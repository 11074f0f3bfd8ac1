package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The standfirst under the headline belongs to the story, whether the template puts it in the article's header or
 * in a "teaser" block of its own; the byline, a dek under the headline, captions and chrome around it still go.
 */
class StandfirstTest {
    private static String text(String fixture, String url) throws IOException {
        try (InputStream in = StandfirstTest.class.getResourceAsStream("/pages/" + fixture)) {
            return new ArticleExtractor().extract(in.readAllBytes(), "text/html; charset=utf-8", url,
                    OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE).text();
        }
    }

    private static void assertStory(String text, String[] story, String[] chrome) {
        for (String part : story) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + text);
        }
        for (String c : chrome) {
            assertFalse(text.contains(c), "chrome kept: " + c + "\n" + text);
        }
    }

    @Test
    void keepsTheStandfirstInTheArticleHeader() throws IOException {
        String text = text("news-cms/standfirst-in-article-header.html",
                "https://valley-courier.example/transport/night-buses-return");
        assertStory(text, new String[] {"After four years without a service after midnight",
                "eleven votes to two", "a second driver on the longest line"},
                new String[] {"what changes in the valley", "By Mira Olsen", "A night bus at the depot", "Share",
                "We use cookies",
                "Rail timetable changes", "walked home from the station", "Imprint"});
        assertTrue(text.startsWith("After four years"), "the standfirst opens the text\n" + text);
    }

    @Test
    void keepsATeaserBlockBetweenTheHeadlineAndTheStory() throws IOException {
        String text = text("news-cms/teaser-block-beside-story.html",
                "https://lindenau.example/aktuelles/reparaturcafe-erstes-jahr");
        assertStory(text, new String[] {"Mehr als vierhundert Toaster", "zwei pensionierten Elektrikern",
                "Spenden der Besucher"},
                new String[] {"Werkbank im Gemeindehaus", "Wochenmarkt zieht um", "Adventsmarkt", "Cookies",
                "Impressum"});
    }
}
