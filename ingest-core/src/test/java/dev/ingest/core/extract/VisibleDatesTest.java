package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date a page shows by its headline, and what its words say it is. Each row is one template's header. */
class VisibleDatesTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    private static VisibleDates.Shown shown(String body) {
        Document doc = Jsoup.parse("<html lang=\"de\"><head><title>Dam opens after six years | Gazette</title></head>"
                + "<body>" + body + "</body></html>", "https://news.example/a");
        return VisibleDates.find(doc, ZoneOffset.UTC, FETCHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            byline date           | <h1>Dam opens after six years</h1><p class="meta">Von Mara Lind · 27.11.2026, 09:15 Uhr</p> | 2026-11-27T09:15Z | PLAIN
            labelled              | <h1>Dam opens after six years</h1><p>Veröffentlicht am 26. November 2026</p> | 2026-11-26T00:00Z | PUBLISHED
            kicker before h1      | <small>25.11.2026 · Region</small><h1>Dam opens after six years</h1><p>The dam, built over six years, opened on a grey morning.</p> | 2026-11-25T00:00Z | PLAIN
            updated line          | <h1>Dam opens after six years</h1><p>Aktualisiert am 27.11.2026</p> | 2026-11-27T00:00Z | UPDATED
            guide's last review   | <h1>Dam opens after six years</h1><p>Last reviewed: <time>November 12, 2026</time></p> | 2026-11-12T00:00Z | UPDATED
            published after upd. | <h1>Dam opens after six years</h1><p>Last updated 27 Nov 2026, originally created 3 Nov 2026</p> | 2026-11-03T00:00Z | PUBLISHED
            wordpress classes     | <h1>Dam opens after six years</h1><time class="entry-date published updated" datetime="2026-11-24T08:00:00+01:00">24. November 2026</time> | 2026-11-24T08:00+01:00 | PUBLISHED
            pubdate attribute     | <h1>Dam opens after six years</h1><time class="updated" pubdate datetime="2026-11-23">23. November 2026</time> | 2026-11-23T00:00Z | PUBLISHED
            dateline in paragraph | <h1>Dam opens after six years</h1><p>Berlin, 22.11.2026 – Nach sechs Jahren Bauzeit ist der Damm am Samstag eröffnet worden, zwei Monate später als geplant.</p> | 2026-11-22T00:00Z | PLAIN
            site title h1 skipped | <header><h1 class="site-title"><a href="/">Gazette</a></h1></header><p>21.11.2026</p><article><h2>Dam opens after six years</h2><p>20.11.2026</p></article> | 2026-11-20T00:00Z | PLAIN
            wordpress post class  | <div class="post type-post category-popular tag-social-media"><h1>Dam opens after six years</h1><p>November 18, 2026</p></div> | 2026-11-18T00:00Z | PLAIN
            elementor widgets     | <div class="elementor-widget elementor-widget-theme-post-title"><h1>Dam opens after six years</h1></div><div class="elementor-widget elementor-widget-post-info"><ul><li><a href="/2026/11/26/"><time>Thursday, 26 November 2026</time></a></li></ul></div> | 2026-11-26T00:00Z | PLAIN
            h4 headline           | <h4>Dam opens after six years</h4><p><em>17.11.2026 11:35</em></p> | 2026-11-17T11:35Z | PLAIN
            rdfa content          | <h1>Dam opens after six years</h1><span property="schema:dateCreated" content="2026-11-19T12:45:46+00:00"></span> | 2026-11-19T12:45:46Z | PUBLISHED
            shown before markup   | <h1>Dam opens after six years</h1><time itemprop="datePublished" datetime="2026-11-15T20:35:36+01:00"></time><p class="meta">Berlin, 16.11.2026, 058/26</p> | 2026-11-16T00:00Z | PLAIN
            promoted node         | <h1>Dam opens after six years</h1><article class="node node--type-article node--promoted"><footer><span class="post-created">14.11.2026</span> / 0 Kommentare</footer></article> | 2026-11-14T00:00Z | PUBLISHED
            layout state class    | <div id="main" class="clearfix with-navigation"><h1>Dam opens after six years</h1><p>13.11.2026</p></div> | 2026-11-13T00:00Z | PLAIN
            standfirst teaser     | <h1>Dam opens after six years</h1><div class="detail-page__teaser-text"><p>Pressemitteilung vom 10. November 2026, Berlin – Die Gemeinde hat den Damm nach sechs Jahren Bauzeit eröffnet.</p></div> | 2026-11-10T00:00Z | PLAIN
            teaser meta above h1  | <h3 class="teaser-meta">09.11.2026</h3><h1>Dam opens after six years</h1><p>Die Gemeinde hat den Damm nach sechs Jahren Bauzeit eröffnet, zwei Monate später als geplant.</p> | 2026-11-09T00:00Z | PLAIN
            time then credit      | <h1>Dam opens after six years</h1><div class="byline"><span class="mod-date"><time class="com-date" datetime="8 de noviembre de 2026">8 de noviembre de 2026</time><time class="com-hour">21:25</time></span><span class="credit">LA GACETA</span></div> | 2026-11-08T21:25Z | PLAIN
            hatom updated date    | <h1>Dam opens after six years</h1><div class="entry-meta"><span class="entry-meta-date updated"><a href="/2026/11/07/">7. November 2026</a></span> · Mara Lind</div> | 2026-11-07T00:00Z | PLAIN
            modified class        | <h1>Dam opens after six years</h1><div class="entry-meta"><span class="updated last-modified">7. November 2026</span></div> | 2026-11-07T00:00Z | UPDATED
            no headline, story    | <div class="sidebar"><p>27.11.2026</p></div><div class="left-content article-content"><p>(21. November 2026) Die Gemeinde hat den Damm nach sechs Jahren Bauzeit eröffnet, zwei Monate später als geplant.</p></div> | 2026-11-21T00:00Z | PLAIN
            title-classed span    | <table class="item"><tr><td class="itemHead"><span class="itemTitle"><a href="/news?topic=3">Region</a> : Dam opens after six years</span></td></tr><tr><td class="itemInfo"><span class="itemPoster">Geschrieben von <a href="/u/6">Mara</a></span> <span class="itemPostDate">am 06.11.2026 22:30</span> (<span>1599 x gelesen</span>)</td></tr></table> | 2026-11-06T22:30Z | PLAIN
            japanese labels       | <h1>Dam opens after six years</h1><p class="update">更新日：令和8年11月27日</p><p class="date">掲載日：令和8年11月26日</p> | 2026-11-26T00:00Z | PUBLISHED
            chinese labels        | <h1>Dam opens after six years</h1><div class="info"><span>更新时间：2026年11月27日</span><span>发布时间：2026年11月25日</span></div> | 2026-11-25T00:00Z | PUBLISHED
            korean labels         | <h1>Dam opens after six years</h1><div class="info"><span>수정 2026.11.27 18:00</span><span>입력 2026.11.24 09:00</span></div> | 2026-11-24T09:00Z | PUBLISHED
            update at a time, on  | <h1>Dam opens after six years</h1><p>Updated at 3:12 p.m. ET on November 25, 2026</p> | 2026-11-25T15:12-05:00 | UPDATED
            japanese update only  | <h1>Dam opens after six years</h1><p>最終更新日：2026年11月27日</p> | 2026-11-27T00:00Z | UPDATED
            chinese edit only     | <h1>Dam opens after six years</h1><div class="ContentItem-time">编辑于 2026-11-23 19:42</div> | 2026-11-23T19:42Z | UPDATED
            posted on a weekday   | <h1>Dam opens after six years</h1><span class="storybyline">By Mara Lind</span><span class="storydate"> · Gazette Staff Writer</span><br><span class="storydate">Posted Tuesday, November 10, 2026</span> | 2026-11-10T00:00Z | PUBLISHED
            weekday in brackets   | <h1>Dam opens after six years</h1><time class="date-published">令和８年１１月２０日（金）　午前５時００分</time><span class="date-updated">（最終更新：令和８年１１月２１日（土）　午前９時１２分）</span> | 2026-11-20T00:00Z | PUBLISHED
            thai update           | <h1>Dam opens after six years</h1><p>อัปเดต 13 พ.ย. 2569 09:10 น.</p> | 2026-11-13T09:10Z | UPDATED
            russian update        | <h1>Dam opens after six years</h1><p>Обновлено 27.11.2026 18:00</p> | 2026-11-27T18:00Z | UPDATED
            hour after, weekday   | <h1>Dam opens after six years</h1><div class="meta"><span class="meta-author">Yanditswe na <a href="/a/m">Mugisha Jean Claude</a></span> <span class="meta-date">Ku wa Kane, 19 Ugushyingo 2026 saa 14:20</span></div> | 2026-11-19T00:00Z | PLAIN
            kinyarwanda update    | <h1>Dam opens after six years</h1><p>Yavuguruwe: 20 Ugushyingo 2026</p> | 2026-11-20T00:00Z | UPDATED
            two-word weekday      | <h1>Dam opens after six years</h1><div class="meta"><span class="by">Bởi <a href="/a/l">Lê Minh Anh</a>, phóng viên Ban Thời sự</span> <span class="date">Thứ Năm, 19/11/2026</span></div> | 2026-11-19T00:00Z | PLAIN
            builder's widget      | <div id="comp-kblogwidget"><article><h1>Dam opens after six years</h1><p><span class="post-date">Nov 18, 2026</span></p><p>The dam, built over six years at a cost of twice the first estimate, opened on a grey morning with the mayor.</p><p>Engineers spent the last two months testing the sluices and the fish ladder that runs beside the spillway.</p><p>Residents downstream, who had fought the project for a decade, came to watch the first water go through it.</p></article></div> | 2026-11-18T00:00Z | PUBLISHED
            teaser card skipped   | <h1>Dam opens after six years</h1><p class="updated">Updated November 19, 2026 10:12 AM</p><article class="package read-next-card"><h3><a href="/news/other.html">Detour trucks tear up Route 114</a></h3><time class="publish-date" datetime="2026-09-08T05:00:00-07:00">September 8, 2026 5:00 AM</time></article><p>The dam, built over six years, opened on a grey morning with the mayor and four hundred people on the wall.</p> | 2026-11-19T10:12Z | UPDATED
            update, spaced colon  | <h1>Dam opens after six years</h1><span class="tarih">07.11.2026 - Update : 08.11.2026</span> | 2026-11-07T00:00Z | PLAIN
            a life's span skipped | <h1>Dam opens after six years</h1><p class="lifespan">March 4, 1938 – November 16, 2026</p><p class="meta">19.11.2026</p> | 2026-11-19T00:00Z | PLAIN
            labelled in footer    | <h1>Dam opens after six years</h1><p class="footer">Letzte Änderung: 31.10.2026 - 14:49:39<br>Erschienen am: 01.11.2026<br>Lesungen: 61<br>© bei der Autorin und bei der Zeitschrift, Nachdruck nur mit Genehmigung</p> | 2026-11-01T00:00Z | PUBLISHED
            """)
    void readsTheDateByTheHeadline(String name, String body, String value, String label) {
        VisibleDates.Seen seen = shown(body).chosen();
        assertEquals(OffsetDateTime.parse(value), seen.value().value(), name);
        assertEquals(VisibleDates.Label.valueOf(label), seen.label(), name);
    }

    private static final String PARAGRAPH = "<p>The county board put off its vote on the bypass until December, after"
            + " four hours in which farm families, merchants and the school district's drivers spoke for and against the"
            + " route the state had drawn across the valley.</p>";

    /**
     * An old template's title names only the site, and its headline is a styled span: the headline is found by the
     * title read from the page, and the date after it is the story's, not a teaser's date above it.
     */
    /**
     * A table of data under the headline (an election's timetable, with a head row) dates its rows, not the page; and
     * the scan reads past it as far as past any text, so a citation's date far below is out of its reach too.
     */
    @Test
    void readsNoDateOfATableOfDataNorOfWhatLiesFarPastIt() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            rows.append("<tr><td>Stage ").append(i).append(" of the by-election timetable for the district of")
                    .append(" Callister Ridge</td><td>Monday ").append(1 + i % 27).append(" December 2025</td></tr>");
        }
        Document doc = Jsoup.parse("<html><head><title>By-election</title></head><body><h1>Callister Ridge"
                + " by-election</h1><table><caption>Key dates</caption><thead><tr><th>Event</th><th>Date</th></tr>"
                + "</thead><tbody>" + rows + "</tbody></table><p>Bogue, Mike (September 26, 2017). Apocalypse Then."
                + " McFarland.</p></body></html>", "https://elections.example/callister-ridge");
        VisibleDates.Shown shown = VisibleDates.find(doc, ZoneOffset.UTC, FETCHED, "Callister Ridge by-election");
        assertEquals(null, shown.chosen(), shown.toString());
    }

    @Test
    void findsTheHeadlineByTheTitleReadFromThePage() {
        Document doc = Jsoup.parse("<html><head><title>Brannock County Record</title></head><body><div id=\"content\">"
                + "<p class=\"teaser\">Levy vote set 10/20/2026</p><span class=\"headline\">Hollis Creek school levy"
                + " passes by 41 votes</span><span class=\"storybyline\">By Kristin Varga</span><br><span"
                + " class=\"storydate\">Posted Tuesday, November 10, 2026</span>" + PARAGRAPH + "</div></body></html>",
                "https://record.example/story");
        assertEquals(OffsetDateTime.parse("2026-11-10T00:00Z"), VisibleDates.find(doc, ZoneOffset.UTC, FETCHED,
                "Hollis Creek school levy passes by 41 votes").chosen().value().value());
    }

    /**
     * ASP.NET WebForms builds the whole page inside one form, which is no search box: the dates after the headline
     * label (named by its id) are read, the update among them.
     */
    @Test
    void readsTheDatesOfAPageBuiltInsideOneForm() {
        Document doc = Jsoup.parse("<html><head><title></title></head><body><form method=\"post\""
                + " action=\"./Story.aspx?StoryID=118274\" id=\"aspnetForm\"><input type=\"hidden\" name=\"__VIEWSTATE\""
                + " value=\"dDwtMTA4\"><span id=\"ctl00_ContentPlaceHolder1_lblHeadline\" style=\"font-weight:bold\">County"
                + " board delays Route 9 bypass vote</span><br><span class=\"dateline\">Posted: Tuesday, November 17, 2026"
                + " 12:48 AM</span><br><span class=\"dateline\">Updated: Wednesday, November 18, 2026 8:31 AM</span>"
                + PARAGRAPH + "</form></body></html>", "https://gazette.example/news/Story.aspx?StoryID=118274");
        VisibleDates.Shown shown = VisibleDates.find(doc, ZoneOffset.UTC, FETCHED,
                "County board delays Route 9 bypass vote");
        assertEquals(OffsetDateTime.parse("2026-11-17T00:48Z"), shown.chosen().value().value());
        assertTrue(shown.all().stream().anyMatch(s -> s.label() == VisibleDates.Label.UPDATED
                && s.value().value().equals(OffsetDateTime.parse("2026-11-18T08:31Z"))), shown.toString());
    }

    @Test
    void readsALabelledDateUnderALongStory() {
        String paragraph = "<p>" + "Der Damm hält das Wasser des Tals, und die Gemeinde feiert die Eröffnung. ".repeat(12)
                + "</p>";
        VisibleDates.Seen seen = shown("<h1>Dam opens after six years</h1>" + paragraph.repeat(8)
                + "<div class=\"author-date\">Datum: 12.11.2026 Autor: Mara Lind Quelle: Gazette</div>").chosen();
        assertEquals(OffsetDateTime.parse("2026-11-12T00:00Z"), seen.value().value());
        assertEquals(VisibleDates.Label.PUBLISHED, seen.label());
    }

    /**
     * Under a long story the label may be in the line before the date, or broken in the source by a soft hyphen and
     * a line feed ({shy}, {lf}, {tab} below); the story-end reading still finds it, and a date without one stays
     * unread.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            label in the line before | <div class="meta"><p>Published</p><p>12 November 2026</p></div> | 2026-11-12T00:00Z
            label split in source    | <p class="meta"><span>Veröffent{shy}licht{lf}{tab} am</span>{lf}<span>12.11.2026</span></p> | 2026-11-12T00:00Z
            no label                 | <p class="meta"><span>Stand</span> <span>12.11.2026</span></p> |
            """)
    void readsTheLabelBelowALongStoryWhereverTheSourceBreaksIt(String name, String line, String value) {
        String paragraph = "<p>" + "Der Damm hält das Wasser des Tals, und die Gemeinde feiert die Eröffnung. ".repeat(12)
                + "</p>";
        String source = line.replace("{shy}", "\u00ad").replace("{lf}", "\n").replace("{tab}", "\t");
        VisibleDates.Seen seen = shown("<h1>Dam opens after six years</h1>" + paragraph.repeat(8) + source).chosen();
        if (value == null) {
            assertNull(seen, name);
        } else {
            assertEquals(OffsetDateTime.parse(value), seen.value().value(), name);
            assertEquals(VisibleDates.Label.PUBLISHED, seen.label(), name);
        }
    }

    /** A forum post's profile box: the date the poster joined, weekday and all, is no date of the post. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            joined, weekday first  | <dd class="profile-joined"><strong>Joined:</strong> Tue Mar 14, 2023 9:02 pm</dd>
            registered             | <dd><strong>Registriert:</strong> Di 14. Mär 2023, 21:02</dd>
            member since           | <dd>Member since: Tuesday, March 14, 2023</dd>
            """)
    void aProfilesJoinedDateIsNoDateOfThePost(String name, String profile) {
        VisibleDates.Shown shown = shown("<h1>Dam opens after six years</h1><dl class=\"profile\">" + profile
                + "</dl><p>I have been sharpening gouges for years, and the trick is the grind angle.</p>");
        assertNull(shown.chosen(), name + ": " + shown.all());
    }

    @Test
    void countsATextsLengthAsItsNodeGivesIt() {
        char[] alphabet = {'a', 'Z', 'ö', ' ', '\t', '\n', '\f', '\r', '\u000b', '\u00a0', '\u200b', '\u00ad',
            '\u2003', '\ud83d', '\ude00', '\u3000', '.'};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String raw = sb.toString();
            assertEquals(new org.jsoup.nodes.TextNode(raw).text().length(), VisibleDates.textLength(raw),
                    () -> raw.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    /**
     * Without a headline the reading starts in the story block; when that block is itself named as chrome (a widget
     * that happens to carry a content class), its dates are passed over until the reading leaves it.
     */
    @Test
    void readsNoDateInsideChromeAroundTheStartUntilItLeavesIt() {
        VisibleDates.Seen seen = shown("<div class=\"entry-content widget\"><p>Erschienen am 01.10.2026</p>"
                + "<div><p>Erschienen am 02.10.2026</p></div></div><p>Erschienen am 19.11.2026</p>").chosen();
        assertEquals(OffsetDateTime.parse("2026-11-19T00:00Z"), seen.value().value());
        assertEquals(VisibleDates.Label.PUBLISHED, seen.label());
    }

    @Test
    void readsOnInTheLineTheFirstScanStoppedIn() {
        // the scan by the headline stops inside the last paragraph's runs; the story-end scan reads that line whole
        String sentence = "Der Damm hält das Wasser des Tals, und die Gemeinde feiert die Eröffnung. ";
        String paragraphs = ("<p>" + sentence.repeat(5) + "</p>").repeat(7);
        String runs = ("<span>" + sentence + "</span>").repeat(15);
        VisibleDates.Seen seen = shown("<h1>Dam opens after six years</h1>" + paragraphs + "<p>" + runs
                + "<span>Erschienen am 01.11.2026</span></p>").chosen();
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00Z"), seen.value().value());
        assertEquals(VisibleDates.Label.PUBLISHED, seen.label());
    }

    @Test
    void aSidebarOrNavigationLayoutHoldingTheStoryIsNoChrome() {
        String paragraph = "<p>" + "Der Damm hält das Wasser des Tals, und die Gemeinde feiert die Eröffnung. ".repeat(3)
                + "</p>";
        String page = "<div class=\"content-sidebar-wrap\"><main><h1>Dam opens after six years</h1><p>11.11.2026</p>"
                + paragraph.repeat(4) + "</main><div class=\"sidebar\"><p>27.11.2026</p></div></div>";
        assertEquals(OffsetDateTime.parse("2026-11-11T00:00Z"), shown(page).chosen().value().value());
        assertNull(shown("<h1>Dam opens after six years</h1><div class=\"sidebar\"><p>27.11.2026</p>"
                + paragraph.repeat(2) + "</div>").chosen());
        String navLayout = "<div class=\"grid left-navigation-wrapper\"><div class=\"menu\"><a href=\"/\">Start</a> "
                + "<span>27.11.2026</span></div><div class=\"eventbox\"><h1>Dam opens after six years</h1>"
                + "<span>Erschienen am:</span> <h2>10.11.2026</h2></div>" + paragraph.repeat(4) + "</div>";
        assertEquals(OffsetDateTime.parse("2026-11-10T00:00Z"), shown(navLayout).chosen().value().value());
        // a newsletter platform's post is marked so; a newsletter box beside the story holds no story
        String post = "<article class=\"typography newsletter-post post\"><h1>Dam opens after six years</h1>"
                + "<div class=\"meta-EgzBVA\">Nov 12, 2026</div>" + paragraph.repeat(4) + "</article>";
        assertEquals(OffsetDateTime.parse("2026-11-12T00:00Z"), shown(post).chosen().value().value());
        assertNull(shown("<h1>Dam opens after six years</h1><div class=\"newsletter-box\"><p>27.11.2026</p><p>Sign"
                + " up for the weekly letter.</p></div>").chosen());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            german sidebar | <div id="sidebar"><p class="news"><a href="/2026/11/dam/">Dam opens</a> wurde am <nobr>5. November 2026</nobr> um <nobr>21:03</nobr> Uhr gepostet und unter <a href="/region">Region</a> abgelegt.</p></div> | 2026-11-05T21:03Z
            english footer | <p class="postmetadata">This entry was posted on Thursday, November 5th, 2026 at 9:03 pm and is filed under <a href="/region">Region</a>.</p> | 2026-11-05T21:03Z
            story sentence | <p>Der Damm wurde am 5. November 2026 eröffnet, zwei Monate später als geplant.</p> |
            words split by markup | <p>This entry was <b>pos</b>ted <i>on</i><br>Thursday,&shy; November 5th, 2026 at 9:03 pm.</p> | 2026-11-05T21:03Z
            upper case, no space | <p>THIS POST WAS PUBLISHED ON</p><p>05.11.2026</p> | 2026-11-05T00:00Z
            date too far on | <p>This entry was posted on the first Thursday of the month, 5.11.2026.</p> |
            no date after | <p>Der Damm ist am Samstag eröffnet worden, 2026 feiert die Gemeinde.</p> |
            """)
    void readsThePostedSentenceOfBlogThemes(String name, String body, String value) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://blog.example/");
        var date = VisibleDates.postedSentence(doc, ZoneOffset.UTC);
        if (value == null) {
            assertNull(date, name);
        } else {
            assertEquals(OffsetDateTime.parse(value), date.value(), name);
        }
    }

    /** A government release closes with its day and the hour it was issued, in Hong Kong Time. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            day and hour        | <p>The fund opens on Monday.</p><p>Ends/Friday, November 27, 2026<br>Issued at HKT 18:30<br></p> | 2026-11-27T18:30+08:00
            day alone           | <p>The fund opens on Monday.</p><p>Ends/Friday, November 27, 2026</p> | 2026-11-27T00:00Z
            no hour of a clock  | <p>Ends/Friday, November 27, 2026<br>Issued at HKT 25:30</p> | 2026-11-27T00:00Z
            ends without a day  | <p>Ends/</p><p>Issued at HKT 18:30</p> |
            story sentence      | <p>The offer ends on Friday, November 27, 2026.</p> |
            """)
    void readsTheDayAReleaseEndsWith(String name, String body, String value) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://www.info.example/");
        var date = VisibleDates.releaseEnd(doc, ZoneOffset.UTC);
        if (value == null) {
            assertNull(date, name);
        } else {
            assertEquals(OffsetDateTime.parse(value), date.value(), name);
        }
    }

    @Test
    void aUtcDeclarationTakesTheOffsetAnotherSourceGivesTheSameInstant() {
        var utc = new dev.ingest.core.model.DatedValue(OffsetDateTime.parse("2026-11-24T01:18:13Z"),
                dev.ingest.core.model.DateSource.JSONLD);
        var local = new dev.ingest.core.model.DatedValue(OffsetDateTime.parse("2026-11-23T17:18:13-08:00"),
                dev.ingest.core.model.DateSource.META);
        assertEquals(local, VisibleDates.reconcile(VisibleDates.Shown.NONE, null, utc, null, local));
        var other = new dev.ingest.core.model.DatedValue(OffsetDateTime.parse("2026-11-22T17:18:13-08:00"),
                dev.ingest.core.model.DateSource.META);
        assertEquals(utc, VisibleDates.reconcile(VisibleDates.Shown.NONE, null, utc, null, other));
    }

    /**
     * A stamp in UTC minutes before midnight is on the day the headline shows at an offset near UTC, though a box
     * above the headline shows its UTC day (a match's date); one hours off midnight keeps the day the box shows.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-25T23:52:00Z | 2026-11-26
            2026-11-25T14:10:00Z | 2026-11-25
            """)
    void aStampNearMidnightIsOnTheDayTheHeadlineShows(String declared, String day) {
        VisibleDates.Shown shown = shown("<div class=scorebox><span>Wed 25 Nov 2026</span></div><h1>Dam opens after"
                + " six years</h1><p class=date>26 November 2026</p><p>The dam, built over six years, opened on a grey"
                + " morning.</p>");
        var stamp = new dev.ingest.core.model.DatedValue(OffsetDateTime.parse(declared),
                dev.ingest.core.model.DateSource.JSONLD);
        assertEquals(day, VisibleDates.reconcile(shown, null, stamp).value().toLocalDate().toString());
    }

    /**
     * A day declared without a time (a meta "2026-11-18", read as midnight in UTC) a day off the shown one is no stamp
     * near midnight: no offset is made up to put it on the shown day.
     */
    @Test
    void aDayDeclaredWithoutATimeGetsNoOffset() {
        VisibleDates.Shown shown = shown("<h1>Dam opens after six years</h1><p class=date>17 November 2026</p><p>The"
                + " dam, built over six years, opened on a grey morning.</p>");
        var day = new dev.ingest.core.model.DatedValue(OffsetDateTime.parse("2026-11-18T00:00:00Z"),
                dev.ingest.core.model.DateSource.META);
        assertEquals(java.time.ZoneOffset.UTC, VisibleDates.reconcile(shown, null, day).value().getOffset());
    }

    @Test
    void anUnlabelledDateUnderALongStoryIsNotThePageDate() {
        String paragraph = "<p>" + "Der Damm hält das Wasser des Tals, und die Gemeinde feiert die Eröffnung. ".repeat(12)
                + "</p>";
        assertNull(shown("<h1>Dam opens after six years</h1>" + paragraph.repeat(8) + "<p>12.11.2026</p>").chosen());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date inside a sentence | <h1>Dam opens after six years</h1><p>Le 6 août 2026, le conseil a voté la construction d'un second barrage en aval, plus petit, pour la centrale.</p>
            court ruling           | <h1>Dam opens after six years</h1><p>Urteil vom 18.11.2026</p>
            event range            | <h1>Dam opens after six years</h1><p>Festival 09.-11. Oktober 2026</p>
            member since           | <h1>Dam opens after six years</h1><p>Registriert: 18.09.2008</p>
            embedded tweet         | <h1>Dam opens after six years</h1><blockquote class="twitter-tweet">— Mara (@mara) 16 мая 2026 г.</blockquote>
            related teaser card    | <h1>Dam opens after six years</h1><div class="teaser"><a href="/b">Bridge closes for repairs</a><span>27.11.2026</span></div>
            comment date           | <h1>Dam opens after six years</h1><div class="comments"><p>27.11.2026</p></div>
            future date            | <h1>Dam opens after six years</h1><p>31.12.2026</p>
            no headline            | <p>27.11.2026</p>
            """)
    void ignoresDatesThatAreNotThePageDate(String name, String body) {
        assertNull(shown(body).chosen(), name);
    }

    /**
     * Lines read below the story for a publish date are skipped when the quick test finds no label word in them: it
     * must say yes wherever the label pattern finds a label, in any case and spelling the pattern accepts.
     */
    @Test
    void theQuickTestNeverMissesAPublishLabel() {
        String[] labels = {"published", "Publication", "POSTED", "veröffentlicht", "VERÖFFENTLICHT", "erschienen",
            "Erstellt", "publié", "PUBLIÉ", "publicado", "publicada", "pubblicato", "gepubliceerd", "julkaistu",
            "opublikowano", "created", "Datum", "date", "fecha", "data", "ſtellt", "publİshed", "poſted", "DATE"};
        String[] glue = {"", " ", ": ", " am ", " on ", "\u00ad", "\u200b", " le ", "x", "–"};
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String label = labels[random.nextInt(labels.length)];
            if (random.nextBoolean()) { // a letter changed, dropped or cut by an invisible character
                int at = random.nextInt(label.length());
                String[] edits = {"", "\u00ad", String.valueOf(Character.toUpperCase(label.charAt(at))), "ı", "İ"};
                label = label.substring(0, at) + edits[random.nextInt(edits.length)] + label.substring(at + 1);
            }
            String line = glue[random.nextInt(glue.length)] + label + glue[random.nextInt(glue.length)];
            if (VisibleDates.PUBLISHED.matcher(line).find()) {
                found++;
                assertTrue(TextProbe.mayHold(line, VisibleDates.PUBLISHED_WORDS), () -> "missed in " + line);
            }
        }
        assertTrue(found > 5_000, "the lines hold labels the pattern finds: " + found);
    }
}
