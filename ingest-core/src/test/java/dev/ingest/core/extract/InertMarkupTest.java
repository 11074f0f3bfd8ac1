package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The markup cut before parsing leaves the tree the parser builds from the whole page, less the cut elements: the
 * same text and the same elements with the same attributes, in the same order. Held on every fixture, on broken
 * variants of each, and on markup written to trip a scan that reads tags less carefully than the tokenizer.
 */
class InertMarkupTest {
    private static final Set<String> FRAME = Set.of("#root", "html", "head", "body");
    /** Broken variants shared by the fixtures (6 to 12 a page), as in {@code MutatedPagesTest}. */
    private static final int VARIANT_BUDGET = 4_000;

    static List<String> fixtures() throws IOException, URISyntaxException {
        return MutatedPagesTest.fixtures().toList();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aFixtureParsesToTheSameTreeLessScriptsStylesSvgAndComments(String fixture) throws IOException {
        String page = new String(ArticleExtractorTest.page(fixture), StandardCharsets.UTF_8);
        assertSameTree(page, fixture);
        int variants = MutatedPagesTest.variantsPerPage(VARIANT_BUDGET, 6, 12);
        for (int seed = 0; seed < variants; seed++) {
            assertSameTree(MutatedPagesTest.mutate(page, new Random(seed * 31L + fixture.hashCode())),
                    fixture + " seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theBytesReadAreTheCharactersKept(String fixture) throws IOException {
        byte[] page = ArticleExtractorTest.page(fixture);
        String kept = InertMarkup.strip(new String(page, StandardCharsets.UTF_8));
        assertEquals(kept, new String(readAll(InertMarkup.strip(page, StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                fixture);
        if (Jsoup.parse(new String(page, StandardCharsets.UTF_8)).select("script:not([type~=ld\\+json]), style, svg")
                .size() > 0) {
            assertTrue(kept.length() < page.length, fixture + ": nothing cut");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // what only looks like a script: in an attribute, a comment, a title, a text area, raw text
        "<p data-tpl=\"<script>x()</script>\" title='<svg>'>Kept <b>text</b></p><script>gone()</script>",
        "<p>a<!-- <script> --></p><p>b</p><script>c()</script><p>d</p>",
        "<title>A <script> in a title</title><p>x</p>",
        "<textarea><style>p{}</style></textarea><p>y</p>",
        "<iframe><script>x</script></iframe><p>after</p>",
        "<noembed><svg><b>z</b></svg></noembed><xmp><style></xmp><p>kept</p>",
        // a script whose text holds markup, end tags in other cases, attributes on end tags
        "<script>document.write('<p>in script</p>')</script><p>out</p>",
        "<SCRIPT type=text/javascript>a<b</ScRiPt ><p>out</p>",
        "<script>if (a</b) {}</script foo=\"bar>\"><p>out</p>",
        "<script><!-- document.write('<script src=a.js></script>'); --></script><p>after</p><script>y()</script>",
        "<script><!-- old(); //--></script><p>after an old script</p>",
        // JSON-LD stays, whatever the case of its type
        "<script type=\"application/LD+JSON\">{\"headline\":\"x\"}</script><p>story</p>",
        "<script type='application/ld+json; charset=utf-8'>{}</script><script type=module>m()</script><p>s</p>",
        // SVG: nested, self-closing, with CDATA, a script, a style, and HTML that breaks out of it
        "<p>a<svg><svg><g/></svg><text>inner</text></svg>b</p>",
        "<p>a<svg/>b<svg viewBox='0 0 1 1'><style>.a{fill:red}</style><script>s('</g>')</script></svg>c</p>",
        "<p>a<svg><![CDATA[ </svg> ]]><path d='M0 0'/></svg>b</p>",
        "<p>a<svg><path/><p>breaks out</p></svg>c</p>",
        "<div><p>a<svg><g><path d=x></div>text after<script>x()</script></g></svg>b</p></div>",
        "<p>a<svg><g><text>t</TEXT></G></svg>b<script>x()</script></p>",
        "<div><svg><foreignObject><div>html inside</div></foreignObject></svg></div><p>after</p>",
        "<svg><title>icon</title></svg><h1>Headline</h1><math><mi>x</mi></math><script>m()</script>",
        // the tokenizer's own ways: "<" inside a tag, quotes in names, unquoted values, "/" between attributes
        "<p class=a<script>x()</script>b</p>",
        // a stray "<" right before a script: cut, it would join the letters after it into a tag
        "<p>Docs<<script>alert('x')</script>etica, sans-serif</p><p>Docs<<style>p{}</style>/a></p>",
        "<p <script>y()</script>>c</p>",
        "<head<script>alert('x')</script><p>x",
        "<div<script>x()</script>b</div><script>y()</script>",
        "<p a\"b=c data-x=1/2 / id=k>text<script>z()</script></p>",
        "<p title=\"x\"<script>w()</script>>q</p>",
        // comments of every shape, a bogus comment, a doctype, a processing instruction
        "<!DOCTYPE html><!-- a --><p>x<!-- b -- c -->y<!---->z</p><?xml x?><p>w</p>",
        "<p>a<!--> b</p><script>c()</script><p>d</p>",
        "<p>a<!-- b --!> c</p><script>d()</script><p>e</p>",
        // what never ends: a script, a style, an SVG, a comment, a tag
        "<p>a</p><script>never(",
        "<p>a</p><style>p{}",
        "<p>a<svg><g>",
        "<p>a</p><!-- open",
        "<p>a</p><div class=\"open",
        // a script in the head, before the head, after the body; a style in a table and a select
        "<script>a()</script><html><head><script>b()</script><title>T</title></head><body><p>x</p></body></html>"
            + "<script>c()</script>",
        "<svg><g/></svg><head><link rel=stylesheet href=a.css><title>T</title></head><p>x</p>",
        // a link left open and closed by a block's end is copied back at the image's start tag
        "<div class=social><a href=/in aria-label=LinkedIn></div></article></main></body></html><svg width=16><path d='M1 2'/></svg></a></div>\n<p>after</p>",
        "<table><style>td{}</style><tr><td>1<script>x()</script></td></tr></table>",
        "<select><style>o{}</style><option>one<script>o()</script></select><p>after</p>",
        "<plaintext><script>x()</script>",
    })
    void trickyMarkupParsesToTheSameTree(String html) {
        assertSameTree(html, html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<p>Hi<script>track()</script> there</p>|<p>Hi there</p>",
        "<p>Hi<!-- note --> there</p>|<p>Hi there</p>",
        "<style>p{}</style><p>x<svg><path d='M0'/></svg>y</p>|<p>x<svg></svg>y</p>",
        "<a href=/in><svg width=16 viewBox='0 0 448 512'><path d='M100 448H7'/></svg></a>|<a href=/in><svg width=16 viewBox='0 0 448 512'></svg></a>",
        "<p>a<svg/>b</p>|<p>a<svg/>b</p>",
        "<script type=application/ld+json>{}</script><script>x</script>|<script type=application/ld+json>{}</script>",
        "<p data-x='<script>'>a</p>|<p data-x='<script>'>a</p>",
        "<p>a</p><script>never(|<p>a</p><script>never(",
        "<p>a</p><script>x</script><math></math><script>y</script>|<p>a</p><math></math><script>y</script>",
    })
    void cutsWhatItShouldAndNothingElse(String html, String kept) {
        assertEquals(kept, InertMarkup.strip(html));
    }

    @Test
    void readsBytesOneAtATimeOrInBlocksAlike() throws IOException {
        byte[] page = "<p>é<script>x</script>ü<!-- c --></p><style>s</style>".getBytes(StandardCharsets.UTF_8);
        byte[] expected = "<p>éü</p>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, readAll(InertMarkup.strip(page, StandardCharsets.UTF_8)));
        InputStream one = InertMarkup.strip(page, StandardCharsets.UTF_8);
        List<Byte> bytes = new ArrayList<>();
        for (int b = one.read(); b >= 0; b = one.read()) {
            bytes.add((byte) b);
        }
        byte[] read = new byte[bytes.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = bytes.get(i);
        }
        assertArrayEquals(expected, read);
        assertEquals(0, InertMarkup.strip(page, StandardCharsets.UTF_8).read(new byte[4], 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, true", "windows-1252, true", "ISO-8859-5, true", "KOI8-R, true", "UTF-16LE, false",
        "Shift_JIS, false", "GBK, false", "ISO-2022-JP, false", "IBM037, false"})
    void cutsBytesOnlyInCharsetsThatWriteMarkupAsAscii(String charset, boolean ascii) throws IOException {
        Charset cs = Charset.forName(charset);
        assertEquals(ascii, InertMarkup.markupIsAscii(cs), charset);
        byte[] page = "<p>a<script>b</script>c</p>".getBytes(cs);
        String read = new String(readAll(InertMarkup.strip(page, cs)), cs);
        assertEquals(ascii ? "<p>ac</p>" : "<p>a<script>b</script>c</p>", read, charset);
    }

    @Test
    void theExtractorReadsAPageInAnotherCharsetWithoutItsScripts() {
        byte[] page = "<html><head><meta charset=shift_jis><title>見出し</title></head><body><h1>見出し</h1>"
                .concat("<script>var t = '<p>スクリプト</p>';</script><p>本文の段落です。これは記事の本文です。</p></body></html>")
                .getBytes(Charset.forName("Shift_JIS"));
        var x = new ArticleExtractor().extract(page, "text/html; charset=Shift_JIS", "https://news.example/a",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertEquals("見出し", x.title());
        assertFalse(x.text().contains("スクリプト"), x.text());
        assertTrue(x.text().contains("本文の段落です"), x.text());
    }

    /**
     * Parsing the cut markup gives the whole page's tree less scripts (but JSON-LD), style sheets, SVG images and
     * comments: the same text, and the same elements in document order with the same attributes. An element the
     * parser moves between head and body (a link after an SVG in the head) keeps its place in that order.
     */
    private static void assertSameTree(String html, String where) {
        Document whole = Jsoup.parse(html, "https://news.example/");
        Document cut = Jsoup.parse(InertMarkup.strip(html), "https://news.example/");
        withoutInert(whole);
        withoutInert(cut);
        assertEquals(whole.text(), cut.text(), where + ": text");
        assertEquals(elements(whole), elements(cut), where + ": elements");
    }

    private static void withoutInert(Document doc) {
        for (Element e : doc.select("svg, style")) {
            e.remove();
        }
        for (Element e : doc.select("script")) {
            if (!e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                e.remove();
            }
        }
        List<Node> comments = new ArrayList<>();
        doc.forEachNode(n -> {
            if (n instanceof Comment) {
                comments.add(n);
            }
        });
        comments.forEach(Node::remove);
    }

    private static List<String> elements(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (!FRAME.contains(e.normalName())) {
                out.add(e.normalName() + e.attributes().html() + (e.dataNodes().isEmpty() ? "" : " " + e.data()));
            }
        }
        return out;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
