package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextProbeTest {
    private static final TextProbe.Words OPENERS = TextProbe.Words.of("by", "autor", "veröff");

    private static Element span(String html) {
        return Jsoup.parse("<div id=x>" + html + "</div>").getElementById("x");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Mara Lind | true",
        "<b>B</b>y Mara Lind | true",
        "  <br> <i></i> BY MARA | true",
        "&nbsp;By Mara | true",
        "&shy;B&shy;y Mara | true",
        "Autor: Anna | true",
        "VERÖFFENTLICHT am 3.11. | true",
        "Mara Lind, by the way | false",
        "Home | false",
        "<span></span> | false",
        "B y | false",
    })
    void startsWithAWordAsTextWould(String html, boolean expected) {
        assertEquals(expected, TextProbe.mayStartWith(span(html), OPENERS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Datum: 3.11.2021 Autor: Peter | true",
        "Datum: 3.11.2021 Au<b>tor</b>: Peter | true",
        "Datum: Au&shy;tor | true",
        "DATUM AUTOR | true",
        "Standby | true",
        "Datum: 3.11.2021 | false",
        "Au tor | false",
        "<i></i> | false",
    })
    void holdsAWordAsTextWould(String html, boolean expected) {
        assertEquals(expected, TextProbe.mayHold(span(html), OPENERS));
    }

    @Test
    void wordsMustBeGivenFolded() {
        assertThrows(IllegalArgumentException.class, () -> TextProbe.Words.of("By"));
        assertThrows(IllegalArgumentException.class, () -> TextProbe.Words.of("written by"));
        assertThrows(IllegalArgumentException.class, () -> TextProbe.Words.of("b"));
    }

    /** Every character a (?iu) pattern or a lower-casing reads as a letter of a word, the fold reads so too. */
    @Test
    void foldIsAtLeastAsGenerousAsThePatternsAndLowerCase() {
        String letters = "abcdefghijklmnopqrstuvwxyzöé-";
        for (char w : letters.toCharArray()) {
            var m = Pattern.compile(Pattern.quote(String.valueOf(w)), Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE).matcher("");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String s = String.valueOf((char) c);
                if (m.reset(s).matches() || s.toLowerCase(Locale.ROOT).equals(String.valueOf(w))) {
                    assertEquals(w, TextProbe.fold((char) c), "U+" + Integer.toHexString(c) + " as " + w);
                }
            }
        }
    }

    /**
     * Random small markup built from pieces that split, hide and space out words: whenever a pattern finds a word at
     * the start of {@code text()} or anywhere in it, the probe says it may.
     */
    @Test
    void neverSaysNoWhereThePatternFindsAWord() {
        String[] pieces = {"B", "b", "y", "Y", "Au", "tor", "TOR", "Ver", "öff", "ÖFF", " ", "\n", "&nbsp;", "&shy;",
            "&#8203;", "<b>", "</b>", "<p>", "</p>", "<br>", "<i></i>", "x", ":", "\u0001", "\u017f", "<pre>",
            "</pre>"};
        Pattern start = Pattern.compile("(?iu)^\\s*(?:by|autor|veröff)");
        Pattern anywhere = Pattern.compile("(?iu)by|autor|veröff");
        Random random = new Random(42);
        int found = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            Element e = span(html.toString());
            String text = e.text();
            if (start.matcher(text).find()) {
                found++;
                assertTrue(TextProbe.mayStartWith(e, OPENERS), html + " -> " + text);
            }
            if (anywhere.matcher(text).find()) {
                assertTrue(TextProbe.mayHold(e, OPENERS), html + " -> " + text);
            }
        }
        assertTrue(found > 50, "the pieces make words often enough to test: " + found);
    }
}
