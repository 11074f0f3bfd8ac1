package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The named-month patterns are asked only of the stretch before each year ({@link DateParser#matchesBeforeAYear}):
 * that finds a match exactly when reading the whole text does, on the texts of every fixture and on texts written to
 * stretch a match past the reach.
 */
class DateScreenTest {

    @Test
    void agreesWithTheWholeTextOnEveryFixture() throws IOException, URISyntaxException {
        int texts = 0;
        int matched = 0;
        for (String fixture : MutatedPagesTest.fixtures().toList()) {
            Document doc = Jsoup.parse(new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8));
            List<String> pieces = new ArrayList<>();
            for (Element e : doc.getAllElements()) {
                String text = e.text();
                if (!text.isEmpty() && text.length() <= 2000) {
                    pieces.add(text);
                }
                pieces.add(e.attr("content"));
                pieces.add(e.attr("datetime"));
            }
            for (TextNode t : doc.selectXpath("//text()", TextNode.class)) {
                pieces.add(t.getWholeText());
            }
            for (String s : pieces) {
                String ascii = DateParser.asciiDigits(s);
                for (Pattern p : DateParser.READ_BEFORE_A_YEAR) {
                    boolean whole = p.matcher(ascii).find();
                    assertEquals(whole, DateParser.matchesBeforeAYear(p, ascii), () -> fixture + " " + p + ": " + s);
                    matched += whole ? 1 : 0;
                }
                texts++;
            }
        }
        assertTrue(texts > 50_000 && matched > 1_000, texts + " texts, " + matched + " matches");
    }

    @Test
    void agreesWhereEveryGapOfAMatchIsTheLongestRunOfSpace() {
        String gap = " ".repeat(40);
        for (String s : new String[] {"28" + gap + "de" + gap + "noviembre" + gap + "de" + gap + "2026",
            "Mon" + gap + "Oct" + gap + "11" + gap + "14:57:21" + gap + "CEST" + gap + "2021",
            "November" + gap + "28" + "," + gap + "2026"}) {
            int matched = 0;
            for (Pattern p : DateParser.READ_BEFORE_A_YEAR) {
                boolean whole = p.matcher(s).find();
                assertEquals(whole, DateParser.matchesBeforeAYear(p, s), p + ": " + s);
                matched += whole ? 1 : 0;
            }
            assertTrue(matched > 0, s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "28. November 2026",
        "published 28th November, 2026 at 09:00",
        "am 28.\t\t\t\t\t\t\t\t\t\t\t\t\tNovember\n\n\n\n\n\n\n\n\n\n\n\n,\t\t\t\t\t\t\t\t 2026 um 9 Uhr",
        "November                                                                28,                        2026",
        "Mon    Oct    11    14:57:21    CEST                                                              2021",
        "Fri Feb 18 10:27:24 2022",
        "𝐍𝐨𝐯𝐞𝐦𝐛𝐞𝐫𝐍𝐨𝐯𝐞𝐦𝐛𝐞𝐫𝐍𝐨𝐯 28, 2026",
        "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍 28, 2026 and 28 𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍. 2026",
        "November 28, 20261 and November 28, 2026x and November 28, 2026",
        "Anno 1800 bringt zudem eine Vielzahl an Neuerungen, Anno 2205 nicht, und 1404 schon gar nicht",
        "1800 1801 1802 1803 1804 1805 1806 1807 1808 1809 1810 1811 1812 1813 1814 1815 1816 November 3 1817",
        "12345678901234567890 Nov 3 2026",
        "Nov 3 2026",
        "x Nov 3 2026",
        "3 Nov 2026y",
    })
    void agreesWithTheWholeTextOnTextsWrittenToStretchAMatch(String s) {
        for (Pattern p : DateParser.READ_BEFORE_A_YEAR) {
            assertEquals(p.matcher(s).find(), DateParser.matchesBeforeAYear(p, s), p + ": " + s);
        }
    }
}
