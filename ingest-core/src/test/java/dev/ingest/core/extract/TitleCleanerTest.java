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
    })
    void stripsSiteName(String title, String site, String expected) {
        assertEquals(expected, TitleCleaner.clean(title, site));
    }
}
