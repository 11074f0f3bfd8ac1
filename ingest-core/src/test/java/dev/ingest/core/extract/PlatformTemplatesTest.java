package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Whole pages in the markup of the platforms publishers run on: blogs (members, classic hosted, static-site,
 * newsletter, site builders, a microblog theme, page builders), news CMSs (headless, regional, AMP, in German, French,
 * Dutch, Polish, Portuguese and Italian), a recipe blog with a recipe card, a marketing site's blog, a university and a
 * government newsroom, and a category page that is no article. Each has its chrome: comments, reader responses,
 * webmentions, author boxes, teasers, newsletter and call-to-action boxes, consent banners. Every record field a reader
 * sees is checked against what an annotator marked in {@code pages/platforms/expected.json}.
 */
class PlatformTemplatesTest {
    /**
     * What an annotator marked; {@code pageType} is given for a page that is no article (then only it is checked),
     * {@code note} says where the expectation departs from the annotator's marks, and why.
     */
    record Expected(String page, String url, String pageType, String title, List<String> authors, String published,
            String modified, List<String> story, List<String> chrome, String note) {
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
        if (page.pageType() != null) {
            assertEquals(page.pageType(), x.pageType().wireName());
            return;
        }
        assertEquals(PageType.ARTICLE, x.pageType());
        assertEquals(page.title(), x.title());
        assertEquals(page.authors(), x.authors().stream().map(Author::name).toList());
        if (page.published() == null) {
            assertNull(x.published(), "the page shows no publish date");
        } else {
            assertNotNull(x.published(), "no publish date");
            assertEquals(page.published(), x.published().value().toLocalDate().toString());
        }
        if (page.modified() != null) {
            assertNotNull(x.modified(), "no modified date");
            assertEquals(page.modified(), x.modified().value().toLocalDate().toString());
        }
        String text = x.text().replaceAll("\\s+", " ");
        for (String part : page.story()) {
            assertTrue(text.contains(part), "story part missing: " + part + "\n" + x.text());
        }
        for (String part : page.chrome()) {
            assertFalse(text.contains(part), "chrome kept: " + part + "\n" + x.text());
        }
    }
}
