package dev.ingest.core.extract;

import static dev.ingest.core.extract.StoryFixtures.assertStory;
import static dev.ingest.core.extract.StoryFixtures.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The standfirst under the headline belongs to the story, whether the template puts it in the article's header or
 * in a "teaser" block of its own; the byline, a dek under the headline, captions and chrome around it still go.
 */
class StandfirstTest {
    /** A paragraph in a box of the sidebar (ARIA {@code complementary}) before the story is no standfirst. */
    @Test
    void aSidebarBoxsParagraphIsNoStandfirst() {
        String story = "<p>The Elm Street bridge closes on December 1 for seven months of repairs, the public works "
                + "department said, and traffic will be sent along Mill Road and the river drive.</p>";
        String html = "<html><head><title>News Flash</title></head><body><h1>News Flash</h1><div class=row>"
                + "<div class=\"col col3\" role=complementary><div class=\"widget notifyMeBox\"><h3>Notify Me</h3><p>"
                + "Receive email and text message updates when the City posts road closures and snow emergencies.</p>"
                + "</div></div><div class=\"col col9\" role=main><div class=detail>" + story.repeat(5)
                + "</div></div></div></body></html>";
        String text = new dev.ingest.core.extract.ArticleExtractor().extract(html, "https://city.example/news/1874",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE).text();
        assertTrue(text.startsWith("The Elm Street bridge"), text);
    }

    @Test
    void keepsTheStandfirstInTheArticleHeader() throws IOException {
        String text = extract("news-cms/standfirst-in-article-header.html",
                "https://valley-courier.example/transport/night-buses-return").text();
        assertStory(text, new String[] {"After four years without a service after midnight",
                "eleven votes to two", "a second driver on the longest line"},
                new String[] {"what changes in the valley", "By Mira Olsen", "A night bus at the depot", "Share",
                "We use cookies",
                "Rail timetable changes", "walked home from the station", "Imprint"});
        assertTrue(text.startsWith("After four years"), "the standfirst opens the text\n" + text);
    }

    @Test
    void keepsATeaserBlockBetweenTheHeadlineAndTheStory() throws IOException {
        String text = extract("news-cms/teaser-block-beside-story.html",
                "https://lindenau.example/aktuelles/reparaturcafe-erstes-jahr").text();
        assertStory(text, new String[] {"Mehr als vierhundert Toaster", "zwei pensionierten Elektrikern",
                "Spenden der Besucher"},
                new String[] {"Werkbank im Gemeindehaus", "Wochenmarkt zieht um", "Adventsmarkt", "Cookies",
                "Impressum"});
    }
}
