package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
