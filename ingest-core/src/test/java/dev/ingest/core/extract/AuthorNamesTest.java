package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By Mara Lindqvist; Mara Lindqvist",
        "By Mara Lindqvist and Tomás Ruiz | Published 28 Nov 2026; Mara Lindqvist|Tomás Ruiz",
        "Von Anna Berg und Jonas Keller; Anna Berg|Jonas Keller",
        "Par Claire Dubois, publié le 28 novembre; Claire Dubois",
        "Por Lucía Gómez; Lucía Gómez",
        "Anna Berg, Redakteurin; Anna Berg",
        "By Ken Adams Published about 23 hours ago • 3 min read; Ken Adams",
    })
    void bylines(String raw, String expected) {
        assertEquals(Arrays.asList(expected.split("\\|")), AuthorNames.parse(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"https://example.org/authors/mara", "Share on Twitter", "12 Comments"})
    void notNames(String raw) {
        assertEquals(List.of(), AuthorNames.parse(raw));
    }
}
