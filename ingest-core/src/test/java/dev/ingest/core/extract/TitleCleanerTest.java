package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Dam opens after ten years | Riverside Gazette; Riverside Gazette; Dam opens after ten years",
        "Riverside Gazette - Dam opens after ten years; Riverside Gazette; Dam opens after ten years",
        "Dam opens after ten years – RIVERSIDE; ; Dam opens after ten years",
        "Berlin: Ein neuer Park; Stadtblatt; Berlin: Ein neuer Park",
        "Harbour-Fees explained | Herald; Harbour; Harbour-Fees explained | Herald",
        "Harbour Herald Online | Dam opens after ten years; Harbour Herald; Dam opens after ten years",
        "Dam opens - News - Harbour Herald; News - Harbour Herald; Dam opens",
    })
    void stripsSiteName(String title, String site, String expected) {
        assertEquals(expected, TitleCleaner.clean(title, site));
    }

    @Test
    void showsADeclaredTitleWithoutTheSiteNameAtEitherEnd() {
        assertEquals(java.util.List.of("roads renewed in the hills - county council", "roads renewed in the hills"),
                TitleCleaner.headlineForms("Roads renewed in the hills - County Council"));
        assertEquals(java.util.List.of("tallywise status - delayed webhook deliveries", "delayed webhook deliveries"),
                TitleCleaner.headlineForms("Tallywise Status - Delayed webhook deliveries"));
        assertEquals(java.util.List.of("status - api down"), TitleCleaner.headlineForms("Status - API down"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'  Dam\u00a0OPENS \t after–ten „years“ ';dam opens after-ten 'years'",
        "Strom\u00adausfall — „Alles dunkel“;stromausfall - 'alles dunkel'",
        "'\u2003 Em space stays inside\u2003word ';em space stays inside\u2003word",
        "'';''",
    })
    void normalisesTitlesForComparison(String title, String expected) {
        assertEquals(expected, TitleCleaner.norm(title));
    }

    /** The definition {@code norm} implements in one pass: the replacements one after the other. */
    private static String normByReplacing(String s) {
        return s.replace("\u00ad", "").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT).replaceAll("[\"„“”‘’‚']", "'").replaceAll("[–—]", "-");
    }

    @Test
    void normalisesAsTheReplacementsWould() {
        String alphabet = "aZ İıß\u00ad\u00a0\t\n\u000b\f\r\u2003\u2028\"„“”‘’‚'–—-Ω";
        Random random = new Random(28);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(normByReplacing(s.toString()), TitleCleaner.norm(s.toString()), () -> "for " + s);
        }
    }

    /** A heading's link to itself, as documentation generators add it, is no part of the title; "C#" is. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "<h1>Tuning compaction<a class=headerlink href=#tuning title='Permanent link'>¶</a></h1>; Tuning compaction",
        "<h1>Tuning compaction <a href=#tuning>#</a></h1>; Tuning compaction",
        "<h1>Learning C#</h1>; Learning C#",
        "<h1>Section § and more</h1>; Section § and more",
        "<h1>Why we ship on Fridays <a href=/why>#</a></h1>; Why we ship on Fridays #"})
    void leavesOutAHeadingsLinkToItself(String html, String title) {
        assertEquals(title, TitleCleaner.heading(Jsoup.parse(html).selectFirst("h1")).text());
    }
}
