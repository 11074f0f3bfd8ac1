package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index answers a query over the elements it lists as {@code doc.select} answers it over the whole page. */
class PageIndexTest {
    /** A page whose headline markup comes in every case and spelling jsoup's class test accepts. */
    private static final String PAGE = "<html><head><title>Dam opens</title>"
            + "<meta itemprop=\"headline\" content=\"Dam opens\"></head><body>"
            + "<header><h1 class=\"site-title\">Harbour Gazette</h1></header>"
            + "<article><h1 class=\"Entry-Title\">Dam opens</h1><span itemprop=\" Headline \">Dam opens</span>"
            + "<div class=\"entry-tıtle\">dotless i</div><div class=\"HEADLİNE big\">dotted capital I</div>"
            + "<p class=\"post-title-wrap\">not a title class</p><h2 class=\"x post-title\">Second</h2>"
            + "<div class=\"article-title\">Third</div><h3 class=\"headline\">Fourth</h3>"
            + "<div class=\"subtitle\">no</div><div class=\"deadline\">no</div></article>"
            + "<aside><h2>More news</h2></aside></body></html>";

    @ParameterizedTest
    @ValueSource(strings = {"h1, [itemprop=headline], .entry-title, .post-title, .article-title, .headline, h2",
        "h1, [itemprop=headline]:not(meta), .entry-title, .post-title, .article-title", ".headline", "h2",
        "[itemprop=headline]", ".entry-title"})
    void headlineCandidatesHoldEveryHeadlineMatch(String query) {
        Document doc = Jsoup.parse(PAGE);
        PageIndex index = PageIndex.of(doc);
        var eval = QueryParser.parse(query);
        assertEquals(doc.select(eval), index.select(eval, index.headlineCandidates()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[class~=(?i)title|heading]:not(meta, title)"})
    void titleClassedElementsHoldEveryTitleClassMatch(String query) {
        Document doc = Jsoup.parse(PAGE.replace("class=\"deadline\"", "class=\"Sub-Heading\""));
        PageIndex index = PageIndex.of(doc);
        var eval = QueryParser.parse(query);
        assertEquals(doc.select(eval), index.select(eval, index.titleOrHeadingClassed()));
    }

    /**
     * Each set of class marks gives, in page order, the elements whose class list holds one of its stems, whichever
     * set is asked first and however the sets' stems share a class list.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TITLE_OR_HEADING", "UPDATE", "FIELD_LABEL"})
    void classMarksGiveTheElementsHoldingTheirStems(String first) {
        Document doc = Jsoup.parse(PAGE.replace("class=\"deadline\"", "class=\"Field-Label post-Updated\"")
                + "<p class=\"news-article__updated\">Updated</p><div class=\"field__label title\">Author</div>"
                + "<span class=\"last-modified\">x</span><span class=\"lastUpdate\">y</span>");
        PageIndex index = PageIndex.of(doc);
        index.classedWith(PageIndex.ClassMarks.valueOf(first));
        for (PageIndex.ClassMarks marks : PageIndex.ClassMarks.values()) {
            var expected = doc.getAllElements().stream().filter(e -> marks.in(e.className())).toList();
            assertEquals(expected, index.classedWith(marks), marks.name());
        }
        assertEquals(4, index.classedWith(PageIndex.ClassMarks.UPDATE).size());
        assertEquals(2, index.classedWith(PageIndex.ClassMarks.FIELD_LABEL).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a[rel~=(?i)\\btag\\b]", "a[rel~=(?i)\\bauthor\\b]"})
    void linksWithRelHoldEveryRelLinkMatch(String query) {
        Document doc = Jsoup.parse("<p><a href=/t/dam rel=tag>Dam</a> <a href=/u/mara REL=\"Author\">Mara</a>"
                + " <a href=/x rel=\"nofollow tag\">x</a> <a href=/y>y</a> <a rel=author>no href</a>"
                + " <link rel=author href=/z></p>");
        PageIndex index = PageIndex.of(doc);
        var eval = QueryParser.parse(query);
        assertEquals(doc.select(eval), index.select(eval, index.linksWithRel()));
    }

    /** Every element the hints call a comment section is among those the index lists as maybe one, in page order. */
    @org.junit.jupiter.api.Test
    void discussionMarkedHoldsEveryCommentSection() {
        Document doc = Jsoup.parse("<html><body><article><p>Story</p></article>"
                + "<section id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">"
                + "<li class=\"comment byuser\">Nice</li></ol></section><div role=\"complementary\">x</div>"
                + "<div class=\"KOMMENTARE\">y</div><disqus-thread>z</disqus-thread><div id=\"respond\">r</div>"
                + "<div class=\"related\">no</div><div class=\"commentary-col\">column</div></body></html>");
        PageIndex index = PageIndex.of(doc);
        java.util.List<org.jsoup.nodes.Element> sections = index.all().stream()
                .filter(e -> Hints.of(e) == Hints.Kind.DISCUSSION).toList();
        assertEquals(true, sections.size() >= 4, () -> "comment sections on the page: " + sections);
        assertEquals(true, index.discussionMarked().containsAll(sections), () -> index.discussionMarked().toString());
        assertEquals(index.all().stream().filter(index.discussionMarked()::contains).toList(),
                index.discussionMarked(), "in document order, each once");
    }
}
