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
        assertEquals(found, Ascii.containsAny(s, new String[] {"none", "hidden"}));
    }
}
