package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals(found, Ascii.containsAny(s, new String[] {"none", "hidden"}));
    }

    /**
     * The letters the page index's headline stems ("tle", "adl") are made of have no other form that
     * {@link String#equalsIgnoreCase} takes for them, unlike i, s and k ("ı", "İ", "ſ", the Kelvin sign).
     */
    @ParameterizedTest
    @ValueSource(chars = {'t', 'l', 'e', 'a', 'd'})
    void onlyAsciiLettersEqualTheHeadlineStemLetters(char letter) {
        List<Character> equal = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (String.valueOf(c).equalsIgnoreCase(String.valueOf(letter))) {
                equal.add(c);
            }
        }
        assertEquals(List.of(letter, Character.toUpperCase(letter)).stream().sorted().toList(), equal);
    }

    @ParameterizedTest
    @ValueSource(chars = {'i', 's', 'k'})
    void otherLettersHaveOtherForms(char letter) {
        int forms = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (String.valueOf(c).equalsIgnoreCase(String.valueOf(letter))) {
                forms++;
            }
        }
        assertTrue(forms > 2, "the test above would find non-ASCII forms where they exist");
    }
}
