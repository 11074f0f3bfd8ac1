package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlCleanerTest {
    /**
     * Two rails of teasers with summaries beside a short story, and a hidden panel longer than all of it: the rails
     * are counted out of the running text and removed, the story stays.
     */
    @org.junit.jupiter.api.Test
    void countsRailsOfTeasersOutBesideAShortStory() {
        var doc = Jsoup.parse(pageWithRails(false), "https://paper.example/brief");
        HtmlCleaner.clean(doc, java.util.List.of(), false);
        String text = doc.body().text();
        assertTrue(text.contains("The first half") && text.contains("The second half"), text);
        assertFalse(text.contains("A summary of that other story"), text);
    }

    /**
     * The same story in two blocks of equal length: neither holds most of what the rails leave, so the rails stay
     * counted in and the story is the block around them all, halves kept.
     */
    @org.junit.jupiter.api.Test
    void endsTheSearchWhenNoBlockHoldsMostOfWhatTheRailsLeave() {
        var doc = Jsoup.parse(pageWithRails(true), "https://paper.example/brief");
        HtmlCleaner.clean(doc, java.util.List.of(), false);
        String text = doc.body().text();
        assertTrue(text.contains("The first half") && text.contains("The second half"), text);
    }

    private static String pageWithRails(boolean halves) {
        StringBuilder html = new StringBuilder("<html><body><div class=page><div style=\"display:none\">");
        for (int i = 0; i < 6; i++) {
            html.append("<p>A panel the page keeps folded away, with a long explanation of how the council's budget"
                    + " consultation works and who may take part in it this winter.</p>");
        }
        html.append("</div>");
        for (String rail : new String[] {"Top stories", "More from Nagpur"}) {
            html.append("<section class=rail><h2>").append(rail).append("</h2>");
            for (int i = 0; i < 6; i++) {
                html.append("<div><h3><a href=\"/story/").append(rail.length() * 10 + i).append("\">Another story's"
                        + " headline number ").append(i).append("</a></h3><p>A summary of that other story, two"
                        + " sentences long, which reads like news. It says what happened and where.</p></div>");
            }
            html.append("</section>");
        }
        html.append(halves ? "<div class=part>" : "<div class=story>");
        for (String half : new String[] {"first", "second"}) {
            html.append("<p>The ").append(half).append(" half of the brief: the feeder buses start on Tuesday from the"
                    + " metro station and run every twenty minutes until late evening.</p>");
            if (halves && half.equals("first")) {
                html.append("</div><div class=part>");
            }
        }
        return html.append("</div></div></body></html>").toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div style="display:none">                    | true
            <div style="DISPLAY : None">                  | true
            <div style="color:red; visibility: Hidden">   | true
            <div style="display:block">                   | false
            <div style="overflow:hidden">                 | false
            <div style="border:none">                     | false
            <div hidden>                                  | true
            <div aria-hidden="TRUE">                      | true
            <figure aria-hidden="true">                   | false
            <div>                                         | false
            """)
    void readsHiddenFromTheMarkup(String html, boolean hidden) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        assertEquals(hidden, HtmlCleaner.isHidden(e));
    }

    /** The screen before resolving a link against the next page's address never turns away the link it resolves to. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/2026/11/dam-opens/        | 2/
            https://news.example/2026/11/dam-opens/        | ./2
            https://news.example/2026/11/dam-opens/        | ../dam-opens/2/
            https://news.example/2026/11/dam-opens/        | ?page=2
            https://news.example/2026/11/dam-opens/        | /2026/11/dam-opens/page/2#top
            https://news.example/2026/11/dam-opens/        | HTTPS://NEWS.EXAMPLE
            https://news.example/2026/11/dam-opens/        | //news.example/seite/2/.
            https://news.example/2026/11/dam-opens/        | 'page/2/\t'
            https://news.example/2026/11/dam-opens/        | p\u00e1gina/2
            https://news.example/a/b                       | ../../../c/d
            https://news.example/a/b                       | caf%C3%A9/2
            https://news.example/a/b                       | x/y/..
            """)
    void screensNoLinkAwayFromItsOwnAddress(String base, String href) {
        String resolved = new BaseUrl(base).resolve(href);
        String target = resolved.endsWith("/") ? resolved.substring(0, resolved.length() - 1) : resolved;
        assertTrue(HtmlCleaner.mayLeadTo(href, target), resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/2026/11/dam-opens/2 | /2026/11/dam-opens/3/
            https://news.example/2026/11/dam-opens/2 | https://news.example/tag/dams/
            https://news.example/2026/11/dam-opens/2 | ?page=3
            """)
    void turnsAwayLinksEndingOtherwise(String target, String href) {
        assertFalse(HtmlCleaner.mayLeadTo(href, target));
    }

    /** The channel and store links are told by their addresses as these patterns tell them, in any ASCII case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://chat.whatsapp.com/Kx7                  | true  | false
            HTTPS://WWW.WhatsApp.com/channel/0029Va        | true  | false
            //t.me/harbourgazette                          | true  | false
            http://telegram.me/harbour                     | true  | false
            https://invite.viber.com/?g2=AQB               | true  | false
            https://www.t.me/x                             | true  | false
            https://play.google.com/store/apps/details?id=x | false | true
            https://apps.apple.com/app/id123               | false | true
            https://itunes.apple.com/de/app/gazette/id1    | false | true
            https://itunes.apple.com//app/x                | false | false
            https://itunes.apple.com/de/apps/x             | false | false
            https://wwwhatsapp.com/channel/x               | false | false
            https://news.example/t.me/x                    | false | false
            ftp://t.me/x                                   | false | false
            https:/t.me/x                                  | false | false
            /whatsapp.com/channel/x                        | false | false
            https://                                       | false | false
            ''                                             | false | false
            """)
    void tellsChannelAndStoreLinksAsThePatternsDo(String href, boolean channel, boolean store) {
        java.util.regex.Pattern channelLink = java.util.regex.Pattern.compile("(?i)^(?:https?:)?//(?:www\\.)?"
                + "(?:chat\\.whatsapp\\.com/|whatsapp\\.com/channel/|t\\.me/|telegram\\.me/|invite\\.viber\\.com/)");
        java.util.regex.Pattern storeLink = java.util.regex.Pattern.compile("(?i)^(?:https?:)?//(?:www\\.)?"
                + "(?:play\\.google\\.com/store/apps/|apps\\.apple\\.com/|itunes\\.apple\\.com/[^/]+/app/)");
        assertEquals(channel, channelLink.matcher(href).lookingAt(), href);
        assertEquals(store, storeLink.matcher(href).lookingAt(), href);
        Element a = Jsoup.parseBodyFragment("<a>x</a>").selectFirst("a").attr("href", href);
        Element badge = Jsoup.parseBodyFragment("<a></a>").selectFirst("a").attr("href", href);
        assertEquals(channel, HtmlCleaner.isChannelCall(a), href);
        assertEquals(channel || store, HtmlCleaner.isChannelCall(badge), href);
    }
}
