package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What kind of page an extraction says it read: the video page, the tag page, the front page and the near-empty
 * page are marked as such rather than passed off as articles. The players and links that decide it sit in chrome the
 * cleaner takes out of the tree, so these pages also show that the page type is read from the page as fetched.
 */
class PageTypeTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    private static Extraction extract(String html, String url) {
        return new ArticleExtractor().extract(html, url, FETCHED, ExtractionRules.NONE);
    }

    /** A news site's page around {@code main}, with its menu, a cookie banner and the footer. */
    private static String page(String head, String main) {
        StringBuilder menu = new StringBuilder();
        for (String section : new String[] {"News", "Harbour", "Sport", "Culture", "Weather", "Video"}) {
            menu.append("<li><a href=\"/").append(section.toLowerCase()).append("/\">").append(section)
                    .append("</a></li>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour Gazette</title>" + head
                + "</head><body><header class=\"site-header\"><a class=\"logo\" href=\"/\">Harbour Gazette</a>"
                + "<nav class=\"main-nav\"><ul>" + menu + "</ul></nav></header>"
                + "<div class=\"cookie-banner\"><p>We use cookies to measure our audience.</p>"
                + "<button>Accept</button></div>"
                + "<main>" + main + "</main>"
                + "<footer class=\"site-footer\"><p>© 2026 Harbour Gazette · <a href=\"/imprint\">Imprint</a></p>"
                + "</footer></body></html>";
    }

    private static final String PLAYER = "<div class=\"video-player\"><iframe src=\"https://www.youtube.com/embed/"
            + "q8Hr2\" allowfullscreen></iframe></div>";

    @Test
    void aVideoPageWithACaptionIsAVideo() {
        String html = page("<meta property=\"og:type\" content=\"video.other\">",
                "<h1>Watch: the bridge lift in the storm</h1>" + PLAYER
                + "<p>The old swing bridge opened for the lifeboat at the height of the storm on Thursday night, "
                + "filmed from the harbour wall by a reader.</p>"
                + "<p>The crew brought two sailors ashore; both are well, the harbour master said on Friday morning "
                + "after the wind had eased and the bridge had closed again for the first buses.</p>");
        assertEquals(PageType.VIDEO, extract(html, "https://harbour.example/video/bridge-lift").pageType());
    }

    @Test
    void aPlayerWithALineOfTextIsAVideoWhateverThePageDeclares() {
        String html = page("", "<h1>Bridge lift</h1>" + PLAYER + "<p>Filmed from the harbour wall.</p>");
        assertEquals(PageType.VIDEO, extract(html, "https://harbour.example/clips/bridge-lift").pageType());
    }

    @Test
    void aVideoTypeWithoutAPlayerIsNoVideo() {
        String html = page("<meta property=\"og:type\" content=\"video.other\">",
                "<h1>Watch: the bridge lift in the storm</h1>"
                + "<p>The old swing bridge opened for the lifeboat at the height of the storm on Thursday night, "
                + "filmed from the harbour wall by a reader.</p>"
                + "<p>The crew brought two sailors ashore; both are well, the harbour master said on Friday morning "
                + "after the wind had eased and the bridge had closed again for the first buses.</p>");
        assertEquals(PageType.ARTICLE, extract(html, "https://harbour.example/video/bridge-lift").pageType());
    }

    @Test
    void aTagPageOfLinkedTeasersIsAListing() {
        StringBuilder teasers = new StringBuilder("<h1>Ferries</h1><div class=\"teaser-list\">");
        String[] headlines = {"New timetable for the island ferry from Monday", "Ferry crews vote on pay offer",
            "Second ferry back in service after repairs", "Fares rise by four percent in spring",
            "Night crossing cancelled for the winter", "Harbour board orders an electric ferry",
            "Ferry pier closes for three weeks of works", "Island school trips move to the morning boat"};
        for (int i = 0; i < headlines.length; i++) {
            teasers.append("<article class=\"teaser\"><h2><a href=\"/harbour/ferry-story-").append(i).append("\">")
                    .append(headlines[i]).append("</a></h2><p>Read more</p></article>");
        }
        teasers.append("</div>");
        String html = page("<meta property=\"og:type\" content=\"website\">", teasers.toString());
        assertEquals(PageType.LISTING, extract(html, "https://harbour.example/tag/ferries/").pageType());
    }

    /**
     * A tag archive that declares itself a collection (Yoast's JSON-LD {@code CollectionPage}) and shows each post's
     * excerpt, long enough to keep the page's link density low, is a listing by its teasers' linked headlines; the
     * same excerpts under an article's address, declared an article, stay an article.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CollectionPage|https://harbour.example/tag/ferries/|LISTING",
        "CollectionPage|https://harbour.example/ferries/winter-guide/|ARTICLE",
        // a section front at a section's address
        "CollectionPage|https://harbour.example/politics/|LISTING",
        "WebPage|https://harbour.example/politics/|ARTICLE",
        "Article|https://harbour.example/tag/ferries/|ARTICLE"})
    void aDeclaredArchiveOfLongExcerptsIsAListing(String declared, String url, PageType expected) {
        StringBuilder posts = new StringBuilder("<h1>Tag: ferries</h1><p>Everything we have written about the island "
                + "ferries: timetables, fares, the crews and the boats themselves, from the oldest post to the newest.</p>");
        for (int i = 0; i < 8; i++) {
            posts.append("<article class=\"post type-post\"><h2 class=\"entry-title\"><a href=\"/ferries/story-").append(i)
                    .append("/\">Ferry story number ").append(i).append(" from the harbour</a></h2><div class=\"entry-summary\">"
                    + "<p>The council met on Thursday to decide how the harbour budget will be split between the new "
                    + "ferry pier, the repairs to the sea wall and the winter lighting on the promenade, and the crews "
                    + "asked for a say in the timetable before the spring.</p></div></article>");
        }
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + declared
                + "\",\"name\":\"ferries\"" + (declared.equals("Article") ? ",\"headline\":\"Ferries\"" : "") + "}</script>";
        String html = page("<meta property=\"og:type\" content=\"article\">" + ld, posts.toString());
        assertEquals(expected, extract(html, url).pageType());
    }

    /**
     * A page declared a website (not an article) at a listing's address, an events calendar or an archive, whose
     * items' titles are linked headings, is a listing though its items' dates read as dates; the same page at an
     * article's address stays an article.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"https://city.example/events|LISTING", "https://city.example/events/?month=12|LISTING",
        "https://city.example/news/winter-lights-return|ARTICLE"})
    void aCalendarOfLinkedEventsIsAListing(String url, PageType expected) {
        StringBuilder events = new StringBuilder("<h1>Events</h1><p>Concerts, markets, council meetings and story time"
                + " at the libraries: what is on in the city this winter, and how to get there.</p>");
        for (int i = 0; i < 8; i++) {
            events.append("<article class=\"event-teaser\"><h3 class=\"event-teaser__title\"><a href=\"/events/event-")
                    .append(i).append("\">Winter event number ").append(i).append("</a></h3><p class=\"date\">"
                    + "December ").append(i + 3).append(", 2026, 6:00 PM</p><p>At the waterfront pavilion.</p></article>");
        }
        String html = page("<meta property=\"og:type\" content=\"website\">", events.toString());
        assertEquals(expected, extract(html, url).pageType());
    }

    @Test
    void aFrontPageOfHeadlinesIsAListing() {
        StringBuilder front = new StringBuilder("<div class=\"lead\"><h2><a href=\"/news/budget\">The harbour "
                + "budget is split three ways</a></h2><p>The council met on Thursday to decide how the harbour budget "
                + "will be split between the new ferry pier, the repairs to the sea wall and the winter lighting on "
                + "the promenade. Residents asked for the lighting first, the harbour master for the pier; the "
                + "finance committee will look at the costs of each project again before the end of the year.</p>"
                + "</div><ul class=\"headlines\">");
        for (int i = 0; i < 70; i++) {
            front.append("<li><a href=\"/news/story-").append(i).append("\">Harbour story number ").append(i)
                    .append(" in the news today</a></li>");
        }
        front.append("</ul>");
        // it declares itself an article, as many front pages do: the links and the short text say otherwise
        String html = page("<meta property=\"og:type\" content=\"article\">", front.toString());
        assertEquals(PageType.LISTING, extract(html, "https://harbour.example/news/").pageType());
    }

    @Test
    void anArticleWithAPlayerInItsSidebarIsAnArticle() {
        StringBuilder story = new StringBuilder("<article><h1>The harbour budget is split three ways</h1>");
        for (int i = 0; i < 4; i++) {
            story.append("<p>The council met on Thursday to decide how the harbour budget will be split between the "
                    + "new ferry pier, the repairs to the sea wall and the winter lighting on the promenade.</p>");
        }
        story.append("</article><aside class=\"sidebar\">").append(PLAYER).append("</aside>");
        String html = page("<meta property=\"og:type\" content=\"article\">", story.toString());
        assertEquals(PageType.ARTICLE, extract(html, "https://harbour.example/news/budget").pageType());
    }

    /** Teasers of {@code n} pieces, each an article element with a linked headline, a line of text and a date. */
    private static String teasers(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("<article class=\"post hentry\"><h2 class=\"entry-title\"><a href=\"/news/ferry-").append(i)
                    .append("\">Ferry story number ").append(i).append(" from the harbour desk</a></h2><p>The <mark>"
                    + "ferry</mark> to the outer islands runs twice a day from April, the harbour office said on"
                    + " Thursday.</p><time datetime=\"2026-11-2").append(i % 8).append("T10:00:00Z\">2").append(i % 8)
                    .append(" November 2026</time></article>");
        }
        return out.toString();
    }

    /** A site search's results and a writer's profile page list pieces; their teasers' dates date no article. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://harbour.example/?s=ferry              | <meta property="og:type" content="website">  | <h1>Results for 'ferry'</h1>
            https://harbour.example/search?q=ferry        | | <h1>Search results</h1>
            https://harbour.example/suche?keys=ferry      | | <h1>Suchergebnisse</h1>
            https://harbour.example/authors/mara-holm/    | <meta property="og:type" content="profile"> | <h1>Mara Holm</h1><p>Mara covers the harbour and the islands. She joined the Gazette in 2019.</p>
            https://harbour.example/team/mara-holm        | <script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Mara Holm"}}</script> | <h1>Mara Holm</h1><p>Mara covers the harbour and the islands. She joined the Gazette in 2019.</p>
            """)
    void aSearchOrProfilePageIsAListing(String url, String head, String top) {
        String html = page(head == null ? "" : head, top + "<div class=\"results\">" + teasers(20) + "</div>");
        assertEquals(PageType.LISTING, extract(html, url).pageType());
    }

    /** A share link's "?s=20" is no search: the story it tags is an article. */
    @Test
    void aShareTagInTheAddressIsNoSearch() {
        StringBuilder story = new StringBuilder("<article><h1>The harbour budget is split three ways</h1>");
        for (int i = 0; i < 4; i++) {
            story.append("<p>The council met on Thursday to decide how the <a href=\"/budget\">harbour budget</a> will"
                    + " be split between the new ferry pier, the repairs to the sea wall and the winter lighting.</p>");
        }
        story.append("</article>");
        String html = page("<meta property=\"og:type\" content=\"article\">", story.toString());
        assertEquals(PageType.ARTICLE, extract(html, "https://harbour.example/news/budget?s=20").pageType());
    }

    /**
     * A page declared not free to read that shows only a story's headline, standfirst and first sentence above a
     * sign-in wall is no article; one that shows the story is, wall or not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            false | 1 | EMPTY
            true  | 1 | ARTICLE
            false | 5 | ARTICLE
            """)
    void aStoryBehindASignInWallIsNoArticle(boolean free, int paragraphs, PageType type) {
        StringBuilder story = new StringBuilder("<article><h1>Commissioners approve the jail expansion</h1><p class="
                + "\"deck\">Opponents say the money should go toward mental health services instead.</p>"
                + "<div class=\"article-body paywall\">");
        for (int i = 0; i < paragraphs; i++) {
            story.append("<p>Hamlin County commissioners voted 2-1 on Tuesday night to approve a $48 million expansion"
                    + " of the county jail, ending months of debate that drew hundreds of residents to hearings.</p>");
        }
        story.append("<div class=\"c-regwall\"><h2>Create a free account to continue reading</h2><form><input"
                + " type=\"email\" name=\"email\"><button>Continue</button></form><p>Already have an account?"
                + " <a href=\"/login\">Sign in</a></p></div></div></article>");
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Commissioners"
                + " approve the jail expansion\",\"datePublished\":\"2026-11-25T10:30:00Z\",\"isAccessibleForFree\":"
                + free + "}</script>";
        assertEquals(type, extract(page(head, story.toString()), "https://harbour.example/news/jail").pageType());
    }

    @Test
    void aPageWithoutTextIsEmpty() {
        String html = page("", "<div id=\"app\"></div><script>render()</script>");
        assertEquals(PageType.EMPTY, extract(html, "https://harbour.example/app").pageType());
    }

    /**
     * A short news item in Chinese, 140 characters, says as much as a Latin one of about 300: an article, where the
     * same count of Latin characters is too little.
     */
    @Test
    void aShortChineseNewsItemIsAnArticle() {
        String item = "<h1>港口预算分配方案本周公布</h1><p>市议会星期四讨论了明年港口预算的分配问题。新的渡轮码头、海堤维修和"
                + "海滨步道的冬季照明哪一项应该优先，议员们意见不一。</p><p>港务局长表示码头应当先建，而不少居民则希望先解决步道"
                + "照明问题。最终决定预计将在年底前作出，财政委员会届时将再次审议各项目的费用。</p>";
        String chinese = page("", "<article>" + item + "</article>").replace("lang=\"en\"", "lang=\"zh\"");
        assertEquals(PageType.ARTICLE, extract(chinese, "https://harbour.example/news/budget").pageType());
        String latin = page("", "<article><h1>Budget</h1><p>" + "x".repeat(140) + "</p></article>");
        assertEquals(PageType.EMPTY, extract(latin, "https://harbour.example/news/budget").pageType());
    }

    /** An error page's title, alone or before the site's name; a headline that only starts like one is none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Page not found | Kestrel Ledger; true", "Error 404; true",
        "404 - Harbour Post; true", "Oops! Page not found; true", "Fehler 404: Seite nicht gefunden; true",
        "Page introuvable – Le Courrier; true", "Not found: the missing ferry; false",
        "404 reasons to love Oslo; false", "Error – The big mistake; false", "Harbour Post; false"})
    void tellsAnErrorPagesTitle(String title, boolean notFound) {
        assertEquals(notFound, PageClassifier.saysNotFound(title), title);
    }

    /**
     * A forum board's table of topics (each row led by its linked title, then its counts) is a listing; the same
     * table beside a story told in paragraphs leaves the page an article.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"false|LISTING", "true|ARTICLE"})
    void aTableOfLinkedTopicsIsAListing(boolean story, PageType expected) {
        StringBuilder rows = new StringBuilder("<table class=\"table_grid\"><tr><th>Subject</th><th>Replies</th>"
                + "<th>Last post</th></tr>");
        for (int i = 0; i < 12; i++) {
            rows.append("<tr><td><a href=\"/index.php?topic=").append(400 + i).append("\">Track plan question number ")
                    .append(i).append("</a><br><small>Started by member").append(i).append("</small></td><td>")
                    .append(3 + i).append(" Replies ").append(90 + i).append(" Views</td><td>November ").append(10 + i)
                    .append(", 2026, 07:15 PM by member").append(i + 1).append("</td></tr>");
        }
        rows.append("</table>");
        String sentence = "The members met every Thursday for a year to relay the branch line, re-wire the fiddle "
                + "yard and repaint the backscene, and the result was shown at the autumn exhibition in the village "
                + "hall. ";
        String prose = story ? "<h1>How the club rebuilt its layout</h1><p>" + sentence.repeat(3) + "</p>"
                : "<h1>Layout Planning</h1><p>Share your track plans and ask for a second opinion.</p>";
        String html = page("", prose + rows);
        assertEquals(expected, extract(html, "https://forum.example/index.php?board=4.0").pageType());
    }

    /**
     * A page whose only text is a consent tool's dialog over the story that has not loaded is empty, whatever its
     * metadata declares; a page whose body's classes name its consent state ("cookies-not-set") keeps its story.
     */
    @Test
    void aConsentWallIsEmpty() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lido to reopen\","
                + "\"datePublished\":\"2026-11-27T18:30:00Z\"}</script>";
        String wall = "<h1>Lido to reopen</h1><div id=\"article-body-mount\" data-requires-consent=\"true\"></div>"
                + "<div class=\"cmp-wall\" role=\"dialog\" aria-modal=\"true\"><h2>Your choice</h2><p>Local journalism "
                + "costs money to produce. You can read our website for free if you agree to cookies being used for "
                + "advertising, or you can subscribe and read it without advertising tracking.</p><p>If you choose "
                + "Accept all, we and our partners store and access information on your device, such as cookies and "
                + "unique identifiers, to show you personalised advertising and to measure how it performs.</p>"
                + "<button>Accept all</button><button>Subscribe</button></div>";
        assertEquals(PageType.EMPTY, extract(page(head, wall), "https://harbour.example/news/lido").pageType());
        String story = "<article><h1>Lido to reopen</h1><p>" + "The council backed the plan to reopen the lido after "
                + "twenty-two years, with the pool, the cafe and the changing rooms rebuilt by the summer of 2028. "
                .repeat(4) + "</p></article>";
        String html = page(head, story).replace("<body>", "<body class=\"cookies-not-set\">");
        assertEquals(PageType.ARTICLE, extract(html, "https://harbour.example/news/lido").pageType());
    }

    /** A page saying its story was taken down is empty, whatever latest posts it shows below the notice. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"This article is no longer available|EMPTY",
        "Dieser Artikel ist nicht mehr verfügbar|EMPTY", "Why the ferry is no longer available on Sundays|ARTICLE"})
    void aRemovedStoryIsEmpty(String heading, PageType expected) {
        String latest = "<div class=\"latest\"><h3><a href=\"/a\">Harbour budget split</a></h3><p>The council met on"
                + " Thursday to decide how the harbour budget will be split.</p></div>";
        String body = expected == PageType.ARTICLE ? "<p>" + "The ferry company says the Sunday crossing will not run"
                + " this winter, as too few riders used it last year and the crew is needed for repairs. ".repeat(8)
                + "</p>" : "<p>Sorry, the page you were looking for was removed. Go back to the <a href=\"/\">home"
                + " page</a>.</p>";
        String html = page("", "<h1>" + heading + "</h1>" + body + latest.repeat(6));
        assertEquals(expected, extract(html, "https://harbour.example/2026/11/20/ferry-story/").pageType(), heading);
    }
}
