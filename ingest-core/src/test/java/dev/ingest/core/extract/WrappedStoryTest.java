package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Stories that sit inside blocks whose names sound like chrome or boilerplate ({@code class="module"},
 * {@code "content-behind-paywall"}), or inside a consent banner the parser wrapped around the whole page because
 * the template never closed it: the story is kept, the real chrome around it still goes.
 */
class WrappedStoryTest {
    private static Extraction extract(String fixture, String url) throws IOException {
        try (InputStream in = WrappedStoryTest.class.getResourceAsStream("/pages/" + fixture)) {
            return new ArticleExtractor().extract(in.readAllBytes(), "text/html; charset=utf-8", url,
                    OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        }
    }

    @Test
    void keepsAStorySplitOverModulesAndAPaywallWrapper() throws IOException {
        String text = extract("news-cms/story-in-module-wrappers-behind-paywall-class.html",
                "https://kuestenbote.example/region/neue-faehre").text();
        for (String part : new String[] {"eine neue Fähre bestellt", "keine Abgase mehr",
                "achtundzwanzig Millionen Euro", "der Stapellauf ist für den Herbst", "Interessenten aus Skandinavien"}) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + text);
        }
        for (String chrome : new String[] {"Regatta abgesagt", "Meistgelesen", "Hafenfest", "Endlich!", "Newsletter",
                "bezahlbar", "Impressum", "Wirtschaft"}) {
            assertFalse(text.contains(chrome), "chrome kept: " + chrome + "\n" + text);
        }
    }

    @Test
    void keepsAStoryInsideAnUnclosedCookieBanner() throws IOException {
        String text = extract("wordpress/cookie-banner-left-open-around-the-page.html",
                "https://harbour-notes.example/2026/11/repair-cafe-first-year/").text();
        for (String part : new String[] {"more than four hundred toasters", "two retired tailors",
                "first Saturday of every month"}) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + text);
        }
        for (String chrome : new String[] {"We use cookies", "Accept all", "Recent posts", "Proudly powered"}) {
            assertFalse(text.contains(chrome), "chrome kept: " + chrome + "\n" + text);
        }
    }

    @Test
    void keepsEverySectionOfAPageBuilderPost() throws IOException {
        String text = extract("blog/story-in-page-builder-sections.html",
                "https://plot14.example/2026/11/moving-the-beehives/").text();
        for (String part : new String[] {"stood by the compost bays", "a swarm settled in the apple tree",
                "the old orchard behind the shed", "Moving a hive is a night job", "both colonies are foraging"}) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + text);
        }
        for (String chrome : new String[] {"Previous: onion sets", "Posted in", "written by the people"}) {
            assertFalse(text.contains(chrome), "chrome kept: " + chrome + "\n" + text);
        }
    }
}
