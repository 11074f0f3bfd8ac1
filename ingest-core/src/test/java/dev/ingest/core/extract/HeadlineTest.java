package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which headline the extractor reports for the shapes templates give it: kickers inside the h1, a site logo in an
 * h1, a {@code <title>} with the site name at either end, a date stamped before the headline. Each row is a page
 * head and the top of its body, written for the case.
 */
class HeadlineTest {
    private static final String BODY = "<p>The ferry timetable changes on Monday: the first crossing leaves at seven "
            + "instead of six, and the last one returns at nine in the evening, an hour earlier than in summer.</p>"
            + "<p>The operator says fewer than ten people used the early crossing on most winter mornings last year, "
            + "and that the crew is needed for the maintenance of the second boat.</p>";

    private static String headline(String head, String top) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav></header><main><article>"
                + top + BODY + "</article></main><footer>© 2026 Coastal Herald</footer></body></html>";
        return new ArticleExtractor().extract(html, "https://herald.example/news/ferry-timetable",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE).title();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            kicker span in the h1 (news CMS) ^ <meta property="og:title" content="Ferries: Winter timetable starts on Monday"><title>Ferries: Winter timetable starts on Monday | Coastal Herald</title> ^ <h1 class="article-heading"><span class="article-heading__kicker">Ferries</span><span class="visually-hidden">: </span><span class="article-heading__title">Winter timetable starts on Monday</span></h1> ^ Winter timetable starts on Monday
            overline and colon spans ^ <title>Ferries and crossings: Winter timetable starts on Monday - Coastal Herald</title> ^ <h1><span class="ts-overline">Ferries and crossings</span><span class="ts-colon">: </span><span class="ts-headline">Winter timetable starts on Monday</span></h1> ^ Winter timetable starts on Monday
            Drupal title field in the h1 ^ <meta property="og:title" content="Winter timetable starts on Monday"><title>Winter timetable starts on Monday | Coastal Herald</title> ^ <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Winter timetable starts on Monday</span></h1><aside><h2>Coastal Herald</h2></aside> ^ Winter timetable starts on Monday
            label span before the headline ^ <meta property="og:title" content="Winter timetable starts on Monday"> ^ <h1><span class="story-label">Ferries</span> Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            small kicker and a line break ^ <meta property="og:title" content="Winter timetable starts on Monday"> ^ <h1 itemprop="headline"><small>Harbour</small><br>Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            leading emphasis the og:title leaves out ^ <meta property="og:title" content="Winter timetable starts on Monday"> ^ <h1><em>Harbour news </em>Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            screen-reader label in the h1 ^ <title>Winter timetable starts on Monday | Coastal Herald</title> ^ <h1 class="document-title"><span class="sr-only">Headline:</span> Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            site logo h1 before the post title (WordPress) ^ <title>Winter timetable starts on Monday – Coastal Herald</title> ^ <h1 class="site-title"><a href="https://herald.example/" rel="home">Coastal Herald</a></h1><h1 class="entry-title">Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            post title classed as the blog's, longer than a site's name ^ <meta property="og:title" content="Announcing our new timetable"><title>Winter timetable starts | Coastal Herald</title> ^ <h1 class="blog-title">Winter timetable starts on Monday with two extra sailings to the outer islands</h1> ^ Winter timetable starts on Monday with two extra sailings to the outer islands
            blog's name classed as its title, short ^ <title>Winter timetable starts on Monday | The Harbour Log</title> ^ <h1 class="blog-title">The Harbour Log</h1><h2 class="entry-title">Winter timetable starts on Monday</h2> ^ Winter timetable starts on Monday
            site's name in a hidden h1 inside the logo's link home (Jannah) ^ <meta property="og:site_name" content="Coastal Herald"><title>Winter timetable starts on Monday - Coastal Herald</title> ^ <div id="logo"><a title="Coastal Herald" href="https://herald.example/"><img src="/logo.png" alt="Coastal Herald"><h1 class="h1-off">Coastal Herald</h1></a></div><h1 class="post-title entry-title">Winter timetable starts on Monday, the harbour office says</h1> ^ Winter timetable starts on Monday, the harbour office says
            one-word headline the title starts with ^ <title>Timetables | Coastal Herald | Your harbour, every day</title> ^ <h1>Timetables</h1> ^ Timetables
            h1 that is a link home, title with » parts ^ <title>Coastal Herald » Blog Archive » Winter timetable starts on Monday</title> ^ <h1><a href="https://herald.example/">Coastal Herald</a></h1> ^ Winter timetable starts on Monday
            breadcrumb title ending in the headline ^ <title>Coastal Herald - News » Winter timetable starts on Monday</title> ^ <h1 class="logo"><a href="/">Coastal Herald</a></h1> ^ Winter timetable starts on Monday
            visible headline longer than the declared one ^ <meta property="og:title" content="Winter timetable starts - Coastal Herald"> ^ <h1>Winter timetable starts on Monday at the harbour</h1> ^ Winter timetable starts on Monday at the harbour
            visible headline shortened in the og:title ^ <meta property="og:title" content="Winter timetable starts | Coastal Herald"> ^ <h1 class="entry-title">Winter timetable starts: what changes on Monday</h1> ^ Winter timetable starts: what changes on Monday
            date stamped before the headline ^ <meta property="og:title" content="Winter timetable starts on Monday"> ^ <h2 class="entry-title">Nov 27 Winter timetable starts on Monday</h2> ^ Winter timetable starts on Monday
            a question's opening running into the declared headline ^ <meta property="og:title" content="Harbour Board's timetable would cut the last boat home"> ^ <h1 class="entry-title">Why the Harbour Board's timetable would cut the last boat home</h1> ^ Why the Harbour Board's timetable would cut the last boat home
            a label in capitals before the declared headline ^ <meta property="og:title" content="Winter timetable starts on Monday"> ^ <h1>EXCLUSIVE Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            numeric date and dash before the headline ^ <title>27.11.2026 - Winter timetable starts on Monday - Coastal Herald</title> ^ <h1>27.11.2026 - Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            headline that is the end of the og:title ^ <meta property="og:title" content="Ferries to the islands: Winter timetable starts"> ^ <h1 itemprop="headline">Winter timetable starts</h1> ^ Winter timetable starts
            twitter:title states the h1 the og:title rewrites ^ <meta property="og:title" content="New ferry hours | Coastal Herald"><meta name="twitter:title" content="Winter timetable starts on Monday"> ^ <h1>Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            h1 goes on past a teaser heading the og:title names ^ <meta property="og:title" content="Winter timetable starts"> ^ <h1>Winter timetable starts on Monday at the harbour</h1><h2 class="entry-title">Winter timetable starts</h2> ^ Winter timetable starts on Monday at the harbour
            typographic quotes in the h1, straight ones in the title ^ <title>Why I say "winter timetable" and not "cuts" - Coastal Herald</title> ^ <h1 class="entry-title">Why I say „winter timetable“ and not „cuts“</h1> ^ Why I say „winter timetable“ and not „cuts“
            arrow decoration before the heading ^ <title>Coastal Herald // » Winter timetable starts on Monday</title> ^ <h1 class="entry-title">[&gt; Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            quotation marks around the headline stay ^ <meta property="og:title" content="»Winter timetable starts on Monday«"> ^ <h1>»Winter timetable starts on Monday«</h1> ^ »Winter timetable starts on Monday«
            logo h1 names the site the title ends with ^ <title>Winter timetable - Ferries - Coastal Herald</title> ^ <h1><a href="/"><span>Ferries - Coastal Herald</span></a></h1> ^ Winter timetable
            the one h1 beats declared titles written for search ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"><title>Ferry hours 2026: all changes at a glance | Coastal Herald</title> ^ <h1 class="article-title">Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            the one h1 inside the form an ASP.NET page is built in ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"> ^ <form method="post" action="./story.aspx" id="aspnetForm"><h1 class="article-title">Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            a Korean portal's h3 under its logo h1 ^ <meta property="og:title" content="바다가 다시 일터로, 해녀학교 졸업생 첫 50명"><title>바다가 다시 일터로, 해녀학교 졸업생 첫 50명 | 다온뉴스</title> ^ <h1 class="doc-title"><a href="/">다온뉴스</a></h1><h3 class="tit_view">바다가 다시 일터로, 해녀학교 졸업생 첫 50명</h3> ^ 바다가 다시 일터로, 해녀학교 졸업생 첫 50명
            two h1s leave it to the declared titles ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"> ^ <h1>Winter timetable starts on Monday</h1><h1>Our newsletter</h1> ^ Ferry hours 2026: all changes at a glance
            meta title names the headline a headline block shows in full ^ <meta name="title" content="Winter timetable starts on Monday at the harbour"><title>Winter timetable | Coastal Herald</title> ^ <h1>Winter timetable</h1><h2 class="headline">Winter timetable starts on Monday at the harbour</h2> ^ Winter timetable starts on Monday at the harbour
            post title below a dozen linked h2s, dash typed differently ^ <meta property="og:title" content="Ferries - winter timetable starts on Monday"> ^ <aside class="links"><h2><a href="/news/1">Harbour note number 1</a></h2><h2><a href="/news/2">Harbour note number 2</a></h2><h2><a href="/news/3">Harbour note number 3</a></h2><h2><a href="/news/4">Harbour note number 4</a></h2><h2><a href="/news/5">Harbour note number 5</a></h2><h2><a href="/news/6">Harbour note number 6</a></h2><h2><a href="/news/7">Harbour note number 7</a></h2><h2><a href="/news/8">Harbour note number 8</a></h2><h2><a href="/news/9">Harbour note number 9</a></h2><h2><a href="/news/10">Harbour note number 10</a></h2><h2><a href="/news/11">Harbour note number 11</a></h2><h2><a href="/news/12">Harbour note number 12</a></h2><h2><a href="/news/13">Harbour note number 13</a></h2></aside><h2>Ferries – winter timetable starts on Monday</h2> ^ Ferries – winter timetable starts on Monday
            h1 of a newsletter teaser does not compete ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"> ^ <h1>Winter timetable starts on Monday</h1><div class="newsletter_teaser_block"><h1>Love in your inbox: our newsletter</h1></div> ^ Winter timetable starts on Monday
            one-word h1 the address spells ^ <title>Coastal Herald – news from the harbour</title> ^ <h1>Ferry-Timetable</h1><h2>More from the harbour</h2> ^ Ferry-Timetable
            one-word h1 the address does not spell ^ <title>Winter timetable starts on Monday</title> ^ <h1>Lorem</h1> ^ Winter timetable starts on Monday
            breadcrumb item repeating the title in an h1 ^ <title>Ferries: winter timetable starts Monday</title> ^ <div class="breadcrumbs"><span property="itemListElement"><a href="/">Home</a></span> &gt; <span property="itemListElement"><h1>Ferries: winter timetable starts Monday</h1></span></div><div class="post--title"><h2>“Home earlier”: winter timetable for all ferries starts on Monday</h2></div> ^ “Home earlier”: winter timetable for all ferries starts on Monday
            h1 inside the logo block names the site ^ <title>Winter timetable - Ferries - Coastal Herald</title> ^ <div class="header--logo"><h1>Ferries - Coastal Herald</h1></div> ^ Winter timetable
            title whose slot for the page was left empty ^ <title>Coastal Herald -</title> ^ <h2>Winter timetable starts on Monday</h2><h2>More from the harbour</h2> ^ Winter timetable starts on Monday
            forum name in the banner h1, topic in an h2 ^ <title>Winter timetable starts on Monday - Coastal Herald</title> ^ <div class="headerbar" role="banner"><h1>Coastal Herald</h1></div><h2 class="topic-title"><a href="./viewtopic.php?t=31">Winter timetable starts on Monday</a></h2> ^ Winter timetable starts on Monday
            headline in a banner heading when no other heading is ^ <title>Winter timetable starts on Monday | Coastal Herald</title> ^ <div role="banner"><h1>Winter timetable starts on Monday</h1></div><h2>Timetable</h2> ^ Winter timetable starts on Monday
            declared titles sharing their last part ^ <meta property="og:title" content="Harbour revolution?: Winter timetable starts"><title>Coastal Herald | Ferries: Winter timetable starts</title> ^  ^ Winter timetable starts
            logo h1, the headline marked in an h2, declared titles written for search ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"><title>Ferry hours 2026: all changes at a glance | Coastal Herald</title> ^ <h1 class="site-logo"><a href="/"><span>Coastal Herald</span></a></h1><h2 class="article__headline" itemprop="headline">Winter timetable starts on Monday</h2> ^ Winter timetable starts on Monday
            logo h1 and two marked headlines leave it to the declared titles ^ <meta property="og:title" content="Ferry hours 2026: all changes at a glance"> ^ <h1 class="site-logo"><a href="/">Coastal Herald</a></h1><h2 itemprop="headline">Winter timetable starts on Monday</h2><h2 itemprop="headline">Night buses return</h2> ^ Ferry hours 2026: all changes at a glance
            site name after the headline, repeated by a widget heading ^ <meta property="og:site_name" content="Coastal Herald"><meta property="og:title" content="Winter timetable: what changes at the harbour on Monday"><title>Winter timetable: what changes at the harbour on Monday - Coastal Herald</title> ^ <h1 class="entry-title">Winter timetable</h1><aside><h2 class="widget-title">Coastal Herald</h2></aside> ^ Winter timetable
            a personal site's page headed with the site's name ^ <meta property="og:site_name" content="Mara Holm"><title>maraholm.example // » Mara Holm</title> ^ <h1></h1><h2>[&gt; Mara Holm</h2> ^ Mara Holm
            blog name, a colon, the entry's title ^ <title>Coastal Notes: Winter timetable starts on Monday at the harbour</title> ^ <h1 id="banner-header"><a href="https://coastal.example/">Coastal Notes</a></h1><h3 class="entry-header">Winter timetable starts on Monday at the harbour</h3> ^ Winter timetable starts on Monday at the harbour
            one headline set twice, for small and large screens, under a section's title ^ <meta property="og:title" content="Local News | Coastal Herald"><title>Local News | Coastal Herald</title> ^ <h1 class="d-block d-md-none">Winter timetable starts on Monday</h1><img src="/ferry.jpg" alt=""><h1 class="d-none d-md-block">Winter timetable starts on Monday</h1> ^ Winter timetable starts on Monday
            two different h1s under a section's title ^ <meta property="og:title" content="Local News | Coastal Herald"><title>Local News | Coastal Herald</title> ^ <h1>Winter timetable starts on Monday</h1><h1>Night buses return</h1> ^ Local News | Coastal Herald
            title part the description repeats ^ <meta name="description" content="Winter timetable starts on Monday"><title>Harbour Club Coastal - Winter timetable starts on Monday - Harbour Press - News</title> ^  ^ Winter timetable starts on Monday
            """)
    void picksTheHeadline(String name, String head, String top, String expected) {
        assertEquals(expected, headline(head, top), name);
    }

    /** A stray character in the head ends it early and the parser moves the {@code <title>} into the body. */
    @org.junit.jupiter.api.Test
    void readsATitleTheParserMovedIntoTheBody() {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\">&nbsp;<title>Coastal Herald » Blog Archive » "
                + "Winter timetable starts on Monday</title></head><body><h1><a href=\"https://herald.example/\">Coastal "
                + "Herald</a></h1><div class=\"post\">" + BODY + "</div></body></html>";
        assertEquals("Winter timetable starts on Monday", new ArticleExtractor().extract(html,
                "https://herald.example/2026/11/ferry", OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE).title());
    }

    /** The body's classes are page-wide flags: a "modal" among them does not make the whole page a widget. */
    @org.junit.jupiter.api.Test
    void readsTheOneH1OnAPageFlaggedWithAModal() {
        String html = "<html><head><meta property=\"og:title\" content=\"Ferry hours 2026: all changes at a glance\">"
                + "</head><body class=\"single enable-search-modal\"><article><h1>Winter timetable starts on Monday</h1>"
                + BODY + "</article><div class=\"newsletter-box\"><h1>Our newsletter</h1></div></body></html>";
        assertEquals("Winter timetable starts on Monday", new ArticleExtractor().extract(html,
                "https://herald.example/2026/11/ferry", OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE).title());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "https://ruhr.example/essen/essen-west/essen-west.htm, Essen-West, true",
        "https://choir.example/geschichte.html, Chorgeschichte, true",
        "https://herald.example/2026/%C3%BCber-uns/, Über uns, true",
        "https://fakehost.example/base-url/, Lorem, false",
        "https://herald.example/news/, News, true",
        "https://herald.example/news/, Design, false",
        "not a url, Design, false"})
    void oneWordHeadingNeedsTheAddressToAgree(String url, String heading, boolean named) {
        assertEquals(named, ArticleExtractor.slugNames(url, heading));
    }

    /** Accents typed as a letter and a combining mark come out composed, in the title and the text alike. */
    @org.junit.jupiter.api.Test
    void composesAccents() {
        String decomposed = "Cafe\u0301 on the pier reopens";
        var extraction = new ArticleExtractor().extract("<html><head><title>" + decomposed + "</title></head><body>"
                + "<article><h1>" + decomposed + "</h1><p>The cafe\u0301 on the pier opens again on Monday after a "
                + "winter of repairs to its roof and its terrace.</p>" + BODY + "</article></body></html>",
                "https://herald.example/cafe", OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertEquals("Caf\u00e9 on the pier reopens", extraction.title());
        org.junit.jupiter.api.Assertions.assertTrue(extraction.text().contains("The caf\u00e9 on the pier"),
                extraction.text());
        org.junit.jupiter.api.Assertions.assertTrue(extraction.html().contains("The caf\u00e9 on the pier"),
                extraction.html());
    }
}
