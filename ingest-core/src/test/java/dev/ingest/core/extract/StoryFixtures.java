package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;

/** Extracting a fixture page under {@code /pages} and checking which parts of it the text keeps. */
final class StoryFixtures {
    private StoryFixtures() {
    }

    static Extraction extract(String fixture, String url) throws IOException {
        try (InputStream in = StoryFixtures.class.getResourceAsStream("/pages/" + fixture)) {
            assertNotNull(in, "fixture missing: src/test/resources/pages/" + fixture);
            return new ArticleExtractor().extract(in.readAllBytes(), "text/html; charset=utf-8", url,
                    OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        }
    }

    /** Every part of {@code story} is in {@code text}, no part of {@code chrome} is. */
    static void assertStory(String text, String[] story, String[] chrome) {
        for (String part : story) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + text);
        }
        for (String c : chrome) {
            assertFalse(text.contains(c), "chrome kept: " + c + "\n" + text);
        }
    }
}
