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
