package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
