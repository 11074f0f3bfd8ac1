package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDateTest {
    @ParameterizedTest
    @CsvSource({
        "https://news.example/2026/11/28/dam-opens/, 2026-11-28",
        "https://news.example/politik/2026-11-28-dam-opens, 2026-11-28",
        "https://news.example/newsroom/28-11-2026-dam-opens, 2026-11-28",
        "https://news.example/story_20261128_dam.html, 2026-11-28",
    })
    void datesInUrls(String url, String day) {
        assertEquals(LocalDate.parse(day),
                ArticleExtractor.urlDate(url, ZoneOffset.UTC).value().toLocalDate());
    }
}
