package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each screened query of the engine matches exactly the elements its query matches. */
class ScreenedQueryTest {
    private static final List<ScreenedQuery> QUERIES = List.of(BylineReader.AUTHOR_PLACES, BylineReader.DATE_PLACES,
            BylineReader.DISCUSSION_PLACES,
            BylineReader.ELSEWHERE_PLACES, BylineReader.COMMENT_PLACES, BylineReader.MENUS, BylineReader.PICTURE_PLACES,
            BylineReader.HIDDEN);

    static List<String> fixtures() throws IOException, URISyntaxException {
        return MutatedPagesTest.fixtures().toList();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void matchesWhatItsQueryMatchesOnEveryElementOfAFixture(String fixture) throws IOException {
        assertSameMatches(Jsoup.parse(new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8)),
                fixture);
    }

    /** Marks in every case, beyond ASCII, in other attributes, and on tags the queries name. */
    @Test
    void matchesWhatItsQueryMatchesOnMarksWrittenToTripTheScreen() {
        Document doc = Jsoup.parse("""
                <div class="COMMENTS-area"><p id="Comment-7">a</p><p itemtype="https://schema.org/Comment">b</p></div>
                <div class="post-Webmentions"><span data-class="comment">c</span><span title="related">d</span></div>
                <aside>e</aside><footer class="x">f</footer><nav>g</nav><menu>h</menu><ul class="Main-Menu">i</ul>
                <ul class="navbar">j</ul><ul class="navigate">k</ul><div class="Teaser-Row">l</div>
                <div class="RELATED">m</div><figure>n</figure><span class="photo-CREDIT">o</span>
                <span class="visually-hidden">p</span><span class="HIDDEN-xs">q</span>
                <span style="DISPLAY : none">r</span><span style="display:block">s</span>
                <div class="kommentar guestbook-entry">t</div><div id="condolences">u</div>
                <div class="İmage">v</div><div class="ﬁgure">w</div>
                <a href="/Autoren/mara-lind/">x</a><span data-testid="ByLine">y</span>
                <div class="vcard"><b class="FN">z</b></div>
                <time class="Post-Date">1</time><p id="article-META">2</p><span class="infobox">3</span>
                """);
        assertSameMatches(doc, "tricky marks");
        assertTrue(BylineReader.HIDDEN.matches(doc, doc.selectFirst("[style~=DISPLAY]")));
        assertTrue(BylineReader.MENUS.matches(doc, doc.selectFirst("menu")));
    }

    private static void assertSameMatches(Document doc, String where) {
        for (ScreenedQuery q : QUERIES) {
            for (Element e : doc.getAllElements()) {
                // the message is built only for a failure: a selector path per element would cost more than the check
                assertEquals(q.exact().matches(doc, e), q.matches(doc, e), () -> where + ": " + q + " on "
                        + e.cssSelector());
            }
        }
    }
    /**
     * A reset of a screened query reaches the query inside it: the structural parts of {@code .vcard .fn} remember
     * the elements they were asked of per thread, and a service that read page after page would keep every page
     * they held alive.
     */
    @Test
    void aResetClearsWhatTheQueryInsideRemembers() throws ReflectiveOperationException {
        ScreenedQuery query = ScreenedQuery.of(".vcard .fn", java.util.Set.of("span"), e -> true);
        Document doc = Jsoup.parse("<div class=vcard><p><span class=fn>Ann Lee</span></p></div><span>x</span>");
        PageIndex.of(doc).anyMatch(query, e -> false);
        assertEquals(0, remembered(query.exact(), new java.util.HashSet<>()));
    }

    /** How many elements the structural evaluators in {@code eval} remember on this thread. */
    private static int remembered(Object eval, java.util.Set<Object> seen) throws ReflectiveOperationException {
        if (!(eval instanceof org.jsoup.select.Evaluator) || !seen.add(eval)) {
            return 0;
        }
        int n = 0;
        for (Class<?> c = eval.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(eval);
                if (value instanceof ThreadLocal<?> memo && memo.get() instanceof java.util.Map<?, ?> map) {
                    n += map.size();
                } else if (value instanceof java.util.Collection<?> parts) {
                    for (Object part : parts) {
                        n += remembered(part, seen);
                    }
                } else {
                    n += remembered(value, seen);
                }
            }
        }
        return n;
    }
}
