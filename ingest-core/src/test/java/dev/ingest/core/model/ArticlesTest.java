package dev.ingest.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticlesTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "''{0}'' has {1} words")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                     | 0
            one                                    | 1
            'two words'                            | 2
            '  spaced   out\n\nacross lines  '     | 4
            'By Mara — 3 min read'                 | 5
            '— … ·'                                | 0
            'Größere Städte wachsen.'              | 3
            '港口预算 2026'                         | 5
            '谷歌在2014年收购了DeepMind。'          | 9
            '市議会は木曜日、予算を話し合った。'    | 15
            '시의회는 목요일에 예산을 논의했다.'    | 4
            """)
    void countsWords(String text, int expected) {
        assertEquals(expected, Articles.wordCount(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0} words take {1} min")
    @CsvSource({"0,0", "1,1", "100,1", "230,1", "460,2", "1000,4"})
    void readingTime(int words, int minutes) {
        assertEquals(minutes, Articles.readingTimeMinutes("word ".repeat(words), "en"));
    }

    @ParameterizedTest(name = "{0} characters of {1} ({2}) take {3} min")
    @CsvSource({
            // about 257 Chinese characters a minute: 2570 would be 11 min at one word each
            "2570, 港口预算, zh, 10",
            "2570, 港口预算, , 10",
            // about 360 Japanese characters a minute: 3600 would be 16 min at one word each
            "3600, 市議会は予算, ja, 10",
            "3600, 市議会は予算, ja-JP, 10",
            // kana say Japanese when the language says neither
            "3600, 市議会は予算, , 10",
            "3600, 市議会は予算, ko, 10",
            // Han alone on a Japanese page is read at the Japanese rate, kana on a Chinese page at the Chinese one
            "3600, 港口预算, ja, 10",
            "2570, 市議会は予算, zh-TW, 10"})
    void readingTimeOfChineseAndJapaneseCountsCharactersAtTheirOwnRate(int characters, String sample,
            String language, int minutes) {
        StringBuilder text = new StringBuilder();
        while (text.length() < characters) {
            text.append(sample, 0, Math.min(sample.length(), characters - text.length()));
        }
        assertEquals(characters, Articles.wordCount(text.toString()));
        assertEquals(minutes, Articles.readingTimeMinutes(text.toString(), language));
    }

    @Test
    void readingTimeAddsSpacedWordsAndCharacters() {
        // 460 words (2 min) and 771 Chinese characters (3 min)
        String text = "word ".repeat(460) + "港口预".repeat(257);
        assertEquals(460 + 771, Articles.wordCount(text));
        assertEquals(5, Articles.readingTimeMinutes(text, "zh"));
    }

    @Test
    void idComesFromTheCanonicalUrlSoTrackingLinksGiveTheSameId() {
        Extraction e = extraction("https://news.example.com/story", "Body text here.");
        Article viaFeed = Articles.assemble(e, fetch("https://news.example.com/story?utm_source=rss"));
        Article direct = Articles.assemble(e, fetch("https://NEWS.example.com/story#top"));
        assertEquals(viaFeed.id(), direct.id());
        assertEquals("https://news.example.com/story", viaFeed.canonicalUrl());
        assertEquals("https://news.example.com/story?utm_source=rss", viaFeed.url());
        assertTrue(viaFeed.id().matches("[0-9a-f]{32}"), viaFeed.id());
    }

    @Test
    void assemblesEveryFieldFromExtractionAndFetch() {
        Extraction e = new Extraction(PageType.ARTICLE, null, "Harbour Gazette", "Ferry timetable changes",
                "What changes for commuters", List.of(new Author("Ines Ortega", "https://x.example/ines")),
                new DatedValue(OffsetDateTime.parse("2026-11-27T09:30:00+01:00"), DateSource.JSONLD),
                new DatedValue(OffsetDateTime.parse("2026-11-27T11:00:00+01:00"), DateSource.META),
                "en", "Transport", List.of("ferries", "commuting"), "First paragraph.\n\nSecond one here.",
                "<p>First paragraph.</p><p>Second one here.</p>", "https://x.example/ferry.jpg");
        Article a = Articles.assemble(e, new FetchInfo("https://x.example/ferry", "harbour-gazette", FETCHED, 200,
                DiscoveryMethod.SITEMAP, 2));
        assertEquals(Article.SCHEMA_VERSION, a.schemaVersion());
        assertEquals("harbour-gazette", a.source());
        assertEquals("Ferry timetable changes", a.title());
        assertEquals(OffsetDateTime.parse("2026-11-27T09:30:00+01:00"), a.published());
        assertEquals(DateSource.JSONLD, a.publishedSource());
        assertEquals(DateSource.META, a.modifiedSource());
        assertEquals(5, a.wordCount());
        assertEquals(1, a.readingTimeMinutes());
        assertEquals(2, a.revision());
        assertEquals(DiscoveryMethod.SITEMAP, a.discoveredVia());
        assertEquals(Fingerprints.contentHash("First paragraph.\n\nSecond one here."), a.contentHash());
        assertEquals(ExtractorInfo.CURRENT, a.extractor());
    }

    @Test
    void contentHashIgnoresWrappingButNotWords() {
        assertEquals(Fingerprints.contentHash("a b\n\nc"), Fingerprints.contentHash("  a  b c "));
        assertNotEquals(Fingerprints.contentHash("a b c"), Fingerprints.contentHash("a b d"));
        assertTrue(Fingerprints.contentHash("x").matches("sha256:[0-9a-f]{64}"));
    }

    private static Extraction extraction(String canonical, String text) {
        return new Extraction(PageType.ARTICLE, canonical, null, "T", null, List.of(), null, null, null, null,
                List.of(), text, "<p>" + text + "</p>", null);
    }

    private static FetchInfo fetch(String url) {
        return new FetchInfo(url, "test", FETCHED, 200, DiscoveryMethod.FEED, 1);
    }
}
