package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Extraction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every record keeps, whatever is done to the page: each fixture is broken in many seeded ways (tags cut
 * out, blocks duplicated, unclosed and stray tags, broken entities, truncation, scripts and handlers injected) and
 * every variant must give a record whose HTML has no script, style, frame, event handler or script URL, whose text
 * is NFC, and that is the same when extracted twice. A failure names the fixture and the seed that breaks it.
 */
class MutatedPagesTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    /**
     * Variants over all fixtures: spread evenly, so that the test's time stays about the same as fixtures are added
     * (each page still gets {@link #MIN_VARIANTS} or more, and no more than {@link #MAX_VARIANTS}).
     */
    private static final int VARIANT_BUDGET = 8_000;
    private static final int MIN_VARIANTS = 8;
    private static final int MAX_VARIANTS = 40;
    private static final String INJECTED = "<script>alert('x')</script><p onclick=\"steal()\">Injected text "
            + "<img src=\"javascript:steal()\" onerror=\"steal()\"><a href=\"javascript:steal()\">link</a></p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(MutatedPagesTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertFalse(pages.isEmpty(), "no fixture pages found under /pages");
            return pages.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyVariantGivesACleanStableRecord(String fixture) throws IOException {
        String page = new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8);
        int variants = variantsPerPage(VARIANT_BUDGET, MIN_VARIANTS, MAX_VARIANTS);
        for (int seed = 0; seed < variants; seed++) {
            String variant = mutate(page, new Random(seed * 7919L + fixture.hashCode()));
            String where = fixture + " seed " + seed;
            Extraction first = extract(variant);
            assertNotNull(first, where);
            String unsafe = unsafe(first.html());
            assertTrue(unsafe.isEmpty(), where + ": unsafe html kept: " + unsafe + "\n" + first.html());
            assertTrue(Normalizer.isNormalized(first.text(), Normalizer.Form.NFC), where + ": text not NFC");
            assertEquals(first, extract(variant), where + ": a second extraction differs");
        }
    }

    /** {@code budget} variants spread over the fixture pages, at least {@code min} and at most {@code max} a page. */
    static int variantsPerPage(int budget, int min, int max) {
        return Math.max(min, Math.min(max, budget / FixtureCount.PAGES));
    }

    /** The number of fixture pages, counted once. */
    private static final class FixtureCount {
        static final int PAGES = count();

        private static int count() {
            try {
                return (int) fixtures().count();
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The first element or attribute of {@code html} that could run code or load a frame; empty when none. */
    private static String unsafe(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.nameIs("script") || e.nameIs("style") || e.nameIs("iframe") || e.nameIs("object")) {
                return e.outerHtml();
            }
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                        || a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    return a.html();
                }
            }
        }
        return "";
    }

    private Extraction extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                "https://site.example/2026/11/story", FETCHED, ExtractionRules.NONE);
    }

    /** Two to six structural edits, chosen and placed by {@code random}. */
    static String mutate(String page, Random random) {
        StringBuilder s = new StringBuilder(page);
        int edits = 2 + random.nextInt(5);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            int end = Math.min(s.length(), at + random.nextInt(2_000));
            switch (random.nextInt(8)) {
                case 0 -> s.delete(at, end); // a stretch of markup and text gone
                case 1 -> s.insert(at, s.substring(at, end)); // a block repeated
                case 2 -> s.insert(at, "<div><section><article><p>"); // opened, never closed
                case 3 -> s.insert(at, "</div></article></main></body></html>"); // closed too early
                case 4 -> s.insert(at, "&#xD800;&amp&#99999999;&nbsp&"); // broken and out-of-range entities
                case 5 -> s.setLength(at); // the transfer cut off
                case 6 -> s.insert(at, INJECTED);
                default -> s.insert(at, "<h1>" + "Nested ".repeat(random.nextInt(20)) + "<h1><h2>Headline</h1>");
            }
        }
        return s.toString();
    }
}
