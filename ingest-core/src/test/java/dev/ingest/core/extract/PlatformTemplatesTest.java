package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages in the markup of the platforms publishers run on (a members blog, a classic hosted blog, a hosted
 * writing platform, a city's CMS, a headless news CMS, regional and French newspapers, a recipe blog with a recipe
 * card plugin, a static-site blog, a marketing site's blog, a broadcaster), each with its chrome: comments, reader
 * responses, webmentions, author boxes, teasers, newsletter and call-to-action boxes, consent banners. Every record
 * field a reader sees is checked against what an annotator marked in {@code pages/platforms/expected.json}.
 */
class PlatformTemplatesTest {
    record Expected(String page, String url, String title, List<String> authors, String published,
            List<String> story, List<String> chrome) {
        @Override
        public String toString() {
            return page;
        }
    }

    static Stream<Expected> pages() throws IOException {
        try (InputStream in = PlatformTemplatesTest.class.getResourceAsStream("/pages/platforms/expected.json")) {
            assertNotNull(in, "pages/platforms/expected.json missing");
            return Stream.of(new ObjectMapper().readValue(in, Expected[].class));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsThePageAsAnAnnotatorMarkedIt(Expected page) throws IOException {
        Extraction x = StoryFixtures.extract("platforms/" + page.page(), page.url());
        assertEquals(PageType.ARTICLE, x.pageType());
        assertEquals(page.title(), x.title());
        assertEquals(page.authors(), x.authors().stream().map(Author::name).toList());
        assertNotNull(x.published(), "no publish date");
        assertEquals(page.published(), x.published().value().toLocalDate().toString());
        String text = x.text().replaceAll("\\s+", " ");
        for (String part : page.story()) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + x.text());
        }
        for (String part : page.chrome()) {
            assertFalse(text.contains(part), "chrome kept: " + part + "\n" + x.text());
        }
    }
}
