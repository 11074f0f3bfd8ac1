package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    @Test
    void countsEveryCharacterButWhiteSpaceAndTheNoBreakSpace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int expected = Character.isWhitespace(c) || c == '\u00a0' ? 0 : 1;
            String hex = Integer.toHexString(c);
            assertEquals(expected, TextStats.nonSpace(String.valueOf((char) c)), () -> "U+" + hex);
        }
    }

    /** A Chinese, Japanese or Korean character weighs two in the counts; any other what {@code nonSpace} gives. */
    @Test
    void weighsEastAsianCharactersDouble() {
        assertEquals(TextStats.nonSpace("The pier reopens in spring."), TextStats.weight("The pier reopens in spring."));
        assertEquals(2 * 8, TextStats.weight("통영에 다녀왔어요"));
        assertEquals(2 * 6 + 1, TextStats.weight("地铁5号线全线"));
        assertEquals(2 * 4 + 1, TextStats.weight("山田 花子。"));
        assertEquals(2 * 3 + 4, TextStats.weight("カメラ Café"));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean eastAsian = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            int expected = TextStats.nonSpace(one) * (eastAsian ? 2 : 1);
            assertEquals(expected, TextStats.weight(one), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void countsTextLinksAndProseOfEachElementAndFollowsRemovals() {
        String story = "The harbour board met on Thursday and agreed to open the new pier in spring next year.";
        Document doc = Jsoup.parse("<div id=page><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<div id=story><p>" + story + "</p><p>See <a href=/more>more</a></p></div>"
                + "<p style=\"display:none\">" + story + "</p></div>");
        TextStats stats = TextStats.of(doc.body());
        Element page = doc.getElementById("page");
        Element nav = page.child(0);
        int storyChars = TextStats.nonSpace(story);
        assertEquals(8, stats.text(nav));
        assertEquals(8, stats.linkText(nav));
        assertEquals(storyChars + 7, stats.text(doc.getElementById("story")));
        assertEquals(storyChars, stats.prose(doc.getElementById("story")), "a link-heavy line is no prose");
        assertEquals(8 + 2 * storyChars + 7, stats.text(page));
        assertEquals(storyChars, stats.prose(page), "a hidden paragraph is no one's prose");
        stats.remove(nav);
        assertEquals(2 * storyChars + 7, stats.text(page));
        assertEquals(4, stats.linkText(page));
        assertEquals("story", page.child(0).id(), "the nav left the page");
    }
}
