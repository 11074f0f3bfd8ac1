package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Display:NONE       | true
            xxhiddenxx         | true
            hidde              | false
            ''                 | false
            nOnE               | true
            hıdden             | false
            hİdden             | false
            """)
    void findsAWordInAnyAsciiCase(String s, boolean found) {
        assertEquals(found, Ascii.Words.of("none", "hidden").in(s));
    }

    /** Words of other first letters, words starting alike, a word at the very end, words not in ASCII. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            post-comments__list | true
            COMMENT             | true
            commen              | false
            x-related           | true
            relate              | false
            © 2026 Harbour      | true
            责任编辑：王           | true
            责任               | false
            ''                  | false
            """)
    void findsEachWordOfASet(String s, boolean found) {
        assertEquals(found, Ascii.Words.of("comment", "comments", "related", "©", "责任编辑").in(s));
    }

    /**
     * The screen on a word's first two characters lets through every place one starts: the answers of a plain search
     * on texts made of the words' letters in both cases, with one-letter words and words whose second character is
     * not ASCII among them.
     */
    @Test
    void findsWhatAPlainSearchFinds() {
        Random random = new Random(7);
        String letters = "aAbBfFnNxXpPéÉ1 -sStT";
        for (String[] words : new String[][] {{"fn", "aé", "auth", "staff", "p-name", "é1", "ab"}, {"x", "fn"}}) {
            Ascii.Words set = Ascii.Words.of(words);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(10); i > 0; i--) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                String s = text.toString();
                boolean plain = false;
                for (String w : words) {
                    for (int at = 0; at + w.length() <= s.length() && !plain; at++) {
                        plain = Ascii.startsWithAt(s, at, w);
                    }
                }
                assertEquals(plain, set.in(s), s);
            }
        }
    }
}
