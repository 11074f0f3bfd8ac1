package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each safelist rule the sanitiser writes out by itself, on small HTML: the expected output, and the same output as
 * jsoup's {@link Cleaner} with the same safelist printed without pretty-printing, which is what the sanitiser stands
 * in for. The fixture pages, whole and mutated, are checked against that cleaner too.
 */
class SanitiserTest {
    private static final String BASE = "https://news.example/world/story";

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("unsafe tag unwrapped, its content kept",
                        "<div><nav>Menu <b>bold</b></nav> and <font color=red>red</font></div>",
                        "<div>Menu <b>bold</b> and red</div>"),
                Arguments.of("script and style content dropped",
                        "<div>a<script>alert(1)</script><style>p{}</style>b</div>",
                        "<div>ab</div>"),
                Arguments.of("unsafe root unwrapped",
                        "<aside><p>One</p><p>Two</p></aside>",
                        "<p>One</p><p>Two</p>"),
                Arguments.of("only safelisted attributes kept, in source order",
                        "<p onclick=\"x()\" class=c id=i>Hi <img width=300 onerror=\"x()\" alt=A src=/i.png></p>",
                        "<p>Hi <img width=\"300\" alt=\"A\" src=\"https://news.example/i.png\"></p>"),
                Arguments.of("added tags and their attributes",
                        "<figure><time datetime=2024-01-02 class=t>2 Jan</time><abbr title=\"World Health\">WHO"
                                + "</abbr><mark>m</mark></figure>",
                        "<figure><time datetime=\"2024-01-02\">2 Jan</time><abbr title=\"World Health\">WHO</abbr>"
                                + "<mark>m</mark></figure>"),
                Arguments.of("script URL dropped, nofollow kept",
                        "<p><a href=\"javascript:alert(1)\">x</a></p>",
                        "<p><a rel=\"nofollow\">x</a></p>"),
                Arguments.of("mail and ftp links kept",
                        "<p><a href=\"mailto:desk@news.example\">m</a> <a href=\"ftp://files.example/f\">f</a></p>",
                        "<p><a href=\"mailto:desk@news.example\" rel=\"nofollow\">m</a> "
                                + "<a href=\"ftp://files.example/f\" rel=\"nofollow\">f</a></p>"),
                Arguments.of("citation and image protocols",
                        "<blockquote cite=\"javascript:x\">q</blockquote><q cite=\"/src\">s</q>"
                                + "<img src=\"ftp://files.example/i.png\">",
                        "<blockquote>q</blockquote><q cite=\"https://news.example/src\">s</q><img>"),
                Arguments.of("relative links made absolute; own host without nofollow",
                        "<p><a href=\"../b?q=1#f\">b</a> <a href=\"HTTPS://NEWS.example/c\">c</a> "
                                + "<a href=\"https://other.example/x\">x</a> <a>none</a></p>",
                        "<p><a href=\"https://news.example/b?q=1#f\">b</a> <a href=\"https://NEWS.example/c\">c</a>"
                                + " <a href=\"https://other.example/x\" rel=\"nofollow\">x</a> "
                                + "<a rel=\"nofollow\">none</a></p>"),
                Arguments.of("a source rel=nofollow stays in place on the own host, moves last elsewhere",
                        "<p><a rel=nofollow href=/in>in</a><a rel=nofollow href=\"https://other.example/\">out</a>"
                                + "<a rel=noopener href=/x>x</a></p>",
                        "<p><a rel=\"nofollow\" href=\"https://news.example/in\">in</a>"
                                + "<a href=\"https://other.example/\" rel=\"nofollow\">out</a>"
                                + "<a href=\"https://news.example/x\">x</a></p>"),
                Arguments.of("text escaping",
                        "<p>a &amp; b &lt;c&gt; \"q\" 'a' \u00a0 é &#x1F600; \ttab</p>",
                        "<p>a &amp; b &lt;c&gt; \"q\" 'a' &nbsp; é \uD83D\uDE00 \ttab</p>"),
                Arguments.of("attribute escaping",
                        "<abbr title=\"say &quot;hi&quot; &amp; 'bye' <x>\u00a0\">t</abbr>",
                        "<abbr title=\"say &quot;hi&quot; &amp; 'bye' &lt;x&gt;&nbsp;\">t</abbr>"),
                Arguments.of("void elements",
                        "<div>a<br>b<hr><img src=/x.png><col></div>",
                        "<div>a<br>b<hr><img src=\"https://news.example/x.png\"></div>"),
                Arguments.of("empty elements",
                        "<div><p></p><span></span><b><script>x</script></b></div>",
                        "<div><p></p><span></span><b></b></div>"),
                Arguments.of("comments dropped",
                        "<div>a<!-- secret -->b</div>",
                        "<div>ab</div>"),
                Arguments.of("leading newline of pre kept twice as the printer writes it",
                        "<pre>\n\ncode</pre><pre><script>x</script>\nafter</pre><pre><b>\nb</b></pre>",
                        "<pre>\n\ncode</pre><pre>\n\nafter</pre><pre><b>\nb</b></pre>"),
                Arguments.of("foreign element with a safe name: empty, self-closed once its tag was seen so",
                        "<div><svg><a href=\"/x\"/><a href=\"/y\"></a><title>t</title></svg></div>",
                        "<div><a href=\"https://news.example/x\" /><a href=\"https://news.example/y\" />t</div>"),
                Arguments.of("CDATA in HTML is a comment",
                        "<div>a<![CDATA[x<y]]>b</div>",
                        "<div>ab</div>"),
                Arguments.of("pixels dropped",
                        "<p>a<img src=/p.gif width=1 height=1><img src=/s.gif width=0px>"
                                + "<img src=\"https://t.example/beacon?x\"><img src=/track/1.png>"
                                + "<img src=\"https://sb.scorecardresearch.com/p?c1=2&amp;c2=22315478\" alt=\"\">b</p>",
                        "<p>ab</p>"),
                Arguments.of("lazy images promoted",
                        "<p><img data-src=\"/lazy.jpg 1x\" alt=a><img src=\"data:image/gif;base64,R0\" "
                                + "data-original=\"https://cdn.example/o.jpg\">"
                                + "<img data-src=\" \" data-lazy-src=/l.png></p>",
                        "<p><img alt=\"a\" src=\"https://news.example/lazy.jpg\">"
                                + "<img src=\"https://cdn.example/o.jpg\">"
                                + "<img src=\"https://news.example/l.png\"></p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void writesWhatTheCleanerWouldHave(String rule, String body, String expected) {
        assertEquals(expected, sanitised(body, BASE, Document::body), rule);
        assertEquals(cleaned(body, BASE, Document::body), sanitised(body, BASE, Document::body), rule);
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreEscapedAsJsoupDoes() {
        Function<Document, List<Element>> roots = doc -> {
            Element p = doc.body().appendElement("p");
            p.appendText("a\u0001b\uD800c\uDC00d\uD83D\uDE00e\u007f");
            p.attr("title", "x\u0002\uDBFF");
            Element abbr = doc.body().appendElement("abbr").attr("title", "x\u0002\uDBFF");
            return List.of(p, abbr);
        };
        String html = sanitise(Jsoup.parse("", BASE), roots);
        assertEquals("<p>a&#x1;b&#xd800;c&#xdc00;d\uD83D\uDE00e\u007f</p><abbr title=\"x&#x2;&#xdbff;\"></abbr>", html);
        assertEquals(clean(Jsoup.parse("", BASE), roots), html);
    }

    @Test
    void aPageBaseHrefMovesLazyImagesOnlyAsBefore() {
        String page = "<html><head><base href=\"https://cdn.example/assets/\"></head><body><div><a href=\"x\">x</a>"
                + "<img data-src=\"i.png\"></div></body></html>";
        String html = sanitise(Jsoup.parse(page, BASE), Document::body);
        assertEquals("<div><a href=\"https://news.example/world/x\">x</a>"
                + "<img src=\"https://cdn.example/assets/i.png\"></div>", html);
        assertEquals(clean(Jsoup.parse(page, BASE), Document::body), html);
    }

    @Test
    void anElementMadeWithItsOwnBaseResolvesAgainstIt() {
        Function<Document, List<Element>> roots = doc -> {
            Element own = new Element(Tag.valueOf("div"), "https://elsewhere.example/dir/");
            own.appendElement("a").attr("href", "page").text("p");
            Element span = doc.createElement("span");
            span.appendChild(own);
            doc.body().appendChild(span);
            return List.of(span);
        };
        String html = sanitise(Jsoup.parse("", BASE), roots);
        // and that base's host is the link's own: no nofollow
        assertEquals("<span><div><a href=\"https://elsewhere.example/dir/page\">p</a></div></span>", html);
        assertEquals(clean(Jsoup.parse("", BASE), roots), html);
    }

    @Test
    void withoutABaseRelativeLinksAreDropped() {
        String body = "<p><a href=\"/a\">a</a><a href=\"https://x.example/\">x</a><img src=i.png></p>";
        String html = sanitised(body, null, Document::body);
        assertEquals("<p><a rel=\"nofollow\">a</a><a href=\"https://x.example/\" rel=\"nofollow\">x</a><img></p>",
                html);
        assertEquals(cleaned(body, "", Document::body), html);
        assertEquals(html, sanitised(body, "  ", Document::body));
    }

    @Test
    void aPixelRootIsKeptAsTheCleanerKeptIt() {
        Function<Document, List<Element>> roots = doc -> List.of(doc.selectFirst("img"), doc.selectFirst("p"));
        String body = "<img src=/p.gif width=1 height=1 data-src=/lazy.png><p>story</p>";
        String html = sanitised(body, BASE, roots);
        assertEquals("<img src=\"https://news.example/p.gif\" width=\"1\" height=\"1\"><p>story</p>", html);
        assertEquals(cleaned(body, BASE, roots), html);
    }

    @Test
    void rootsInsideRootsComeOutAsTheCleanerSawThemMoved() {
        String body = "<div id=outer><p id=a>a <img src=/1x1.gif></p><p id=b>b <img data-src=/l.png></p></div>"
                + "<p id=c>c</p>";
        Function<Document, List<Element>> nested = doc -> List.of(doc.getElementById("outer"),
                doc.getElementById("a"));
        assertEquals("<div><p>b <img src=\"https://news.example/l.png\"></p></div><p>a </p>",
                sanitised(body, BASE, nested));
        assertEquals(cleaned(body, BASE, nested), sanitised(body, BASE, nested));
        Function<Document, List<Element>> twice = doc -> List.of(doc.getElementById("c"), doc.getElementById("a"),
                doc.getElementById("c"));
        assertEquals("<p>a </p><p>c</p>", sanitised(body, BASE, twice));
        assertEquals(cleaned(body, BASE, twice), sanitised(body, BASE, twice));
        Function<Document, List<Element>> innerFirst = doc -> List.of(doc.getElementById("b"),
                doc.getElementById("outer"));
        assertEquals(cleaned(body, BASE, innerFirst), sanitised(body, BASE, innerFirst));
    }

    @Test
    void deepNestingIsWalkedWithoutRecursion() {
        String body = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);
        String html = sanitised(body, BASE, Document::body);
        assertTrue(html.startsWith("<div><div>") && html.contains("deep"), html.substring(0, 40));
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        return MutatedPagesTest.fixtures();
    }

    /** Whole fixture pages, every block-level element as a root, and mutated variants of them. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturePagesComeOutAsTheCleanerWroteThem(String fixture) throws IOException {
        String page = new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8);
        List<String> variants = new ArrayList<>(List.of(page));
        // the fixtures share 2 000 variants (4 to 8 a page), as in MutatedPagesTest
        int count = MutatedPagesTest.variantsPerPage(2_000, 4, 8);
        for (int seed = 0; seed < count; seed++) {
            variants.add(MutatedPagesTest.mutate(page, new Random(seed * 31L + fixture.hashCode())));
        }
        Function<Document, List<Element>> body = doc -> List.of(doc.body());
        Function<Document, List<Element>> blocks = doc -> doc.body().children();
        Function<Document, List<Element>> overlapping = doc -> doc.select("div, p");
        for (int i = 0; i < variants.size(); i++) {
            String html = variants.get(i);
            for (Function<Document, List<Element>> roots : List.of(body, blocks, overlapping)) {
                assertEquals(clean(Jsoup.parse(html, BASE), roots), sanitise(Jsoup.parse(html, BASE), roots),
                        fixture + " variant " + i);
            }
        }
    }

    private static String sanitised(String body, String base, Function<Document, ?> roots) {
        return sanitise(Jsoup.parse(body, base == null ? "" : base), rootsOf(roots), base);
    }

    private static String cleaned(String body, String base, Function<Document, ?> roots) {
        return clean(Jsoup.parse(body, base), rootsOf(roots));
    }

    private static String sanitise(Document doc, Function<Document, ?> roots) {
        return sanitise(doc, rootsOf(roots), doc.location());
    }

    private static String sanitise(Document doc, Function<Document, List<Element>> roots, String base) {
        return Sanitiser.sanitise(roots.apply(doc), base);
    }

    /** {@code Document::body} stands for the body's children, as the extractor passes story blocks, not a body. */
    @SuppressWarnings("unchecked")
    private static Function<Document, List<Element>> rootsOf(Function<Document, ?> roots) {
        return doc -> {
            Object got = roots.apply(doc);
            return got instanceof Element e && e == doc.body() ? new ArrayList<>(e.children()) : (List<Element>) got;
        };
    }

    /** What the sanitiser did with jsoup's cleaner: the roots moved into a shell, cleaned, printed plainly. */
    private static String clean(Document doc, Function<Document, ?> roots) {
        List<Element> list = rootsOf(roots).apply(doc);
        Document shell = Document.createShell(doc.location());
        for (Element root : list) {
            root.select("img").forEach(img -> {
                if (Sanitiser.isPixel(img)) {
                    img.remove();
                } else if (!img.hasAttr("src") || img.attr("src").startsWith("data:")) {
                    for (String n : List.of("data-src", "data-original", "data-lazy-src", "data-srcset")) {
                        if (img.hasAttr(n) && !img.attr(n).isBlank()) {
                            String lazy = img.absUrl(n).isEmpty() ? img.attr(n) : img.absUrl(n);
                            img.attr("src", lazy.split("\\s")[0]);
                            break;
                        }
                    }
                }
            });
            shell.body().appendChild(root);
        }
        Document clean = new Cleaner(Sanitiser.SAFELIST).clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
