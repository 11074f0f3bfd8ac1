package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractor seen from outside, as the pipeline uses it: where dates, titles and authors come from in the common
 * page shapes, and that page chrome does not reach the text. Table-driven; pages are built from one small template.
 */
class ExtractorMetadataTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    private static final String BODY = "<p>The council met on Thursday to decide how the harbour budget will be split "
            + "between the new ferry pier, the repairs to the sea wall and the winter lighting on the promenade.</p>"
            + "<p>Several residents spoke in favour of the lighting, saying the promenade is too dark after four in "
            + "the afternoon, while the harbour master asked for the pier to come first.</p>"
            + "<p>A final decision is expected before the end of the year, after the finance committee has looked at "
            + "the costs of each project again.</p>";

    private static Extraction extract(String head, String beforeBody, String url) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
                + beforeBody + BODY + "</article><footer>© 2026 Harbour Gazette</footer></body></html>";
        return new ArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", url,
                FETCHED, ExtractionRules.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON-LD datePublished | <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget","datePublished":"2026-11-27T09:30:00+01:00"}</script> | | 2026-11-27T08:30:00Z | jsonld
            JSON-LD @graph        | <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"G"},{"@type":["Article","NewsArticle"],"headline":"Budget","datePublished":"2026-11-26T18:00:00Z"}]}</script> | | 2026-11-26T18:00:00Z | jsonld
            JSON-LD HowTo         | <script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Budget","datePublished":"2026-11-23T22:06:08Z"}</script> | | 2026-11-23T22:06:08Z | jsonld
            video uploadDate      | <meta itemprop="uploadDate" content="2026-11-24T18:15:00Z"> | | 2026-11-24T18:15:00Z | microdata
            time element          | | <p class="byline"><time datetime="2026-11-25T07:00:00+00:00">25 November 2026</time></p> | 2026-11-25T07:00:00Z | time
            relative byline       | | <p class="byline">By Mara Holm · Published about 23 hours ago</p> | 2026-11-27T13:00:00Z | byline
            tooltip of an age     | | <div class="byline-row"><span class="byline-text">Story by Mara Holm</span> • <span class="byline-time" title="Saturday, November 28, 2026 at 1:54 AM">3h</span> • <span class="read-time">3 min read</span></div> | 2026-11-28T01:54:00Z | byline
            short age             | | <div class="byline-row"><span class="byline-text">Story by Mara Holm</span> • <span class="byline-time">3h</span> • <span class="read-time">3 min read</span></div> | 2026-11-28T09:00:00Z | byline
            short age in days     | | <div class="byline-row"><span class="byline-text">Story by Mara Holm</span> <span class="post-time">2d</span></div> | 2026-11-26T12:00:00Z | byline
            empty credit after it | | <div class="text-muted">Nov 24, 2026, 09:00 AM By</div> | 2026-11-24T09:00:00Z | byline
            top bar's day, then an age | | <div class="topbar-today-date">Saturday, 28 November 2026</div><h1>Harbour budget split</h1><div class="post-meta"><span class="date meta-item">5 days ago</span></div> | 2026-11-23T12:00:00Z | byline
            a nav's day, then an age | | <nav class="has-date-breaking-components"><span>Saturday, 28 November 2026</span></nav><h1>Harbour budget split</h1><div class="post-meta"><span class="date meta-item">5 days ago</span></div> | 2026-11-23T12:00:00Z | byline
            day first by its twin | | <div class="fsDateTime"><span class="fsLabel">Posted</span> <time datetime="2026-11-09T07:15:00+10:00" class="fsDate">09/11/2026</time></div> | 2026-11-08T21:15:00Z | time
            microformat tooltip   | | <p class="byline">By Mara Holm, <abbr class="published" title="2026-11-20T09:00:00+01:00">last Friday</abbr></p> | 2026-11-20T08:00:00Z | byline
            """)
    void readsThePublishDateAndWhereItCameFrom(String name, String head, String before, String instant,
                                              String source) {
        Extraction e = extract(head == null ? "" : head, before == null ? "" : before,
                "https://harbour.example/news/budget.html");
        assertNotNull(e.published(), name);
        assertEquals(OffsetDateTime.parse(instant).toInstant(), e.published().value().toInstant(), name);
        assertEquals(source, e.published().source().wireName(), name);
    }

    /**
     * A site that runs a partner's story under its own account credits the writer in a line among the story's first:
     * that line names the author, less the outlet the story says published it. A person the byline names stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Greenvale Commons | Teresa Halvorsen
            Mara Holm         | Mara Holm
            """)
    void aSiteAccountGivesWayToTheCreditOpeningTheStory(String byline, String expected) {
        String html = "<!doctype html><html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Greenvale"
                + " Commons\"><title>Sable Creek to stop delivering babies</title></head><body><article><h1>Sable Creek"
                + " to stop delivering babies</h1><p class=\"byline\">By <a href=\"/author/x/\">" + byline + "</a></p>"
                + "<div class=\"post-content\"><p>Expectant parents will have to drive more than an hour.</p><p>This"
                + " article was originally published by Prairie Watch and is republished here under a Creative Commons"
                + " license.</p><p><strong>By Teresa Halvorsen, Prairie Watch</strong></p>" + BODY + "</div></article>"
                + "</body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://greenvale.example/sable-creek", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of(expected), e.authors().stream().map(Author::name).toList());
    }

    /**
     * A report the site's keeper ("webmaster") or its desk ("Redasaun", Tetum) posted and its writer signed at its
     * end ("Relazione di …") is the writer's; a person the byline names stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            webmaster | Chiara Morandini
            Redasaun  | Chiara Morandini
            Mara Holm | Mara Holm
            """)
    void theSitesKeeperGivesWayToTheWriterSigningTheReport(String byline, String expected) {
        String html = "<!doctype html><html lang=\"it\"><head><title>Traversata al Pizzo Rosso</title></head><body>"
                + "<article><h1>Traversata al Pizzo Rosso</h1><p class=\"byline\">By <a href=\"/author/x/\">" + byline
                + "</a></p><div class=\"entry-content\">" + BODY + "<p class=\"has-text-align-right\"><em>Relazione di"
                + " Chiara Morandini</em></p></div></article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://caivalmorana.example/2026/11/pizzo-rosso/", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of(expected), e.authors().stream().map(Author::name).toList());
    }

    /**
     * A page credited only by the author box after the story: the box's name, not the first name its "More stories by
     * Niamh" link repeats.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            More stories by Niamh
            All articles by Niamh
            """)
    void anAuthorBoxsLinkToMoreStoriesIsNoByline(String link) {
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body><article>"
                + "<h1>Harbour budget</h1>" + BODY + "<div class=\"about-author\"><h3>About the author</h3><img src=\""
                + "/staff/niamh.jpg\" alt=\"\"><h4>Niamh Trevellick</h4><p>Niamh covers the town council for the"
                + " Echo.</p><p><a href=\"/author/niamh-trevellick\">" + link + "</a></p></div></article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://echo.example/news/budget", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of("Niamh Trevellick"), e.authors().stream().map(Author::name).toList(), link);
    }

    /**
     * A label a template sets in an element of its own before the name is no part of it, in a language the credit
     * patterns do not know: Drupal's field label, or a short first element ending in a colon or a Tibetan shad, past an
     * avatar. A first element with neither mark is the name's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="field field--name-field-reporter field--label-inline"><div class="field__label">Gabaasaa</div><div class="field__item">Tolasaa Gammachuu</div></div> | Tolasaa Gammachuu
            <div class="jeg_meta_author"><img src="/a.png" alt=""><span class="meta_text">སྙན་ཞུ་བ།</span> <a href="/archives/author/sonam">བསོད་ནམས་དབང་མོ</a></div> | བསོད་ནམས་དབང་མོ
            <div class="post-author"><span>Bericht:</span> <span>Jana Novak</span></div>                                                                                 | Jana Novak
            <div class="post-author"><strong>Jana</strong> Novak</div>                                                                                                     | Jana Novak
            """)
    void aLabelSetApartBeforeTheNameIsNoPartOfIt(String byline, String expected) {
        Extraction e = extract("", "<h1>Harbour budget split</h1>" + byline, "https://harbour.example/news/budget");
        assertEquals(List.of(expected), e.authors().stream().map(Author::name).toList(), byline);
    }

    /**
     * The date block inside an author's box, classed for the author and its date, names no one, and its text is no
     * part of the box's credit; an Italian or Corsican "/autori/" link is an author's page, as a Slovenian
     * "/avtorji/" one is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="mvp-author-info-wrap"><div class="mvp-author-info-date"><p>Paskelbta</p> <span>prieš 19 dienų</span></div><div class="mvp-author-info-name"><p>Autorė</p> <span><a href="/author/vaida/">Vaida Petrauskienė</a></span></div></div> | Vaida Petrauskienė
            <div class="byline"><span class="byline__date">Publicado hace 3 días</span> <span class="byline__name">Ana Ruiz</span></div>                                                                  | Ana Ruiz
            <span class="field field--name-field-testu"><span class="field__label">Testu</span> <span class="field__item"><a href="/autori/ghjuvanna-santucci">Ghjuvanna Santucci</a></span></span>    | Ghjuvanna Santucci
            <div class="field field--name-field-besedilo"><div class="field__label">Besedilo</div><div class="field__item"><a href="/avtorji/nina-hribar">Nina Hribar</a></div></div>         | Nina Hribar
            """)
    void aDateBlockInAnAuthorsBoxIsNoName(String byline, String expected) {
        Extraction e = extract("", "<h1>Harbour budget split</h1>" + byline, "https://harbour.example/news/budget");
        assertEquals(List.of(expected), e.authors().stream().map(Author::name).toList(), byline);
    }

    /**
     * Authors' links each wrapped alone (RDFa's person and name) in one line credit everyone the line names, not only
     * the first.
     */
    @Test
    void wrappedAuthorLinksInOneLineCreditEveryone() {
        Extraction e = extract("", "<h1>Harbour budget split</h1><footer class=\"blog-post-meta\">by <span"
                + " property=\"author\" typeof=\"Person\"><span property=\"name\"><a href=\"/author/lbenavente/\">Lucía"
                + " Benavente</a></span></span> and <span property=\"author\" typeof=\"Person\"><span property=\"name\">"
                + "<a href=\"/author/toyelaran/\">Tobi Oyelaran</a></span></span> | on 19 NOV 2026 | in <a"
                + " href=\"/category/tutorials/\">Tutorials</a></footer>", "https://harbour.example/news/budget");
        assertEquals(List.of("Lucía Benavente", "Tobi Oyelaran"), e.authors().stream().map(Author::name).toList());
    }

    /**
     * A line crediting two writers links each to the profile its own link gives, a writer without a link to none;
     * one name keeps the line's one link ("Beitrag von <a>r23</a>").
     */
    @Test
    void eachWriterInOneLineHasTheLinkThatNamesThem() {
        Extraction two = extract("", "<h1>Douze caisses de pommes</h1><p class=\"post-meta\">Publié le 8 novembre 2026"
                + " · par <a href=\"/a-propos/#margaux\">Margaux Lefèvre</a> et <a href=\"/a-propos/#theo\">Théo"
                + " Barrault</a> · 7 min de lecture</p>", "https://verger.example/billets/pressoir/");
        assertEquals(List.of("https://verger.example/a-propos/#margaux", "https://verger.example/a-propos/#theo"),
                two.authors().stream().map(Author::url).toList());
        Extraction oneLinked = extract("", "<h1>Harbour budget split</h1><p class=\"byline\">By <a"
                + " href=\"/author/ann-roe/\">Ann Roe</a> and Bo Lindqvist</p>", "https://harbour.example/news/budget");
        assertEquals(java.util.Arrays.asList("https://harbour.example/author/ann-roe/", null),
                oneLinked.authors().stream().map(Author::url).toList());
    }

    /** Joomla's first account ("Super User"), declared as the author of what it posted, is no writer. */
    @Test
    void joomlasFirstAccountIsNoWriter() {
        Extraction e = extract("<meta name=\"author\" content=\"Super User\">", "<h1>Tank restored by the village"
                + "</h1><p>The farmers' society finished the work in November, two months ahead of the rains, with"
                + " every household sending one person to the work days.</p>", "https://paper.example/tank-restored");
        assertTrue(e.authors().stream().noneMatch(a -> a.name().equals("Super User")), e.authors().toString());
    }

    /** An author's card whose role, after the name, is the photographer's names no writer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Govvejeaddji
            Photographer
            Fotógrafa
            """)
    void aPhotographersCardNamesNoWriter(String role) {
        Extraction e = extract("", "<h1>Harbour budget split</h1><ul class=\"byline\"><li class=\"byline__author\"><a"
                + " class=\"byline__author-name\" href=\"/bargit/sunna\">Sunná Marja Eira</a><span class=\"byline__role\">"
                + "Journalista</span></li><li class=\"byline__author\"><span class=\"byline__author-name\">Ánte Mikkel"
                + " Labba</span><span class=\"byline__role\">" + role + "</span></li></ul>",
                "https://harbour.example/news/budget");
        assertEquals(List.of("Sunná Marja Eira"), e.authors().stream().map(Author::name).toList(), role);
    }

    /**
     * A {@code <time>} whose attribute is in UTC and whose text shows the next day (or the day before) is on the day
     * readers saw, the same instant; one whose text shows its own day stays as it is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nov 25 | 2026-11-25
            Nov 24 | 2026-11-24
            """)
    void aTimeElementIsOnTheDayItsTextShows(String shown, String day) {
        Extraction e = extract("", "<h1>Harbour budget split</h1><p class=\"byline\">By Mara Holm</p><p><time"
                + " datetime=\"2026-11-24T21:40:12Z\" itemprop=\"datePublished\">" + shown + "</time></p>",
                "https://harbour.example/news/budget.html");
        assertEquals(day, e.published().value().toLocalDate().toString(), shown);
        assertEquals(OffsetDateTime.parse("2026-11-24T21:40:12Z").toInstant(), e.published().value().toInstant());
    }

    /**
     * A stamp in UTC moves to the publisher's clock, the same instant; a day without a time ("24/11/2026", midnight
     * in UTC for want of a zone) stays that day.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-25T01:30Z | 2026-11-24T22:30-03:00
            2026-11-24T00:00Z | 2026-11-24T00:00-03:00
            2026-11-24T09:00+01:00 | 2026-11-24T09:00+01:00
            """)
    void aUtcStampMovesToThePublishersClockADayDoesNot(String given, String expected) {
        assertEquals(OffsetDateTime.parse(expected), ArticleExtractor.onPageClock(new DatedValue(
                OffsetDateTime.parse(given), DateSource.META), java.time.ZoneOffset.ofHours(-3)).value());
    }

    /** A reaction's author (a comment by another name) is no byline; an XHTML page's xml:lang is its language. */
    @org.junit.jupiter.api.Test
    void aReactionsAuthorIsNoBylineAndXmlLangIsTheLanguage() {
        String html = "<html xml:lang=\"el\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Ελαιόλαδο</title>"
                + "</head><body><h1>Ελαιόλαδο</h1><div class=\"story\"><p>" + "Με τιμή παραγωγού στα πέντε ευρώ το κιλό"
                + " άνοιξε φέτος η αγορά του ελαιολάδου στην περιοχή, λένε οι παραγωγοί. ".repeat(4) + "</p></div><div"
                + " class=\"reactions\"><div class=\"reaction-auteur\">Σάμης Τάζου <span>25-11-2026</span></div><p>Πολύ"
                + " καλό άρθρο.</p></div></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://akti.example/news/elaiolado", FETCHED,
                ExtractionRules.NONE);
        assertEquals("el", e.language());
        assertEquals(List.of(), e.authors());
    }

    /** "Posted" and a weekday before the date, on a line of its own: the day the post went up. */
    @org.junit.jupiter.api.Test
    void readsAPostedLineWithAWeekday() {
        String html = "<html><head><title>Ferry fares rise</title></head><body><table><tr><td><span class=\"headline\">"
                + "Ferry fares rise</span><br><span class=\"posted\">Posted Thursday, November 19, 2026 5:42 PM</span>"
                + "<div>" + BODY + "</div></td></tr></table></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://sentinel.example/news/story.aspx?id=48817",
                FETCHED, ExtractionRules.NONE);
        assertNotNull(e.published());
        assertEquals("2026-11-19", e.published().value().toLocalDate().toString());
    }

    /** A sidebar's "Author" heading over a bio and other sections credits no link further down ("RSS Feed"). */
    @org.junit.jupiter.api.Test
    void aSidebarsAuthorHeadingOverABioCreditsNoLinkBelow() {
        String html = "<!doctype html><html lang=\"en\"><head><title>Winter roast</title></head><body><div"
                + " class=\"blog-post\"><h2 class=\"blog-title\">Winter roast</h2>" + BODY + "</div><div"
                + " class=\"blog-sidebar\"><h2>Author</h2><div><img src=\"/owner.jpg\" alt=\"\"></div><div>Teodora"
                + " opened the roastery in a converted feed store in 2017.</div><h2>Archives</h2><div><a href=\"/a/11\">"
                + "November 2026</a></div><a href=\"/1/feed\">RSS Feed</a></div></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://roast.example/blog/winter", FETCHED,
                ExtractionRules.NONE);
        assertFalse(e.authors().stream().anyMatch(a -> a.name().contains("RSS")), e.authors().toString());
    }

    /** A reading time or a clip's length by the byline is no age: "5 min", "3 min read", "12m". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <span class="read-time">5 min</span>
            <span class="read-time">3 min read</span>
            <span class="video-time">12m</span>
            <span class="byline-time" title="Share this story">Share</span>
            """)
    void aReadingTimeIsNoAge(String shown) {
        Extraction e = extract("", "<div class=\"byline-row\"><span class=\"byline-text\">Story by Mara Holm</span> "
                + shown + "</div>", "https://harbour.example/news/budget.html");
        assertNull(e.published(), shown);
    }

    /**
     * A site builder's post dated only by a slashed date under its title, which the headline reader does not reach
     * (the title is an h2 in a post list): the byline reader reads it in the page's month order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | 2026-11-03
            en-US | 2026-11-03
            en-GB | 2026-03-11
            de    | 2026-03-11
            """)
    void aSlashedByBylineDateReadsInThePagesMonthOrder(String lang, String day) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Why our sourdough takes three days"
                + "</title></head><body><div class=\"blog-post\"><div class=\"blog-header\"><h2 class=\"blog-title\">"
                + "<a href=\"/blog/sourdough\">Why our sourdough takes three days</a></h2><p class=\"blog-date\">"
                + "<span class=\"date-text\">11/3/2026</span></p></div><div class=\"blog-content\">" + BODY
                + "</div></div></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://bakery.example/blog/sourdough", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published(), lang);
        assertEquals(day, e.published().value().toLocalDate().toString(), lang);
        assertEquals(DateSource.BYLINE, e.published().source(), lang);
    }

    /**
     * A time shown or declared without an offset on a page in Chinese, Japanese or Korean is a time where those
     * languages are written (+08:00, +09:00, all year); elsewhere as before. A time declared in UTC on such a page is
     * the same instant on the publisher's clock; one declared at another offset keeps it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ja    | | <p class="date">2026年11月18日 21:40</p> | 2026-11-18T21:40+09:00
            ko-KR | | <p class="date">2026. 11. 18. 21:40</p> | 2026-11-18T21:40+09:00
            zh-TW | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","datePublished":"2026-11-18T08:15:00"}</script> | | 2026-11-18T08:15+08:00
            zh    | <meta property="article:published_time" content="2026-11-18T08:15:00+00:00"> | | 2026-11-18T16:15+08:00
            ja    | <meta property="article:published_time" content="2026-11-21T23:00:00Z"> | | 2026-11-22T08:00+09:00
            de    | <meta property="article:published_time" content="2026-07-01T22:30:00Z"> | | 2026-07-02T00:30+02:00
            zh    | <meta property="article:published_time" content="2026-11-18T08:15:00+05:30"> | | 2026-11-18T08:15+05:30
            en    | <meta property="article:published_time" content="2026-11-18T23:15:00Z"> | | 2026-11-18T23:15Z
            en    | | <p class="date">18 November 2026 21:40</p> | 2026-11-18T21:40Z
            """)
    void aTimeWithoutOffsetIsLocalWhereThePagesLanguageKeepsOne(String lang, String head, String before,
            String expected) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head>" + (head == null ? "" : head)
                + "</head><body><article><h1>Harbour budget</h1>" + (before == null ? "" : before) + BODY
                + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published(), lang);
        assertEquals(OffsetDateTime.parse(expected), e.published().value(), lang);
    }

    /**
     * The site's top bar shows the day of the fetch above the headline: it dates nothing while something else does. A
     * credit in the same line as the date, in a field of its own, makes no sentence of it, and the shown local time
     * gives the declared UTC instant its day; a Thai time ends with "น.".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            top bar's today, declared date  | en | <div class="topbar"><span class="today">Saturday, 28 November 2026</span></div> | <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour budget","datePublished":"2026-11-20"}</script> | | 2026-11-20
            credit and date in one line      | en | | '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour budget","datePublished":"2026-11-24T21:10:00Z"}</script>' | '<div class="item-info"><span>By Sara Mohammadi-Nia Rahimzadeh</span> <span>| Wednesday 25 November 2026 - 00:40</span> <span>| 3481 views</span></div>' | 2026-11-25
            date after a long credit         | en | | '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour budget","datePublished":"2026-11-27T04:40:00Z"}</script>' | '<div class="entry-meta"><span class="byline">By <a href="/author/priya">Priya Natarajan</a> and <a href="/author/tom">Tom Kessler</a></span> <time class="entry-date">Nov. 26, 2026, 11:40 p.m. ET</time></div>' | 2026-11-26
            an update's time comes first     | en | | | '<ul class="meta-group"><li>Updated <time datetime="2026-11-25T08:47:31Z">3 days ago</time></li><li><time datetime="2026-09-16T14:08:52Z" title="Created 2026-09-16 14:08"><svg></svg></time></li></ul>' | 2026-09-16
            shown time over a teaser's day   | en | | '<meta property="article:published_time" content="2026-11-27T21:05:00.000Z">' | '<div class="meta"><time datetime="2026-11-27T21:05:00.000Z">November 28 2026 - 8:05am</time></div><ul class="latest"><li><a href="/s/1">Saleyards record prime lamb prices</a> <span>27 Nov 2026</span></li></ul>' | 2026-11-28
            posted by a writer with a role   | en | | | <p class="meta">Posted by <a href="/news/author/helena-strood/">Helena Strood</a>, Communications Officer on 12 November 2026 · <a href="/news/events/">Events</a></p><ul class="events"><li><time datetime="2026-11-28">28 Nov 2026</time> to <time datetime="2027-01-04">4 Jan 2027</time> Lantern trail</li></ul> | 2026-11-12
            Thai time                        | th | | | <div class="meta">โดย ปิยะพงษ์ ศรีสวัสดิ์ <time>27 พฤศจิกายน 2569 14:05 น.</time></div> | 2026-11-27
            """)
    void readsTheDateByTheHeadline(String name, String lang, String top, String head, String meta, String day) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Harbour budget</title>"
                + (head == null ? "" : head) + "</head><body>" + (top == null ? "" : top) + "<article><h1>Harbour "
                + "budget</h1>" + (meta == null ? "" : meta) + BODY + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published(), name);
        assertEquals(day, e.published().value().toLocalDate().toString(), name);
    }

    /**
     * A blog platform shows a post of this year as "Nov 4" and declares it in UTC: the day shown settles the declared
     * instant's day when they are a day apart, and says nothing against a declared date further off or on its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            evening post declared in UTC  | 2026-11-05T03:12:44Z | <li class="post-metadata__date">Nov 4</li><li>4 min read</li> | 2026-11-04T23:12:44-04:00
            same day                      | 2026-11-04T15:00:00Z | <li class="post-metadata__date">Nov 4</li><li>4 min read</li> | 2026-11-04T15:00:00Z
            a month off                   | 2026-10-05T03:12:44Z | <li class="post-metadata__date">Nov 4</li><li>4 min read</li> | 2026-10-05T03:12:44Z
            shown with its year           | 2026-11-05T03:12:44Z | <li class="post-metadata__date">Nov 4, 2026</li>                | 2026-11-04T23:12:44-04:00
            """)
    void aMonthAndDayShownWithoutAYearSettlesTheDeclaredDay(String name, String declared, String meta,
            String expected) {
        Extraction e = extract("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":"
                + "\"Harbour budget\",\"datePublished\":\"" + declared + "\"}</script>", "<ul>" + meta + "</ul>",
                "https://harbour.example/post/harbour-budget");
        assertEquals(OffsetDateTime.parse(expected), e.published().value(), name);
    }

    /**
     * A page of no known zone, or UTC for want of another, states its clock by a time it shows: a UTC date declared
     * goes on that clock, the same instant on the day its readers saw.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            update line in IST       | en    | <p class="meta">Updated: Nov 27, 2026 22:41 IST</p> | 2026-11-27T00:50+05:30
            no time shown            | en    | <p class="meta">Chennai</p>                          | 2026-11-26T19:20Z
            the place's clock stands | en-GB | <p class="meta">Updated: Nov 27, 2026 22:41 IST</p> | 2026-11-26T19:20Z
            """)
    void aTimeShownWithItsZoneSetsTheClockOfADeclaredUtcDate(String name, String lang, String meta,
            String expected) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Harbour budget</title><script type="
                + "\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour budget\","
                + "\"datePublished\":\"2026-11-26T19:20:00Z\"}</script></head><body><article><h1>Harbour budget</h1>"
                + meta + BODY + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals(OffsetDateTime.parse(expected), x.published().value(), name);
    }

    /**
     * A script-built page (an intranet's news post) marks its headline for assistive technology alone: the date shown
     * under it dates the page, not a later card's date further down.
     */
    @Test
    void aHeadingMarkedByItsRoleAloneLeadsToTheDateUnderIt() {
        String html = "<!doctype html><html lang=\"en-GB\"><head><title>Harbour budget</title></head><body>"
                + "<div class=\"titleRegionTextArea\"><div role=\"heading\" aria-level=\"1\">Harbour budget</div>"
                + "<div data-automation-id=\"publishDate\"><span>Published 06/11/2026</span></div></div>" + BODY
                + "<div class=\"newsCardMeta\"><span>Sam Other</span> <span>12/11/2026</span></div></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published());
        assertEquals("2026-11-06", e.published().value().toLocalDate().toString());
    }

    /**
     * A page of the table-layout era sets its headline in a large bold font, not a heading: the date under it dates the
     * page, not a bold line of section links that holds a part of the title.
     */
    @Test
    void aHeadlineInABoldFontLeadsToTheDateUnderIt() {
        String html = "<!doctype html><html lang=\"en\"><head><title>Courier - Local News - Council keeps Depot Street"
                + " bridge open</title></head><body><table><tr><td><font><b><a href=/news/>Local News</a> <a href=/s/>"
                + "Sports</a></b></font></td><td><font size=5><b>Council keeps Depot Street bridge open with new limit"
                + "</b></font><br><font size=1>Posted Thursday, November 19, 2026</font><br><br><font size=2>" + BODY
                + "</font></td><td><font>Events <b>Dec 5, 2026</b> Craft fair</font></td></tr></table></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://courier.example/news/bridge.html", FETCHED,
                ExtractionRules.NONE);
        assertNotNull(e.published());
        assertEquals("2026-11-19", e.published().value().toLocalDate().toString());
    }

    @Test
    void aMonthAndDayAloneDatesNothing() {
        Extraction e = extract("", "<ul><li class=\"post-metadata__date\">Nov 4</li></ul>",
                "https://harbour.example/post/harbour-budget");
        assertNull(e.published());
    }

    /**
     * A blog generator that dates the post only in the sidebar's card about it ("Posted on 31 October 2026"): read
     * when nothing else dates the page; a reader's comment saying so is not.
     */
    @Test
    void aPostedOnLineOfItsOwnDatesThePageWhenNothingElseDoes() {
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body><article>"
                + "<h1>Harbour budget</h1>" + BODY + "</article><div class=\"bd-sidebar\">"
                + "<div class=\"ablog__postcard\"><h2><span>Posted on 31 October 2026</span></h2></div></div>"
                + "</body></html>";
        Extraction dated = new ArticleExtractor().extract(html, "https://harbour.example/blog/harbour-budget",
                FETCHED, ExtractionRules.NONE);
        assertEquals("2026-10-31", dated.published().value().toLocalDate().toString());
        String inComment = html.replace("<div class=\"bd-sidebar\">", "<div class=\"comments\">");
        assertNull(new ArticleExtractor().extract(inComment, "https://harbour.example/blog/harbour-budget",
                FETCHED, ExtractionRules.NONE).published());
    }

    /** A second story on the page, marked up as the first is, credits its own writer, not the page's story. */
    @Test
    void aSecondStorysMarkedAuthorsAreNotTheStorys() {
        String story = "<article itemscope itemtype=\"http://schema.org/NewsArticle\">"
                + "<h%d itemprop=\"headline\">%s</h%d><p class=\"byline\"><span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">By "
                + "<a href=\"/users/%s\" rel=\"author\"><span itemprop=\"name\">%s</span></a></span></p>" + BODY
                + "</article>";
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body>"
                + String.format(story, 1, "Harbour budget", 1, "mholm", "Mara Holm")
                + String.format(story, 2, "Drive-in reopens", 2, "aprewitt", "Alison Prewitt") + "</body></html>";
        List<String> authors = new ArticleExtractor().extract(html, "https://harbour.example/budget", FETCHED,
                ExtractionRules.NONE).authors().stream().map(Author::name).toList();
        assertEquals(List.of("Mara Holm"), authors);
    }

    /**
     * A label in an element of its own before a weekday and a time ("Updated: Wed 7:10 AM, Nov 25, 2026") says which
     * shown date is the update: the shown publish day then settles a UTC stamp of the next day.
     */
    @Test
    void aLabelBeforeTheWeekdayAndTimeNamesTheShownDate() {
        Extraction e = extract("<meta property=\"article:published_time\" content=\"2026-11-25T03:42:18Z\">",
                "<div class=\"wnDate\"><span class=\"label\">Posted:</span> <span>Tue 9:42 PM, Nov 24, 2026</span>"
                + " <span>|</span> <span class=\"label\">Updated:</span> <span>Wed 7:10 AM, Nov 25, 2026</span></div>",
                "https://harbour.example/story/51839407/budget");
        assertEquals("2026-11-24", e.published().value().toLocalDate().toString());
    }

    /**
     * A stamp declared in UTC on a page that states no zone is the publisher's day when the page's {@code <time>}
     * gives the same instant at its offset.
     */
    @Test
    void theTimeElementsOffsetGivesAUtcStampItsLocalDay() {
        String meta = "<meta property=\"article:published_time\" content=\"2026-11-08T18:48:12+00:00\">";
        // Twenty Twelve's closing line: the date deep in a sentence, after the post's categories and tags
        String footer = "<footer class=\"entry-meta\">This entry was posted in <a href=\"/category/garden/\">"
                + "Garden diary</a>, <a href=\"/category/harbour/\">Harbour</a> and tagged <a href=\"/tag/budget/\">"
                + "budget</a>, <a href=\"/tag/ferry/\">ferry</a>, <a href=\"/tag/lighting/\">lighting</a> on "
                + "<a href=\"/2026/11/09/b/\"><time class=\"entry-date\" datetime=\"%s\">November 9, 2026</time></a>"
                + "<span class=\"by-author\"> by <span class=\"author vcard\"><a href=\"/author/ruth/\" "
                + "rel=\"author\">Ruth Abernathy</a></span></span>.</footer>";
        String html = "<!doctype html><html lang=\"en\"><head>" + meta + "<title>Harbour budget</title></head><body>"
                + "<article><h1>Harbour budget</h1>" + BODY + String.format(footer, "2026-11-09T07:48:12+13:00")
                + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://harbour.example/b", FETCHED, ExtractionRules.NONE);
        assertEquals("2026-11-09T07:48:12+13:00", e.published().value().toString());
    }

    /**
     * A page that declares its dates in UTC and shows its publish time on its own clock states that clock by the two:
     * "10:45 PM" shown for 16:45Z is +06:00, and the update declared at 19:12Z is 01:12 the next day there. A shown
     * time that is no whole quarter hour from the declared one is another time, and states no clock.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10:45 PM | 2026-11-24T22:45+06:00 | 2026-11-25T01:12+06:00
            4:45 PM  | 2026-11-24T16:45Z      | 2026-11-24T19:12Z
            10:52 PM | 2026-11-24T16:45Z      | 2026-11-24T19:12Z
            """)
    void aShownTimeBesideADeclaredUtcStampStatesThePagesClock(String shownTime, String published, String modified) {
        String meta = "<meta property=\"article:published_time\" content=\"2026-11-24T16:45:00+00:00\">"
                + "<meta property=\"article:modified_time\" content=\"2026-11-24T19:12:00+00:00\">";
        String html = "<!doctype html><html lang=\"en\"><head>" + meta + "<title>Salt farmers</title></head><body>"
                + "<article><h1>Salt farmers halt harvest</h1><div class=\"date\">Published: " + shownTime
                + ", Nov 24, 2026</div>" + BODY + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://dhaka.example/n/4021187", FETCHED,
                ExtractionRules.NONE);
        assertEquals(published, e.published().value().toString());
        assertEquals(modified, e.modified().value().toString());
    }

    /**
     * The theme's maker, credited in the site's footer with {@code rel="author"} ("Tema: ColorMag por <a
     * rel=author>ThemeGrill</a>"), wrote no story; a post's own footer crediting its writer so still does.
     */
    @Test
    void aThemeCreditInTheSiteFooterIsNoAuthor() {
        String siteFooter = "<footer id=\"colophon\"><div class=\"copyright\">© 2026 Gravana Notícias.<br>Tema: ColorMag"
                + " por <a href=\"https://themegrill.example/colormag\" rel=\"author\">ThemeGrill</a>.</div></footer>";
        String html = "<!doctype html><html lang=\"pt\"><head><title>Porto</title></head><body><article><h1>Porto</h1>"
                + "<div class=\"byline\">Por <a href=\"/author/aldina/\" rel=\"author\">Aldina Vaz</a> e <a"
                + " href=\"/author/helder/\" rel=\"author\">Hélder Pontes</a></div>" + BODY + "</article>" + siteFooter
                + "</body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://gravana.example/p", FETCHED, ExtractionRules.NONE);
        assertEquals(List.of("Aldina Vaz", "Hélder Pontes"), e.authors().stream().map(Author::name).toList());
        assertEquals(List.of("Aldina Vaz", "Hélder Pontes"), MetaReader.relAuthors(Jsoup.parse(html)).stream()
                .map(Author::name).toList());
    }

    /** "2 days ago" at noon on the 28th is the 25th or the 26th: the address's "/2026/11/25/" settles it. */
    @Test
    void aCountOfDaysAgoTakesTheDayTheAddressNames() {
        Extraction e = extract("", "<p class=\"byline\">By Mara Holm · 2 days ago</p>",
                "https://harbour.example/news/2026/11/25/harbour-budget");
        assertNotNull(e.published());
        assertEquals("2026-11-25", e.published().value().toLocalDate().toString());
        assertEquals(DateSource.BYLINE, e.published().source());
        Extraction undated = extract("", "<p class=\"byline\">By Mara Holm · 2 days ago</p>",
                "https://harbour.example/news/harbour-budget");
        assertEquals("2026-11-26", undated.published().value().toLocalDate().toString());
    }

    @Test
    void aDateInTheUrlIsTheLastResort() {
        Extraction e = extract("", "", "https://harbour.example/2026/11/21/budget-vote/");
        assertNotNull(e.published());
        assertEquals("2026-11-21", e.published().value().toLocalDate().toString());
        assertEquals(DateSource.URL, e.published().source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            site suffix in title     ^ <title>Harbour budget split three ways | Harbour Gazette</title> ^ <h1>Harbour budget split three ways</h1> ^ Harbour budget split three ways
            dash suffix in title     ^ <title>Harbour budget split three ways – Harbour Gazette</title> ^ <h2>Harbour budget split three ways</h2> ^ Harbour budget split three ways
            og:title wins over title ^ <title>Gazette</title><meta property="og:title" content="Budget split three ways"> ^ <h1>Budget split three ways</h1> ^ Budget split three ways
            kicker only in og:title  ^ <meta property="og:title" content="Climate: Drilling until the rock gets hot"> ^ <h2 class="entry-title">Drilling until the rock gets hot</h2> ^ Drilling until the rock gets hot
            headline set in capitals ^ <title>Avalanche courses for beginners | Alpine Club</title> ^ <h1>AVALANCHE COURSES FOR BEGINNERS</h1> ^ AVALANCHE COURSES FOR BEGINNERS
            kicker set before a colon ^ <meta property="og:title" content="Heat planning: Why towns shelve their district heating"> ^ <h2 class="font-brandUI font-extrabold"><span class="block font-bold">Heat planning</span><span>Why towns shelve their district heating</span></h2> ^ Why towns shelve their district heating
            site's name in the h1    ^ <title>Roads renewed in the hills - News - County Council</title><meta property="og:title" content="Roads renewed in the hills - County Council"> ^ <h1 class="sr-only">County Council</h1><h4>Roads renewed in the hills</h4> ^ Roads renewed in the hills
            module's name in the h1  ^ <title>News Flash • Harbour City</title><meta property="og:title" content="Bridge works begin December 1"> ^ <h1>News Flash</h1><h3 class="subhead1">Bridge works begin December 1</h3> ^ Bridge works begin December 1
            """)
    void readsTheHeadlineNotTheSiteName(String name, String head, String before, String title) {
        assertEquals(title, extract(head, before, "https://harbour.example/a").title(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two names in a byline | | <p class="byline">By Mara Holm and Jonas Ekwall</p> | Mara Holm;Jonas Ekwall
            meta author           | <meta name="author" content="Ines Ortega"> | | Ines Ortega
            JSON-LD author list   | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":[{"@type":"Person","name":"Ines Ortega"},{"@type":"Person","name":"Tomasz Wilk"}]}</script> | | Ines Ortega;Tomasz Wilk
            site as meta author, person in byline | <meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette"> | <p class="byline">By Mara Holm</p> | Mara Holm
            the house when no person is named     | <meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette"> | | Harbour Gazette
            organisation in JSON-LD, person in byline | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Organization","name":"Harbour Rowing Club e.V."}}</script> | <p class="byline">Von Jonas Ekwall</p> | Jonas Ekwall
            host name as author, person in byline | <meta name="author" content="Harbour"> | <p class="byline">By Mara Holm</p> | Mara Holm
            user name in JSON-LD, name in meta    | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"ines.ortega"}}</script><meta name="author" content="Ines Ortega"> | | Ines Ortega
            initials in meta, name in byline      | <meta name="author" content="IO"> | <p class="byline">By Ines Ortega</p> | Ines Ortega
            credentials in the byline             | <meta name="author" content="Ines Ortega"> | <p class="byline">By Ines Ortega, PhD</p> | Ines Ortega, PhD
            two credentials in the byline         | <meta name="author" content="Ines Ortega"> | <p class="byline">By Ines Ortega, BSN, RN</p> | Ines Ortega, BSN, RN
            contributors' names above their roles | | <div class="byline-Contributors"><div class="Contributor"><span class="TextContributorName">Harriet Okonjo</span><span class="ContributorRole">Environment correspondent</span></div><div class="Contributor"><span class="TextContributorName">Declan Fairweather</span><span class="ContributorRole">Harbour News, North Fenshire</span></div></div> | Harriet Okonjo;Declan Fairweather
            a nickname linking to the writer's blog | | <div class="bar-content"><span class="article-type">原创</span><a class="follow-nickName " href="/weixin_5381">阿澈不想加班</a><span class="time">于 2026-11-20 10:12:33 发布</span></div> | 阿澈不想加班
            label element then the name           | | <div class="meta"><h5>Datum:</h5> 03.11.2026<br><h5>Autor:</h5> Jonas Ekwall/SP-X</div> | Jonas Ekwall/SP-X
            label inside a line of facts          | | <div class="info">Datum: 19.11.2026 Autor: Fritz Imhof Quelle: Harbour Gazette</div> | Fritz Imhof
            posted on a date by someone           | | <div class="entry-meta">Posted on November 21, 2026 by Adi Tal</div> | Adi Tal
            posted a date in figures by someone   | | <p><font size="1"><i>Report posted 10/11/2026 by Geoff Pennington (Hon. Secretary)</i></font></p> | Geoff Pennington
            posted on, a colon, by an office      | | <div class="ReleaseDateSubHeaddateTime">Posted On: 18 NOV 2026 12:41AM by NPB Delhi</div> | NPB Delhi
            cards of writer, editor, fact checker | | <div class="Byline_byline__c7" data-testid="byline"><div class="Byline_team__p0"><div class="Byline_person__R2" data-testid="byline-author"><div><span class="Byline_role__8t">Written by</span><a href="/authors/marisol-okafor/" class="Byline_name__1q">Marisol Okafor</a></div></div><div class="Byline_person__R2" data-testid="byline-editor"><div><span class="Byline_role__8t">Edited by</span><a href="/authors/dana-whitfield/" class="Byline_name__1q">Dana Whitfield</a></div></div><div class="Byline_person__R2" data-testid="byline-factchecker"><div><span class="Byline_role__8t">Fact checked by</span><a href="/authors/ruben-castellanos/" class="Byline_name__1q">Ruben Castellanos</a></div></div></div></div> | Marisol Okafor
            a German article credit               | | <div class="metaInfo">Ein Artikel von <strong>Pamela Berg</strong> · 27.01.2026 - 12:45</div> | Pamela Berg
            a French label with a space           | | <p>Auteur : Kossi Tia</p><p>Edition : M-A. Pierron</p> | Kossi Tia
            link to the author page               | | <div class="meta"><a href="/author/mara-holm/">Mara Holm</a> · 2 min</div> | Mara Holm
            profile link to another site          | | <div class="social"><a href="https://social.example/profile/sam-other">Sam Other</a></div><p class="byline">By Mara Holm</p> | Mara Holm
            author page in a menu                 | | <ul class="dropdown-menu"><li><a href="/autor/juan-perez.html">Juan Perez</a></li></ul><p class="byline">Por Ana Díaz</p> | Ana Díaz
            author element with a follow button   | | <div class="author-info"><a href="/u/ines">Ines Ortega</a> <span>Follow</span></div> | Ines Ortega
            user name inside a forum credit       | | <p class="author"><span>Beitrag</span><span>von <a class="username" href="/memberlist.php?u=5">r23</a> »</span> 21.01.2026</p> | r23
            "By the numbers" is no byline         | | <p>By the numbers: 4 piers</p><p class="byline">By Mara Holm</p> | Mara Holm
            byline in the teaser with the headline | | <div class="module-imageTeaser"><h1>Budget</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Berg</strong></div></div> | Pamela Berg
            byline of a related story             | | <div class="related-posts"><p class="byline">By Sam Other</p></div><p class="byline">By Mara Holm</p> | Mara Holm
            the story's own footer                | | <footer class="entry-footer"><span class="posted-by">Posted by <a href="/author/mara-holm/">Mara Holm</a></span></footer> | Mara Holm
            a label word in code is no label      | | <pre><span>text:</span> element_text(size)</pre><p class="byline">By Mara Holm</p> | Mara Holm
            hosts of an episode                   | | <p class="episode__hosts">Hosted by <a href="/people/lena-park">Lena Park</a> and <a href="/people/omar-haddad">Omar Haddad</a></p> | Lena Park;Omar Haddad
            a linked name, then the desk          | | <div class="byline"><a rel="author" href="/authors/jo-lee">Jo Lee</a> <span class="byline__role">Harbour Desk Lead</span></div> | Jo Lee
            agency of a wire story's dateline     | | <p>Hamburg (dpa/lno) – The council met on Thursday, the harbour master said.</p> | dpa/lno
            copyright holder when nobody is named | | | Harbour Gazette
            copyright meta when nobody is named   | <meta name="copyright" content="© 2026 Harbour Media Group. All rights reserved."> | | Harbour Media Group
            copyright holder before its tax number | <meta name="copyright" content="© 2007–2026 АО «Ардатон». ИНН 7404065218, ОГРН 1077404001234"> | | АО «Ардатон»
            copyright word twice                  | <meta name="copyright" content="Copyright © 2026 Copyright Harbour Media Group"> | | Harbour Media Group
            copyright holder and its address      | <meta name="copyright" content="© 2026 Fieldnote Audio Collective, Oakland, California."> | | Fieldnote Audio Collective
            copyright of several people           | <meta name="copyright" content="© Copyright 2024, Ana Lindqvist, Tomás Ruiz and contributors."> | | Ana Lindqvist;Tomás Ruiz
            source label run into the name        | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Priya Raman"}}</script> | <div class="byline"><span class="byline__prefix">By</span> <span class="byline__author">Priya Raman</span> <span class="byline__source">Newswire</span></div> | Priya Raman
            role label glued to the name          | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Sanna Kettunen"}}</script> | <div class="Byline_info"><a class="Byline_name" href="/toimittajat/sanna-kettunen">Sanna Kettunen</a><span class="Byline_title">toimittaja</span></div> | Sanna Kettunen
            capitalised role glued to the name    | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Delphine Aubertin-Cole"}}</script> | <div class="Byline_text"><span>By <a class="Byline_author" href="/by/delphine-aubertin-cole">Delphine Aubertin-Cole</a></span><span class="Byline_role">Advice Columnist</span></div> | Delphine Aubertin-Cole
            the site's address beside the name    | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Rūta Jankauskaitė"}}</script> | <span class="author-chip__name"><a href="/autoriai/ruta-jankauskaite">Rūta Jankauskaitė</a>, harbour.example</span> | Rūta Jankauskaitė
            first name declared, full name shown  | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Priya"}}</script> | <p class="byline">By Priya Raman</p> | Priya Raman
            fuller list of the same credit        | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Ines Ortega"}}</script><meta name="author" content="Ines Ortega, Tomasz Wilk"> | | Ines Ortega;Tomasz Wilk
            hidden snippet card, shown credit line | <meta name="author" content="Hazel Wren"> | <span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/hazel/">Hazel Wren</a></span></span><p><strong>Von Mara Holm</strong></p> | Mara Holm
            hidden snippet card alone             | | <span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/hazel/">Hazel Wren</a></span></span> | Hazel Wren
            two-letter handle as meta author       | <meta name="author" content="mh"> | | mh
            roster of columnists is no byline     | <meta name="author" content="Hazel Wren"> | <ul class="sub"><li><a href="/author/mara-holm">Mara Holm</a></li><li><a href="/author/jonas-ekwall">Jonas Ekwall</a></li><li><a href="/author/ines-ortega">Ines Ortega</a></li></ul> | Hazel Wren
            reviewer is no byline                 | <meta name="author" content="Hazel Wren"> | <div class="article-author__name"><span>Reviewed by</span> Mara Holm</div> | Hazel Wren
            reviewer's line in the byline block   | | <div class="explainer__byline"><img src="/m.jpg" alt=""><div><p class="explainer__author">Written by <a href="/people/mara-holm/">Mara Holm</a></p><p class="explainer__reviewer">Scientific review: Dr Tomas Ekberg, hydrometeorologist</p></div></div> | Mara Holm
            shown byline over an uploader account | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Kay Webdesk"}}</script> | <div class="article-header__byline">By <a href="/author/mara-holm/">Mara Holm</a>, <a href="/author/jonas-ekwall/">Jonas Ekwall</a></div> | Mara Holm;Jonas Ekwall
            shown desk over a declared login      | <meta name="author" content="comunicaciones"><meta property="og:site_name" content="Ministerio de Desarrollo Costero"> | <p class="byline">Por: Prensa Ministerio de Desarrollo Costero</p> | Prensa Ministerio de Desarrollo Costero
            shown first name over the site owners | <meta name="author" content="Ines Ortega - Tomasz Wilk"> | <p class="date">Erstellt von <a href="/author/fabian/">Fabian</a> am Dienstag 6. Mai 2026</p> | Fabian
            byline names the person and the desk  | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Mara Holm"}}</script> | <p class="byline">By Mara Holm, Harbour Desk</p> | Mara Holm;Harbour Desk
            an author box heading is no byline    | | <div class="author-box"><div class="author-box-header"><h3>Über den Autor</h3></div></div><p class="byline">Von Mara Holm</p> | Mara Holm
            property table of a wiki page         | | <table class="page-properties"><tr><th>Author</th><td>Mara Holm</td></tr><tr><th>Status</th><td>Published</td></tr></table> | Mara Holm
            Drupal field label beside its value   | | <div class="field field--name-field-egilea field--label-inline"><div class="field__label">Idazlea</div><div class="field__item"><a href="/egileak/mara-holm">Mara Holm</a></div></div> | Mara Holm
            property list with a label colon      | | <dl class="doc-meta"><dt>Verfasser:</dt><dd><a href="/u/jonas">Jonas Ekwall</a></dd><dt>Stand</dt><dd>Entwurf</dd></dl> | Jonas Ekwall
            a long read's closing credits         | | <dl class="credits"><dt>Words</dt><dd>Isla Penhaligon</dd><dt>Photography and film</dt><dd>Tomasz Wierzbicki</dd></dl> | Isla Penhaligon
            notes app row with an avatar initial  | | <div role="row"><div role="rowheader"><div><svg></svg></div><div>Created by</div></div><div role="cell"><div>M</div><span>Mara Holm</span></div></div> | Mara Holm
            column header over a table of books   | | <table><tr><th>Author</th><th>Title</th></tr><tr><td>Ann Lee</td><td>Tides</td></tr></table> | Harbour Gazette
            department named in sentence case     | <meta name="author" content="Patrimoine maritime Canada"> | <p class="gc-byline"><strong>De : <a href="/fr/patrimoine-maritime.html">Patrimoine maritime Canada</a></strong></p> | Patrimoine maritime Canada
            sentence-case phrase nobody links     | <meta name="author" content="Bureau des nouvelles locales"> | | Harbour Gazette
            a scholarly record, family name first | <meta name="citation_author" content="Raghunathan, Priya"><meta name="citation_author" content="Park, Sun-Hee"> | | Priya Raghunathan;Sun-Hee Park
            the author's other articles           | <meta name="author" content="Katarína Hriňová"> | <section class="author-articles"><ul><li class="author-articles__item"><a href="/hrinova/knihy">Desať kníh, ktoré som prečítala vo vlaku</a> <time>22.09.2026</time></li></ul></section> | Katarína Hriňová
            a journal entry's poster              | | <span class="poster entry-poster"><span class="ljuser"><a href="https://harbour.example/"><b>tinfoil_lantern</b></a></span></span> | tinfoil_lantern
            the desk's "red" signs no name        | | <div class="byline"><p>red</p></div> | Harbour Gazette
            subject of a wiki's infobox           | | <table class="infobox vcard"><tr><th class="infobox-above fn">Ashcombe Mill</th></tr><tr><td>Water-powered corn mill</td></tr></table> | Harbour Gazette
            illustrator's credit above the byline | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Orla Pennington"}}</script> | <p class="ArticleHeader_illustrationCredit__Rk6pE">Illustration by <a href="/contributors/tamsin-ekwueme">Tamsin Ekwueme</a></p><p class="byline">By <a href="/contributors/orla-pennington" rel="author">Orla Pennington</a></p> | Orla Pennington
            the same name in two meta tags        | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Ines Ortega"}}</script><meta name="author" content="Ines Ortega"><meta name="author" content="Ines Ortega"> | | Ines Ortega
            a reporter's city after an Urdu comma | | <p class="byline">ثاقب حسین بھٹی، ملتان</p> | ثاقب حسین بھٹی
            byline of a teaser story's footer     | | <article class="slider-teaser"><h2>Other</h2><footer><span class="teaser__author">Sam Other</span></footer></article><p class="byline">By Mara Holm</p> | Mara Holm
            a byline with the writer's title      | | <span class="asset-byline"><span class="tnt-byline">By Mara Holm</span> <span class="tnt-byline-title">Gazette meteorologist</span></span> | Mara Holm
            a sermon's preacher                   | | <div class="sermon-meta"><span class="meta-prefix">Preacher:</span> <span class="meta-text"><a href="/preacher/mara-holm/">Mara Holm</a></span></div> | Mara Holm
            a blog's bio line after the post      | | <div class="bio"><p>Written by <strong>Mara Holm</strong> who lives and works in Tarrow, repairing old boats and writing down what she learns along the way. <a href="https://social.example/@mara">You should follow her</a></p></div> | Mara Holm
            a list of author cards, each a handle | | <ul class="post-authors"><li class="post-author"><a href="/m">Mara Holm</a><span>@mholm</span></li><li class="post-author"><a href="/t">Tom Poe</a><span>@tpoe</span></li></ul> | Mara Holm;Tom Poe
            a byline field whose label is hidden  | | '<div class="submitted">Submitted by <span class="username">webdesk</span></div><div class="field field-name-field-byline field-label-hidden"><div class="field-item">Story by Mara Holm | Photographs by Tom Poe</div></div>' | Mara Holm
            a linked name before the writer's role | | <div class="blog-meta__author"><a class="blog-meta__name" href="/about-us/our-team/mara-holm/">Mara Holm</a> <span class="blog-meta__role">Young Carers Project Lead</span></div> | Mara Holm
            a name element before the writer's role | | <div data-automation-id="AuthorByline"><div class="ms-Persona"><a data-automation-id="authorBylineName" href="https://harbour-my.example/person.aspx?user=mara">Mara Holm</a><div class="ms-Persona-secondaryText">Internal Communications Partner, Operations</div></div></div> | Mara Holm
            the declared name in the byline's case | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Ελένη Καραγιάννη"}}</script> | <p class="byline">Της <a href="/author/eleni-karagianni">Ελένης Καραγιάννη</a></p> | Ελένη Καραγιάννη
            a declared name, another in the byline | <script type="application/ld+json">{"@type":"NewsArticle","headline":"B","author":{"@type":"Person","name":"Jan Novák"}}</script> | <p class="byline">Autor: Jana Nováková</p> | Jana Nováková
            two author links in a line of no mark | | <p><a href="/blog/authors/priya-okonjo">Priya Okonjo</a> <span>and</span> <a href="/blog/authors/mats-delvaux">Mats Delvaux</a></p> | Priya Okonjo;Mats Delvaux
            readers' comments in microdata        | | <ol itemscope itemtype="https://schema.org/UserComments"><li><h4 itemprop="creator">Hal Treweek</h4><p itemprop="commentText">Lovely.</p></li></ol> | Harbour Gazette
            a byline block holding the headline   | | <div class="ccm-block-page-title-byline"><h1 class="page-title">The Seed Library Turns One: What Grew, What Failed, and What Comes Next</h1><span class="page-author">Posted by <a href="/members/profile/view/14">Mara Holm</a></span></div> | Mara Holm
            a "Words by" card after the story     | | <section class="person-card"><h2>Words by</h2><a href="/people/mara-holm"><span>Mara Holm</span></a><p>Mara writes about harbours and the people who work them.</p></section> | Mara Holm
            cards of authors under "Written by"   | | <section><h2>Written by</h2><div class="AuthorCard_card__p2Zd8"><img src="/a.jpg" alt=""><div><p>Priya Raman</p><p>Staff Engineer, Billing</p></div></div><div class="AuthorCard_card__p2Zd8"><img src="/b.jpg" alt=""><div><p>Jonas Ekdahl</p><p>Engineering Manager</p></div></div></section> | Priya Raman;Jonas Ekdahl
            a story credit beside a photo credit  | | <div class="hero__byline-group"><p class="coh-style-byline"><span>Story by</span> <a href="/contributors/mara-holm">Mara Holm</a></p><p class="coh-style-byline"><span>Photography by</span> <span>Tom Poe</span></p></div> | Mara Holm
            cards in a row, the label in a frame  | | <section><div data-name="Label"><p>Written by</p></div><div class="row"><div class="card"><div><p>Priya Raman</p></div><div><p>Staff Engineer, Routing</p></div></div><div class="card"><div><p>Tomás Ekwall</p></div><div><p>Engineering Manager, Platform</p></div></div></div></section> | Priya Raman;Tomás Ekwall
            a writer set apart among co-authors   | | <div class="article-metadata"><div><span class="author-highlighted"><a href="/author/ilse-varga/">Ilse Varga</a></span>, <span><a href="/author/tobiah-kwarteng/">Tobiah Kwarteng</a></span></div></div> | Ilse Varga;Tobiah Kwarteng
            a personal site named for its owner   | <meta property="og:site_name" content="Ilse Varga"><meta name="author" content="Ilse Varga"> | <div class="byline"><a href="/author/ilse-varga/">Ilse Varga</a> and <a href="/author/tobiah-kwarteng/">Tobiah Kwarteng</a></div> | Ilse Varga;Tobiah Kwarteng
            a social handle in a card of its own  | | <div class="c-byline">By <span class="c-byline__item"><a href="/authors/mara-holm"><span class="c-byline__author-name">Mara Holm</span></a></span> <span class="c-byline__item"><a href="https://social.example/maraholm" class="c-byline__twitter-handle">@maraholm</a></span></div> | Mara Holm
            handles the only cards of a byline    | | <div class="c-byline">By <span class="c-byline__item"><a href="/u/mholm">@mholm</a></span> <span class="c-byline__item"><a href="/u/tpoe">@tpoe</a></span></div> | mholm;tpoe
            a quote box's attribution             | | <div class="pc-quote"><p>“Feed it more often.”</p><p class="pc-quote__author"><strong>Ilse Brandauer</strong>, head baker</p></div> | Harbour Gazette
            a stylist's card beside the writer's  | | <div class="BylinesWrapper-KIudk" data-testid="BylinesWrapper"><p class="BylineWrapper-jWHrLH Byline-dBigsV"><span class="BylinePreamble-iJolpQ">By </span><span itemprop="name" class="BylineNamesWrapper-jbHncn"><a class="BylineLink-gEnFiw" href="/contributor/mara-holm">Mara Holm</a></span></p><p class="BylineWrapper-jWHrLH Byline-dBigsV"><span class="BylinePreamble-iJolpQ">Photographed by </span><span class="BylineNamesWrapper-jbHncn"><a class="BylineLink-gEnFiw" href="/contributor/tom-poe">Tom Poe</a></span></p><p class="BylineWrapper-jWHrLH Byline-dBigsV"><span class="BylinePreamble-iJolpQ">Styled by </span><span class="BylineNamesWrapper-jbHncn"><a class="BylineLink-gEnFiw" href="/contributor/ann-ferreira-bell">Ann Ferreira-Bell</a></span></p></div> | Mara Holm
            a quotation's attribution             | | <blockquote><p>Feed it more often.</p><figcaption class="blockquote__byline">Ilse Brandauer, head baker</figcaption></blockquote> | Harbour Gazette
            """)
    void readsAuthorsAsNames(String name, String head, String before, String expected) {
        List<String> authors = extract(head == null ? "" : head, before == null ? "" : before,
                "https://harbour.example/a").authors().stream().map(Author::name).toList();
        assertEquals(List.of(expected.split(";")), authors, name);
    }

    /** A credit whose first link is the post's own links its writer by the link that reads the writer's name. */
    @Test
    void linksTheWriterByTheLinkReadingTheirName() {
        var authors = extract("", "<p class=\"author\"><a href=\"/viewtopic.php?p=453#p453\">Beitrag</a> von <a"
                + " class=\"username\" href=\"/memberlist.php?u=5\">r23</a> » 21.01.2026</p>", "https://harbour.example/a")
                .authors();
        assertEquals(List.of(new Author("r23", "https://harbour.example/memberlist.php?u=5")), authors);
    }

    /**
     * A personal site's footer says who writes it, or holds its copyright: read for a page that credits nobody else.
     * An institution's name is no person's, though a part of it may read as one ("Design").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the blog's writer    | <footer><p>Slow Kettle is written by Oona Brekke on a small island.</p> Powered by <a href="https://bearblog.dev">Bear</a></footer> | Oona Brekke
            a long note's first sentence | <footer><p>Slow Ferry Notes is written by Odalys Fenn, a records clerk who commutes by boat between Saltcote and Carrick Isle. Photographs are hers unless noted. Corrections and tide lore are welcome at the address below, as are timetables.</p></footer> | Odalys Fenn
            only the platform    | <footer>Powered by <a href="https://bearblog.dev">Bear</a></footer> |
            the site's designer  | <footer><p>Website designed by Studio Nine Creative.</p></footer> |
            a person's copyright | <footer><p>© Copyright 2010–2026, Gregory Sand, and contributors.</p></footer> | Gregory Sand
            an institution's copyright | <footer><p>© 2026 Halvorsen Museum of Art &amp; Design. All rights reserved.</p></footer> |
            """)
    void aPersonalSitesFooterNamesItsWriter(String name, String footer, String expected) {
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body><article>"
                + "<h1>Harbour budget</h1>" + BODY + "</article>" + footer + "</body></html>";
        List<String> authors = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED,
                ExtractionRules.NONE).authors().stream().map(Author::name).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), authors, name);
    }

    /** Bylines labelled in other languages; on a page in other letters than Latin every short line is read. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | <p class="byline">Автор: Иван Петров</p>              | Иван Петров
            ru | <p>Автор: Иван Петров</p>                             | Иван Петров
            uk | <p>Автор: Олена Коваленко</p>                         | Олена Коваленко
            tr | <p>Yazar: Ayşe Yılmaz</p>                             | Ayşe Yılmaz
            hu | <p class="cikk-szerzo">Szerző: Kovács Anna</p>        | Kovács Anna
            fi | <p>Teksti: Liisa Virtanen</p>                         | Liisa Virtanen
            hr | <span class="author">Piše: Ivan Horvat</span>         | Ivan Horvat
            vi | <p>Tác giả: Nguyễn Văn An</p>                         | Nguyễn Văn An
            el | <p class="byline">Του Γιώργου Παπαδόπουλου</p>        | Γιώργου Παπαδόπουλου
            sv | <p class="byline">Skrivet av Anna Svensson</p>        | Anna Svensson
            id | <span class="author">Oleh Rina Wulandari</span>       | Rina Wulandari
            ms | <div class="byline">Oleh Ahmad Faizal</div>           | Ahmad Faizal
            uk | <span class="author">Oleh Petrenko</span>             | Oleh Petrenko
            en | <span class="author">Oleh Kovalenko</span>            | Oleh Kovalenko
            en | <span class="author">Oleh: Siti Rahma</span>          | Siti Rahma
            id | <p>Oleh Dewi Lestari</p>                             | Dewi Lestari
            ms | <p><strong>Oleh:</strong> Nur Aisyah</p>              | Nur Aisyah
            sw | <p class="byline">Na Halima Chande</p>               | Halima Chande
            fil | <p class="byline">Ni Rowena D. Villacorta</p>       | Rowena D. Villacorta
            sq | <p class="byline">Nga Elira Mema</p>                 | Elira Mema
            en | <p class="byline">Na Halima Chande</p>               | Na Halima Chande
            es | <p class="creditos">Texto: Lucía Berenguer Sáez. Fotografía: Marcos Ibáñez Ruiz.</p> | Lucía Berenguer Sáez
            pt | <p>Texto de Marta Nogueira</p>                       | Marta Nogueira
            it | <p>Testo di Lucia Ferri</p>                          | Lucia Ferri
            en | <font size="2"><b>By Mara Holm</b><br><i>Courier Editor</i></font> | Mara Holm
            tg | <span class="fauthor">Муаллиф: <b>Фарангис Раҳимова</b></span> | Фарангис Раҳимова
            gd | <p class="byline">Sgrìobhte le Seonag NicDhòmhnaill, 26 an t-Samhain 2026</p> | Seonag NicDhòmhnaill
            """)
    void readsBylinesLabelledInOtherLanguages(String lang, String byline, String expected) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Harbour budget</title></head><body>"
                + "<article><h1>Harbour budget</h1>" + byline + BODY + "</article><footer>© 2026 Harbour Gazette"
                + "</footer></body></html>";
        List<String> authors = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED,
                ExtractionRules.NONE).authors().stream().map(Author::name).toList();
        assertEquals(List.of(expected), authors, byline);
    }

    /**
     * A community platform names the author only in the story block's data attributes and a profile link: the
     * attribute is read; an author id there names no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            data-author-name="Mara Holm"                  | Mara Holm
            data-author="Jonas Ekwall" data-author-id="7" | Jonas Ekwall
            data-author="884213"                          | Harbour Gazette
            """)
    void theStoryBlocksDataAttributesNameTheAuthor(String attributes, String expected) {
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body>"
                + "<article class=\"post\" " + attributes + "><header><a href=\"/mholm\"><img alt=\"\" src=\"/a.png\">"
                + "</a><h1>Harbour budget</h1></header>" + BODY + "</article><footer>© 2026 Harbour Gazette</footer>"
                + "</body></html>";
        List<String> authors = new ArticleExtractor().extract(html, "https://harbour.example/mholm/budget", FETCHED,
                ExtractionRules.NONE).authors().stream().map(Author::name).toList();
        assertEquals(List.of(expected), authors, attributes);
    }

    @Test
    void anArchivedPageKeepsItsOwnSiteForProfileLinks() {
        Extraction e = extract("", "<div class=\"widget\"><a href=\"https://web.archive.org/web/2014/http://social"
                + ".example/profile/sam-other\">Sam Other</a></div><p class=\"byline\">Von R. R.</p>",
                "https://web.archive.org/web/2014/http://harbour.example/a");
        assertEquals(List.of("R. R."), e.authors().stream().map(Author::name).toList());
    }

    @Test
    void keepsTheArticleAndDropsTheChrome() {
        Extraction e = extract("<title>Budget | Gazette</title>", "<h1>Budget</h1>", "https://harbour.example/a");
        assertEquals(PageType.ARTICLE, e.pageType());
        assertTrue(e.text().contains("harbour master asked for the pier to come first"), e.text());
        assertTrue(e.text().contains("\n\n"), "paragraphs stay apart");
        assertFalse(e.text().contains("Home"), e.text());
        assertFalse(e.text().contains("© 2026 Harbour Gazette"), e.text());
    }

    /**
     * A story opening with a release wire's dateline is a press release wherever it is published: the issuer's
     * "About" section goes; the same story without the dateline keeps it, as a story's section.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'NEW YORK--(BUSINESS WIRE)--Nov. 24, 2026-- '  | false
            'BOSTON, Nov. 24, 2026 /PRNewswire/ -- '        | false
            ''                                              | true
            """)
    void aWireDatelineMakesTheStoryARelease(String dateline, boolean aboutKept) {
        String html = "<!doctype html><html lang=en><head><title>Meridale signs yard-truck deal</title></head><body>"
                + "<article><h1>Meridale signs yard-truck deal</h1><p>" + dateline + "Meridale Robotics today"
                + " announced a five-year agreement to deploy autonomous yard trucks across 40 freight terminals.</p>"
                + "<p>The trucks move trailers between the gate, the parking rows and the dock doors, work now done by"
                + " hand-driven tractors on every shift at each of the terminals.</p><p>Deliveries start in March,"
                + " with the first twelve terminals in the Midwest running by the end of the summer.</p>"
                + "<p><b>About Meridale Robotics</b></p><p>Meridale Robotics builds autonomous vehicles for freight"
                + " yards and ports.</p></article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://wire.example/news/home/20261124/en/", FETCHED,
                ExtractionRules.NONE);
        assertTrue(x.text().contains("first twelve terminals"), x.text());
        assertEquals(aboutKept, x.text().contains("builds autonomous vehicles"), x.text());
    }

    @Test
    void anEmptyPageIsNotAnArticle() {
        Extraction e = new ArticleExtractor().extract("<html><body><div id=root></div><script>app()</script>"
                + "</body></html>", "https://harbour.example/app", FETCHED, ExtractionRules.NONE);
        assertEquals(PageType.EMPTY, e.pageType());
    }

    /**
     * A page that declares no modification date but shows when it was updated: that date is its modified date. The
     * page is German and declares no offset, so its times are Berlin's, in summer time or not as the day was.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<p class=meta>Veröffentlicht am 18.11.2026, 08:00 Uhr · Aktualisiert am 20.11.2026, 10:15 Uhr</p>"
            + "|2026-11-18T08:00+01:00|2026-11-20T10:15+01:00",
        "<p class=meta>Veröffentlicht am 18.06.2026, 08:00 Uhr · Aktualisiert am 20.11.2026, 10:15 Uhr</p>"
            + "|2026-06-18T08:00+02:00|2026-11-20T10:15+01:00",
        "<p class=meta>Published November 18, 2026 · Updated November 19, 2026</p>"
            + "|2026-11-18T00:00+01:00|2026-11-19T00:00+01:00",
        // an update shown before the publish date is no update of this article
        "<p class=meta>Published November 18, 2026 · Updated November 2, 2026</p>|2026-11-18T00:00+01:00|",
        "<p class=meta>Published November 18, 2026</p>|2026-11-18T00:00+01:00|",
        "<p class=meta>Publicado: 17.11.2026 · Modificado: 19.11.2026</p>|2026-11-17T00:00+01:00|2026-11-19T00:00+01:00",
        "<p class=meta>Publisert 26.11.2026 · Oppdatert 27.11.2026</p>|2026-11-26T00:00+01:00|2026-11-27T00:00+01:00",
        // the update's clock shown inside its <time>, its day in the attribute
        "<p class=meta><time datetime=2026-11-18T07:00:00Z>Publicerad 08.00</time> · <time"
            + " datetime=2026-11-20T09:15:00Z>Uppdaterad 10.15</time></p>|2026-11-18T08:00+01:00|2026-11-20T10:15+01:00",
        // WordPress's hidden copy of the post's time, classed "updated", is no update a reader sees
        "<p class=meta>Published November 18, 2026 <time class=updated datetime=2026-11-18T07:00:09Z></time></p>"
            + "|2026-11-18T00:00+01:00|",
        // the label after the date, as Japanese sets it
        "<p class=meta>Published November 18, 2026 · <span><time datetime=2026-11-20T09:15:00Z>2026/11/20</time>に更新"
            + "</span></p>|2026-11-18T00:00+01:00|2026-11-20T10:15+01:00",
        // a weekday between the label and the date
        "<p class=meta>Published Wed 18 Nov 2026 · Last modified on Fri 20 Nov 2026</p>"
            + "|2026-11-18T00:00+01:00|2026-11-20T00:00+01:00",
    })
    void aShownUpdateIsTheModifiedDateWhenNoneIsDeclared(String line, String published, String modified) {
        String html = "<!doctype html><html lang=de><head><title>Harbour budget</title></head><body><article>"
                + "<h1>Harbour budget</h1>" + line + BODY + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals(java.time.OffsetDateTime.parse(published), x.published().value(), line);
        assertEquals(modified == null ? null : java.time.OffsetDateTime.parse(modified),
                x.modified() == null ? null : x.modified().value(), line);
    }

    /**
     * A correction appended to the story with its day says when the story changed, not when it was published: the
     * declared publish date stands.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Correction, 20 November 2026: An earlier version of this article gave the wrong figure.",
        "Korrektur vom 20.11.2026: In einer früheren Fassung stand eine falsche Zahl."})
    void anAppendedCorrectionDoesNotDateTheStory(String correction) {
        String html = "<!doctype html><html lang=en><head><title>Harbour budget</title><meta property="
                + "\"article:published_time\" content=\"2026-11-18T08:00:00Z\"></head><body><article><h1>Harbour budget"
                + "</h1>" + BODY + "<p><em>" + correction + "</em></p></article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals("2026-11-18", x.published().value().toLocalDate().toString(), correction);
    }

    /**
     * A German page declares its publish time in summer (+02:00) and shows an update in winter without an offset: the
     * update is at Berlin's winter offset, not at the one offset of the declared time.
     */
    /**
     * A WordPress theme keeps the post's "updated" time in the meta line but hidden: what is not rendered is no shown
     * date, so it does not date the post over the declared publish date.
     */
    @org.junit.jupiter.api.Test
    void aHiddenUpdatedTimeIsNoShownDate() {
        String html = "<!doctype html><html lang=en-GB><head><title>Harbour budget</title><meta property="
                + "article:published_time content=2026-11-24T06:00:00+00:00></head><body><article><h1>Harbour budget"
                + "</h1><div class=entry-meta><span class=byline>By <a href=/author/marianne-holmqvist/>Marianne "
                + "Holmqvist</a> and <a href=/author/jonas-ekwall/>Jonas Ekwall</a></span> <time class=\"entry-date "
                + "published\" datetime=2026-11-24T06:00:00+00:00>November 24, 2026</time><time class=updated "
                + "datetime=2026-11-25T09:12:44+00:00 hidden>November 25, 2026</time> <span class=reading-time>5 min "
                + "read</span></div>" + BODY + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals(java.time.OffsetDateTime.parse("2026-11-24T06:00Z"), x.published().value());
    }

    /**
     * A newsletter's web copy: the letter is signed under its closing, and the footer's address card names the
     * organisation that sent it, which is no byline.
     */
    @org.junit.jupiter.api.Test
    void aLetterIsSignedUnderItsClosingNotByTheSendersAddressCard() {
        String html = "<!doctype html><html lang=en><head><title>November update</title></head><body><table><tr><td>"
                + "<h1>November update</h1>" + BODY + "<p>Thank you for reading, for volunteering and for telling your"
                + " neighbours about us; see you at the open house next month.</p><p>Warmly,<br>Dolores Whitfield-Amaya"
                + "<br>Executive Director</p></td></tr><tr><td><em>Copyright © 2026 Riverbend Literacy Project, All "
                + "rights reserved.</em><br>Our mailing address is:<div class=vcard><span class=\"org fn\">Riverbend "
                + "Literacy Project</span><div class=adr><div class=street-address>418 Canal Street</div><span "
                + "class=locality>Riverbend</span></div></div><a href=#>unsubscribe from this list</a></td></tr>"
                + "</table></body></html>";
        var x = new ArticleExtractor().extract(html, "https://lists.example/riverbend/november", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of("Dolores Whitfield-Amaya"), x.authors().stream().map(Author::name).toList());
    }

    /**
     * "gestern" counts back from the fetch on the page's clock: fetched at 23:30 UTC, when Berlin's 29 November has
     * begun, a German page's "yesterday" is the 28th there (the same instant as UTC's 27th, 23:30).
     */
    @org.junit.jupiter.api.Test
    void aRelativeBylineDateCountsOnThePagesClock() {
        String html = "<!doctype html><html lang=de><head><title>Hafenhaushalt</title></head><body><article>"
                + "<h1>Hafenhaushalt</h1><p class=byline>Von Anna Berg · gestern</p>" + BODY
                + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://hafen.example/a",
                java.time.OffsetDateTime.parse("2026-11-28T23:30:00Z"), ExtractionRules.NONE);
        assertEquals(java.time.OffsetDateTime.parse("2026-11-28T00:30+01:00"), x.published().value());
        assertEquals("2026-11-28", x.published().value().toLocalDate().toString());
    }

    @org.junit.jupiter.api.Test
    void aTimeShownWithoutAnOffsetTakesThePlacesOffsetOnItsOwnDay() {
        String html = "<!doctype html><html lang=de><head><title>Hafenhaushalt</title><meta property="
                + "article:published_time content=2026-06-18T08:00:00+02:00></head><body><article><h1>Hafenhaushalt"
                + "</h1><p class=meta>Veröffentlicht am 18.06.2026, 08:00 Uhr · Aktualisiert am 20.11.2026, "
                + "10:15 Uhr</p>" + BODY + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://hafen.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals(java.time.OffsetDateTime.parse("2026-06-18T08:00+02:00"), x.published().value());
        assertEquals(java.time.OffsetDateTime.parse("2026-11-20T10:15+01:00"), x.modified().value());
    }

    /**
     * A Persian page writes year-first numeric dates in the Solar Hijri calendar, in Persian digits or ASCII ones, on
     * Iran's clock.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fa|تاریخ انتشار: 1405/08/25 - 11:20|2026-11-16T11:20+03:30",
        "fa|تاریخ انتشار: ۱۴۰۵/۰۸/۲۵ - ۱۱:۲۰|2026-11-16T11:20+03:30", "en|Published 2026/11/16 11:20|2026-11-16T11:20Z"})
    void readsSolarHijriNumbersOnPersianPages(String lang, String line, String expected) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Harbour budget</title></head><body>"
                + "<article><h1>Harbour budget</h1><p class=date>" + line + "</p>" + BODY + "</article></body></html>";
        var x = new ArticleExtractor().extract(html, "https://harbour.example/a", FETCHED, ExtractionRules.NONE);
        assertEquals(OffsetDateTime.parse(expected), x.published().value(), line);
    }

    /**
     * Drupal's "Submitted by Dana Whitfield on Fri, 11/20/2026 - 15:32" in the article's own footer: the name ends
     * before "on" and the weekday, and the date, in an element of its own after the credit, is the post's.
     */
    @Test
    void readsDrupalsSubmittedByLine() {
        Extraction e = extract("", "<footer class=\"node__meta\"><div class=\"node__submitted\">Submitted by <span "
                + "class=\"field field--name-uid field--label-hidden\"><a href=\"/user/12\" class=\"username\">Dana "
                + "Whitfield</a></span> on <span class=\"field field--name-created field--label-hidden\">Fri, 11/20/2026"
                + " - 15:32</span></div></footer>", "https://harbour.example/news/lights-walk");
        assertEquals(List.of("Dana Whitfield"), e.authors().stream().map(Author::name).toList());
        assertEquals(OffsetDateTime.parse("2026-11-20T15:32Z"), e.published().value());
    }

    /** A time after the fetch is an event the page announces, not its date: the address dates the page instead. */
    @Test
    void aTimeAfterTheFetchIsNoPublishDate() {
        String events = "<aside class=\"upcoming\"><h2>Upcoming</h2><ul><li><time datetime=\"2026-12-05T15:00:00Z\">"
                + "Dec 5</time> Lights walk</li><li><time datetime=\"2026-12-12T18:00:00Z\">Dec 12</time> Carols</li>"
                + "</ul></aside>";
        Extraction e = extract("", events, "https://harbour.example/2026/11/20/lights-walk/");
        assertEquals("2026-11-20", e.published().value().toLocalDate().toString());
        assertEquals(DateSource.URL, e.published().source());
        Extraction past = extract("", events.replace("2026-12-05", "2026-11-05"), "https://harbour.example/a");
        assertEquals("2026-11-05", past.published().value().toLocalDate().toString());
    }

    /**
     * A month and day shown without a year ("Nov 26") on a page that declares no publish date dates it when the page
     * declares when it changed: the last such day on or before the change. Without the change it dates nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-11-27T09:14:22Z|2026-11-26", "2027-02-03T10:00:00Z|2026-11-26",
        "2026-11-24T10:00:00Z|2025-11-26", "2026-11-26T23:30:00Z|2026-11-26", "|"})
    void aDayShownWithoutAYearTakesItsYearFromTheDeclaredChange(String modified, String expected) {
        String head = modified == null ? "" : "<meta property=\"article:modified_time\" content=\"" + modified + "\">";
        Extraction e = extract(head, "<h1>Why we stopped caching</h1><div class=\"post-meta\"><h4 class=\"author-name\">"
                + "<a href=\"/author/tobias/\">Tobias Lind</a></h4><div class=\"post-meta-content\"><time class=\""
                + "post-meta-date\">Nov 26</time> <span>— 5 min read</span></div></div>",
                "https://harbour.example/why-we-stopped-caching/");
        assertEquals(expected, e.published() == null ? null : e.published().value().toLocalDate().toString());
    }

    /** An author box whose markup names no one names the person its biography opens with. */
    @Test
    void anAuthorBoxNamesThePersonItsBiographyOpensWith() {
        Extraction e = extract("<meta name=\"author\" content=\"Harbour Gazette Team\">", "",
                "https://harbour.example/blog/budget");
        String box = "<section class=\"blog-author\"><h2 class=\"blog-author__heading\">About the author</h2><div "
                + "class=\"blog-author__bio\"><p>Jana Novak is a payroll specialist who has spent twelve years helping "
                + "restaurants and clinics untangle withholding, deductions and year-end filings.</p></div></section>";
        String html = "<!doctype html><html lang=\"en\"><head><meta name=\"author\" content=\"Harbour Gazette Team\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><article><h1>Budget</h1>"
                + BODY + box + "</article></body></html>";
        Extraction boxed = new ArticleExtractor().extract(html, "https://harbour.example/blog/budget", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of("Harbour Gazette Team"), e.authors().stream().map(Author::name).toList());
        assertEquals(List.of("Jana Novak"), boxed.authors().stream().map(Author::name).toList());
    }

    /**
     * A Q&A page marked up as a schema.org {@code Question} is the question and its answers: the question's asker is
     * its author (its JSON-LD {@code Question}), and the answers' texts follow the question's; the comments under them
     * do not. (Here the scorer reaches the answers from the question; where it does not, the answers are joined by their
     * {@code itemprop}s: the Q&A page of {@code PlatformTemplatesTest} holds that.)
     */
    @Test
    void aQuestionPageIsTheQuestionAndItsAnswers() {
        String answer = "<div class=\"answer js-answer\" itemprop=\"%s\" itemscope itemtype=\"https://schema.org/Answer\">"
                + "<div class=\"post-layout\"><div class=\"votecell\"><button>Up vote</button><div itemprop="
                + "\"upvoteCount\">12</div><button>Down vote</button></div><div class=\"answercell post-layout--right\">"
                + "<div class=\"s-prose\" itemprop=\"text\"><p>%s</p></div><div class=\"mt24\"><a href=\"/a/1\">Share"
                + "</a> <a href=\"/posts/1/edit\">Improve this answer</a> <button>Follow</button></div></div>"
                + "<div class=\"post-layout--right js-post-comments-component\"><div class=\"comments\"><ul><li>Nice "
                + "answer, thanks a lot for this one – <a href=\"/users/9\">Rhea K.</a></li></ul></div></div></div></div>";
        String html = "<!doctype html><html lang=\"en\"><head><title>Why does the harbour timetable skip Sundays? - "
                + "Harbour Q&amp;A</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Why does the harbour "
                + "timetable skip Sundays?\",\"author\":{\"@type\":\"Person\",\"name\":\"Tomasz Wierzbicki\"},"
                + "\"dateCreated\":\"2026-11-25T14:02:00Z\"}}</script></head><body><div id=\"mainbar\" itemscope "
                + "itemtype=\"https://schema.org/Question\"><h1 itemprop=\"name\">Why does the harbour timetable skip "
                + "Sundays?</h1><div class=\"question js-question\"><div class=\"post-layout\"><div class=\"votecell\">"
                + "<button>Up vote</button><div itemprop=\"upvoteCount\">7</div></div><div class=\"postcell "
                + "post-layout--right\"><div class=\"s-prose\" itemprop=\"text\">" + BODY + "</div><div class=\"post-"
                + "taglist\"><a href=\"/tags/ferry\">ferry</a> <a href=\"/tags/timetable\">timetable</a></div></div>"
                + "</div></div><div id=\"answers\"><div class=\"answers-subheader\"><h2>2 Answers</h2><label>Sorted by:"
                + "</label><select><option>Highest score</option></select></div>"
                + String.format(answer, "acceptedAnswer", "The Sunday crossing was dropped in the spring, when the "
                        + "operator moved its crew to the second boat for maintenance; it returns in April.")
                + String.format(answer, "suggestedAnswer", "Check the winter timetable at the pier office, which lists "
                        + "the extra Saturday crossings that replace the Sunday one until the spring.")
                + "</div></div></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://harbour.example/questions/12/sundays", FETCHED,
                ExtractionRules.NONE);
        assertEquals(List.of("Tomasz Wierzbicki"), e.authors().stream().map(Author::name).toList());
        assertTrue(e.text().contains("harbour budget will be split"), e.text());
        assertTrue(e.text().contains("moved its crew to the second boat"), e.text());
        assertTrue(e.text().contains("extra Saturday crossings"), e.text());
        assertFalse(e.text().contains("Nice answer"), e.text());
        assertTrue(e.text().indexOf("harbour budget") < e.text().indexOf("second boat"), e.text());
    }

    /**
     * A mailing list's web archive shows the message's headers as a table: its "From:" names the author, with a
     * "Subject:" in the same table; "From:" in a table without one (a timetable's "From: London") names no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Subject:|Jonas Berg", "Departs:|"})
    void aMailArchivesFromHeaderNamesTheSender(String otherHeader, String expected) {
        String html = "<!doctype html><html lang=\"en\"><head><title>Kestrel 3.8.0 released</title></head><body>"
                + "<h1>Kestrel 3.8.0 released</h1><table class=\"headers\"><tr><th>From:</th><td>Jonas Berg &lt;jonas@"
                + "kestrel.example&gt;</td></tr><tr><th>" + otherHeader + "</th><td>[kestrel-announce] Kestrel 3.8.0 "
                + "released</td></tr></table><pre>" + BODY.replaceAll("</?p>", "\n") + "</pre></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://kestrel.example/news/archive/2026-November/"
                + "000123.html", FETCHED, ExtractionRules.NONE);
        assertEquals(expected == null ? List.of() : List.of(expected), e.authors().stream().map(Author::name).toList());
    }

    /** "last updated by Tom Becker on Nov 26, 2026" labels an update: the page's modified date. */
    @Test
    void anUpdateLabelMayNameTheEditorBeforeItsDate() {
        Extraction e = extract("", "<h1>On-call handover</h1><div class=\"page-metadata\">Created by <a href=\"/display/"
                + "~praman\">Priya Raman</a>, last updated by <a href=\"/display/~tbecker\">Tom Becker</a> on <a href="
                + "\"/pages/diff\">Nov 26, 2026</a></div>", "https://wiki.example/display/PLAT/x");
        assertNotNull(e.modified());
        assertEquals("2026-11-26", e.modified().value().toLocalDate().toString());
    }

    /** An event's start is when it happens, not when its page came out: it dates no page. */
    @Test
    void anEventsStartDatesNoPage() {
        String html = "<!doctype html><html lang=\"en\"><head><script type=\"application/ld+json\">{\"@type\":\"Event\","
                + "\"name\":\"Luminaria Night\",\"startDate\":\"2026-12-12T16:30:00-08:00\"}</script></head><body><article>"
                + "<h1>Luminaria Night</h1>" + BODY + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(html, "https://parks.example/events/luminaria", FETCHED,
                ExtractionRules.NONE);
        assertNull(e.published());
    }

}
