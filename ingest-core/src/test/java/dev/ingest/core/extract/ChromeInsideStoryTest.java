package dev.ingest.core.extract;

import static dev.ingest.core.extract.StoryFixtures.assertStory;
import static dev.ingest.core.extract.StoryFixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chrome the template puts inside the story block itself, where no class name gives it away: teaser headings with
 * their links, and the like. The story stays whole.
 */
class ChromeInsideStoryTest {
    private static final String STORY = "<p>The ferry to the outer islands runs twice a day from April, the harbour "
            + "office said, and the timetable, the fares and the new bicycle racks on deck were agreed last week.</p>"
            + "<p>Islanders had asked for a second crossing for years, mostly for the school run and the doctor.</p>";

    /** The text the engine extracts from {@code html} at {@code url}, fetched at noon on 28 November 2026. */
    private static String storyText(String html, String url) {
        return new ArticleExtractor().extract(html, url, java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE).text();
    }

    /**
     * A comment section whose comments are {@code <article>}s of their own, marked comments, holds no story: it goes,
     * however long the thread.
     */
    @Test
    void dropsACommentSectionOfCommentArticles() {
        String comment = "<article class=\"comment\"><header><a class=\"p-author\" href=\"https://reader.example\">Hamish"
                + " Oduya</a> <time>19 October 2026</time></header><div class=\"e-content\"><p>This took me straight back"
                + " to my first crossing on the old ferry twenty years ago, when the timetable was a chalkboard by the"
                + " slipway and nobody minded waiting for the tide.</p></div></article>";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><main><article"
                + " class=\"post\"><h1>Ferry</h1>" + STORY + STORY + "</article><section id=\"comments\""
                + " class=\"comments\"><h2>7 responses</h2>" + comment.repeat(4) + "</section></main></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "the doctor"}, new String[] {"first crossing", "Hamish"});
    }

    /**
     * A newsletter issue's sponsor box set into the story ("Auspicia esta edición", "This issue is sponsored by") goes
     * with its label; a fact box of the story under a heading stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="box"><p style="font-size:11px">Auspicia esta edición</p><p>Ferretería El Ancla, en Las Quilas desde 1987. Todo para preparar la casa antes de las lluvias: canaletas, membranas y leña seca certificada. <a href="https://ancla.example/">Revisa las ofertas</a></p></div> | Ferretería El Ancla | false
            <div class="box"><p><span>This issue is sponsored by Tallyroll</span></p><p>Tallyroll keeps the books of four thousand small harbours and boatyards, from the first invoice of the season to the last one of the year.</p></div> | four thousand small harbours | false
            <div class="box"><p><strong>The crossing in numbers</strong></p><p>Two crossings a day from April, forty bicycles on deck and a fare of four pounds for islanders, the same as last year.</p></div> | forty bicycles on deck | true
            """)
    void dropsANewslettersSponsorBox(String box, String passage, boolean kept) {
        String text = storyText("<html><body><article><h1>Ferry</h1>" + STORY + box + STORY + "</article></body></html>",
                "https://harbour.example/ferry");
        assertEquals(kept, text.contains(passage), box);
        assertTrue(text.contains("the doctor"), text);
    }

    /**
     * The promoter statement a campaign's or union's page carries goes, inside the story or after it; a sentence of the
     * story about who authorised what stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <article><h1>Ferry</h1>%s<p>Authorised by Tamati Reweti, National Secretary, Aotearoa Educators' Union, Level 4, 126 Willis Street, Wellington.</p></article> | Tamati Reweti | false
            <article><h1>Ferry</h1>%s</article><p>Promoted by Alys Hale on behalf of the Harbour Alliance, 12 Mill Lane, Leeds LS1 4AB, and printed by the union.</p> | Alys Hale | false
            <article><h1>Ferry</h1>%s<p>Authorised by the council in 2019, the old timetable had only one crossing a day, and the harbour office kept it for six years.</p></article> | Authorised by the council | true
            """)
    void dropsAPromoterStatement(String page, String passage, boolean kept) {
        String text = storyText("<html><body><main>" + page.formatted(STORY + STORY) + "</main></body></html>",
                "https://harbour.example/ferry");
        assertEquals(kept, text.contains(passage), page);
        assertTrue(text.contains("the doctor"), text);
    }

    /**
     * A player's box around the story's audio goes, label, times and the narrator's credit, however it is named (or,
     * where a script brings the audio, a box with a play button whose class names audio); a figure's caption over a
     * recording stays, as a picture's does, and so does a box holding a paragraph of the story or a link, or a play
     * button's box that names no audio.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="drift-listen"><button>▶</button><span>Listen to this article</span> <span>0:00 / 9:41</span><audio src="/a.mp3"></audio><p>Narrated by Simon Achterberg for the audio edition</p></div> | Narrated by | false
            <figure><div class="x"><audio controls src="/bells.mp3"></audio><span>0:00</span></div><figcaption>The bells of Calder Wick rung for the first time in a decade</figcaption></figure> | rung for the first time | true
            <div class="y"><audio src="/a.mp3"></audio><p>In this recording the harbour master reads out the new winter timetable, stop by stop, for those who cannot get to the office.</p></div> | stop by stop | true
            <div class="y"><audio src="/a.mp3"></audio><p>The whole timetable, read out by the harbour master, is on <a href="/timetable">the harbour office's page</a>.</p></div> | read out by | true
            <div class="audio-box" data-media-urn="urn:x:audio:41"><span>Audio</span><p>The harbour master on the new winter timetable</p><p>Morning news, 25.11.2026 · 2 minutes</p><button type="button">Listen</button></div> | harbour master on | false
            <div class="y"><p>The harbour master on the new winter timetable</p><button type="button">Listen</button></div> | harbour master on | true
            """)
    void aPlayerBoxAroundAudioGoes(String player, String words, boolean kept) {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><main><article"
                + " class=\"post\"><h1>Ferry</h1>" + player + STORY + STORY + "</article></main></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertEquals(kept, x.text().contains(words), x.text());
        assertTrue(x.text().contains("twice a day"), x.text());
    }

    /**
     * A link to the story's next page, the one its head declares with {@code rel="next"}, is paging, not story; a link
     * of the same words to another page stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://harbour.example/ferry/2/ | false
            https://harbour.example/ferry/3/ | true
            """)
    void aLinkToTheStorysNextPageGoes(String next, boolean kept) {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title><link rel=\"next\" href=\"" + next
                + "\"></head><body><main><article class=\"post\"><h1>Ferry</h1>" + STORY + STORY + "<a"
                + " class=\"ns-next-page\" href=\"/ferry/2/\">Next page: The winter the engine failed</a>"
                + "</article></main></body></html>", "https://harbour.example/ferry/",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertEquals(kept, x.text().contains("The winter the engine failed"), x.text());
        assertTrue(x.text().contains("twice a day"), x.text());
    }

    /**
     * A box inviting the reader to the publisher's messenger channel, or to its app with a store's badge, goes, in
     * whatever language it asks, when its call stands on a line of its own or the line opens asking the reader to
     * follow on a messenger, and links there; a sentence of the story linking a channel or an app stays, and so do a
     * box that links elsewhere too and a table's row.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="wa-box"><p>📲 আমাৰ WhatsApp চেনেলত যোগদান কৰক</p><p>সকলো খবৰ সকলোতকৈ আগতে নিজৰ ফোনত পাবলৈ</p><a href="https://whatsapp.com/channel/0029Va01">যোগদান কৰক</a></div> | সকলো খবৰ | false
            <div class="x"><p>Alle Nachrichten zuerst aufs Handy</p><p><a href="https://t.me/harbourpost">Beitreten</a></p></div> | Alle Nachrichten | false
            <div class="x"><p>Breaking news alerts on your phone with the Harbour Post app</p><a href="https://play.google.com/store/apps/details?id=post.harbour"><img src="/play.png" alt="Google Play"></a><a href="https://apps.apple.com/app/id16200"><img src="/store.png" alt="App Store"></a></div> | Breaking news alerts | false
            <div class="x"><p>All the Harbour Post's news as it happens, in our channels</p><p><a href="https://whatsapp.com/channel/0029Va01">Click here to join our channel on WhatsApp</a> · <a href="https://t.me/harbourpost">Telegram</a></p></div> | as it happens | false
            <div class="wa-channel"><p><strong>📲 Suivez Mashariki Actu sur WhatsApp :</strong> rejoignez notre chaîne pour recevoir les alertes en temps réel. <a href="https://whatsapp.com/channel/0029Vb01">Rejoindre la chaîne</a></p></div> | alertes en temps réel | false
            <p>The islanders coordinate the crossings in a group, <a href="https://t.me/ferrywatch">Ferry Watch</a>, with 2,000 members.</p> | coordinate the crossings | true
            <p>Follow the ferry's position in the islanders' group, which 2,000 people read on <a href="https://t.me/ferrywatch">Telegram</a> every morning.</p> | every morning | true
            <table><tr><th>App</th><th>Size</th></tr><tr><td><a href="https://play.google.com/store/apps/details?id=a.ferry"><img src="/f.png" alt=""></a></td><td>71.1 MB, down from 80.2 MB</td></tr></table> | 71.1 MB | true
            <ul><li>Ferry Times, the timetable on your phone: <a href="https://play.google.com/store/apps/details?id=a.ferry">Google Play</a></li></ul> | the timetable on your phone | true
            <div class="x"><p>The ferry office posts changes to the timetable on its website and in its channel.</p><p><a href="https://t.me/ferryoffice">Ferry office</a> · <a href="/timetable">Timetable</a></p></div> | posts changes | true
            """)
    void aBoxInvitingToAMessengerChannelGoes(String box, String words, boolean kept) {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><main><article"
                + " class=\"post\"><h1>Ferry</h1>" + STORY + box + STORY + "</article></main></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertEquals(kept, x.text().contains(words), x.text());
        assertTrue(x.text().contains("twice a day"), x.text());
    }

    /**
     * A comment section whose comments are {@code <article>}s in a list ({@code <ol><li><article>}), unmarked, holds no
     * story either.
     */
    @Test
    void dropsACommentSectionOfArticlesInAList() {
        String comment = "<li class=\"cmt-item\"><article><header><a href=\"/users/sio\">sio*****</a> <time>11/26 19:12"
                + "</time></header><p class=\"cmt-body\">I grew up on the island, and in winter the ferry did not run for"
                + " days; my grandmother's appointments were put off again and again.</p></article></li>";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><main><article"
                + " class=\"post\"><h1>Ferry</h1>" + STORY + "</article><section id=\"comment\"><h2>Comments 86</h2><ol>"
                + comment.repeat(4) + "</ol></section></main></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "the doctor"}, new String[] {"grandmother", "sio*"});
    }

    /**
     * A label of a teaser line in a block of text set with line breaks goes with its line; the lines after it keep
     * their breaks. An affiliate disclosure beside the story block goes too.
     */
    @Test
    void aTeaserLineInTextSetWithBreaksGoesAlone() {
        String lines = "The ferry to the outer islands runs twice a day from April, the harbour office said on Friday."
                + "<br><br>Islanders had asked for a second crossing for years, mostly for the school run.<br><br><b>"
                + "Related:</b> <a href=\"/news/1\">Ferry board weighs cutting two winter runs</a><br><br>The new"
                + " timetable takes effect with the first sailing in April.<br><br>Fares stay as they are until the"
                + " summer.";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><h1>Ferry</h1><div"
                + " class=\"col\"><p class=\"disclosure\">Harbour Guide editors independently choose every place we"
                + " write about. We may earn a commission when you book through links on this page.</p><div"
                + " class=\"storytext\">" + lines + "</div></div></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertTrue(x.text().contains("sailing in April.\nFares stay"), x.text());
        assertFalse(x.text().contains("Ferry board weighs"), x.text());
        assertFalse(x.text().contains("commission"), x.text());
    }

    /** A licence notice set in the story's markup is no part of it, for all its sentences. */
    @Test
    void dropsALicenceNoticeInsideTheStory() {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY + STORY + "<div class=\"noprint\" id=\"license-notice\">This text is"
                + " published under the terms of the Creative Commons Attribution 4.0 licence. You are free to republish"
                + " it, as long as you credit the Gazette.</div></div></article></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "the doctor"}, new String[] {"Creative Commons"});
    }

    /**
     * A card for another story set between the story's paragraphs (a teaser named so, under that story's linked
     * headline) goes, for all its sentences; a section of the story whose heading links back to the page's table of
     * contents stays, and so does one of a row of such cards, which is a listing's.
     */
    @Test
    void dropsAStorysCardForAnotherStoryOnly() {
        String card = "<div class=\"premium-teaser\"><span>Premium</span><h3><a href=\"/news/inside-the-sewage-crisis\">"
                + "Inside the sewage crisis at the pump stations</a></h3><p>For almost four years, contractors and"
                + " officials knew that the pumps feeding the works were failing, internal reports show.</p>"
                + "<p>Subscribe to read more of this investigation.</p></div>";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + card + STORY.repeat(2) + "</div></article></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "the doctor"}, new String[] {"almost four years"});
        String section = "<div class=\"section teaser\"><h2><a class=\"toc-backref\" href=\"#id5\">Sharing with a"
                + " single developer</a></h2><p>The key to a shared history is to keep your changes in draft while you"
                + " pass them around, the guide says, and to publish them only once they are tested.</p></div>";
        x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + section + STORY.repeat(2) + "</div></article></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "keep your changes in draft"}, new String[] {});
        x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + card + card.replace("sewage", "ferry") + STORY.repeat(2)
                + "</div></article></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "almost four years"}, new String[] {});
    }

    /**
     * A product box around paid links ({@code rel="sponsored"}) between the paragraphs goes, its shop buttons and the
     * line about the product with them; a paid link inside one of the story's sentences leaves the sentence.
     */
    @Test
    void dropsAProductBoxAroundPaidLinksOnly() {
        String box = "<div class=\"product-card\"><p class=\"name\">Halvard Keystone Hub</p><p>Matter, Thread and"
                + " Zigbee bridge with local-only automations.</p><ul><li><a rel=\"sponsored nofollow\""
                + " href=\"https://shop.example/keystone\">$199 at Shopwell</a></li></ul></div>";
        String sentence = "<p>The hub costs less than its rival and is sold at <a rel=\"sponsored\""
                + " href=\"https://shop.example/keystone\">Shopwell</a> from Friday, the company said.</p>";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + box + sentence + STORY.repeat(2)
                + "</div></article></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "sold at Shopwell from Friday"},
                new String[] {"local-only automations", "$199"});
    }

    /**
     * The signature a blog sets under every post goes, however much it says; a block so classed with the story's text
     * after it stays, and so do the signatures of the letters a page gathers, one under each, and the writer's name
     * signing the story.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="signature"><p><em>Paper Weather comes out four times a year and is folded by hand in Leiden. Back issues are listed on the pinned page above, with what each cost.</em></p></div> | folded by hand | false
            <div class="signature-story"><p>The harbour master, who has run the office for thirty years, signed the new timetable herself on Friday afternoon, the office said.</p></div><p>Islanders welcomed the change and asked for more crossings in the summer months as well.</p> | signed the new timetable | true
            <p class="letter-signature">Evelyn Marsh-Carrow, Osprey Flats</p><p>We were promised a second crossing in the summer, and the money for it was raised in the spring.</p><p class="letter-signature">Ruth and Gerald Penwick, Osprey Flats</p> | Gerald Penwick | true
            <p class="signature text-right"><strong>Fanja R.</strong></p> | Fanja R. | true
            """)
    void aSignatureClosingThePostGoes(String end, String words, boolean kept) {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"e-content\">" + STORY.repeat(2) + end + "</div></article></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertEquals(kept, x.text().contains(words), x.text());
        assertTrue(x.text().contains("twice a day"), x.text());
    }

    /** Offer cards whose paid button stands on a line of its own among the card's blocks go, each a product box. */
    @Test
    void dropsOfferCardsWithAPaidButtonOfTheirOwn() {
        String card = "<div class=\"OfferCard_card__a7\"><div class=\"OfferCard_brand__dD\">Harborline Bank High-Yield"
                + " Savings</div><div class=\"OfferCard_stats__Jf\"><span>APY: 4.10%</span><span>Min. deposit: $0</span>"
                + "</div><p class=\"OfferCard_blurb__fY\">No monthly fees and daily compounding. Member FDIC.</p><a"
                + " class=\"OfferCard_cta__Wm\" href=\"https://www.bank.example/go/hysa\" rel=\"sponsored nofollow\">Open"
                + " account</a></div>";
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + "<div class=\"PartnerOffers_module__e4\">" + card.repeat(2)
                + "</div>" + STORY.repeat(2) + "</div></article></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day"}, new String[] {"daily compounding", "APY"});
    }

    /**
     * A tool set into the story, a block holding fields a reader fills in and a paid link on a line of its own (a
     * calculator with its partner's offer, a rate table with its filters and "Go to site" buttons), goes whole with
     * its title, result and small print; a block of the story's paragraphs holding a field and a paid link in one of
     * its sentences stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="calc"><div class="calc__head"><span>Calculator</span><h3>What will you pay a month?</h3></div><form><label>Price of the home <input type="number" value="265000"> €</label><label>Term <select><option>30 years</option></select></label><button type="button">Work it out</button></form><div class="calc__result">Estimated monthly payment 876 € · APR 3.41%</div><p class="calc__note">An estimate only, without insurance or fees. It does not replace the standard information sheet your bank must give you before you sign.</p><a href="https://partner.example/loans" rel="sponsored">Compare loans with our partner</a></div> | An estimate only | false
            <section class="rates"><h3>Best notice accounts</h3><span class="stamp">Rates checked 27/11/2026</span><label>Deposit <input type="number" value="10000"></label><table><tr><th>Provider</th><th>Notice</th><th>AER</th><th>Interest after a year on £10,000</th><th></th></tr><tr><td>Harbour Bank</td><td>95 days</td><td>4.71%</td><td>£471</td><td><a href="/go/harbour" rel="sponsored nofollow">Go to site</a></td></tr><tr><td>Tamar Building Society</td><td>90 days</td><td>4.65%</td><td>£465</td><td><a href="/go/tamar" rel="sponsored nofollow">Go to site</a></td></tr><tr><td>Castlegate Savings</td><td>60 days</td><td>4.52%</td><td>£452</td><td><a href="/go/castlegate" rel="sponsored nofollow">Go to site</a></td></tr></table><p class="rates__note">AER stands for Annual Equivalent Rate. Rates are variable and can change at any time; the table is ordered by commercial arrangement first.</p></section> | Rates checked | false
            <div class="part"><p>The harbour office put a fares calculator on its own site in the spring, and the ferry company sells its season tickets at <a href="https://shop.example/ferry" rel="sponsored">Shopwell</a> from Friday, the office said.</p><label>Your stop <input type="text"></label></div> | season tickets at Shopwell | true
            """)
    void aToolInTheStoryGoesWhole(String insert, String words, boolean kept) {
        String text = storyText("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><div class=\"body\">"
                + STORY.repeat(2) + insert + STORY.repeat(2) + "</div></article></body></html>",
                "https://harbour.example/ferry");
        assertTrue(text.contains("twice a day"), text);
        assertEquals(kept, text.contains(words), text);
    }

    /**
     * A call to sign up set into the story goes: a box whose call is a link the cleaner takes as a call to action
     * ({@code class="digest__cta"}), a line ending on a "Sign up here." link, a paragraph set wholly in italics, and a
     * line in a box marked "sign-up" in two words. A sentence of the story about signing up for alerts stays, and so
     * does one that links "subscribe" without asking the reader.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="layout--digest"><p><strong>Unlock the Harbour Digest for free.</strong> Our editor selects her favourite stories in this weekly newsletter.</p><a class="digest__cta" href="/newsletters/digest">Sign up</a></div> | favourite stories | false
            <div><p>The Metals Brief newsletter brings you the day's moves in metals. <a href="/newsletters/metals">Sign up here.</a></p></div> | the day's moves | false
            <p><em>Never miss a story — sign up for the Gazette's free daily newsletter to stay up-to-date on the islands.</em></p> | Never miss a story | false
            <div class="row"><p class="sign-up__text__1r3Z2">Get the island briefing every morning in your inbox.</p></div> | island briefing | false
            <div class="jeg_wa_channel"><p><strong>📲 Seguí a Norte Hoy en nuestro canal de WhatsApp</strong> y recibí las noticias antes que nadie. <a href="https://whatsapp.example/channel">Sumate acá</a></p></div> | antes que nadie | false
            <p>The ferry company opened a channel on WhatsApp for delays, the harbour office said on <a href="/news">Monday</a></p> | channel on WhatsApp | true
            <div class="bb-callout tip-box"><h4>Do You Have a Tip for The Gazette? Help Us Do Journalism.</h4><p>Got a story we should hear? Are you down to be a source on a specific topic? Contact us securely through our tip form.</p><p><a class="btn" href="/tips">Send a Tip</a></p></div> | source on a specific topic | false
            <aside class="sponsored-message story-enhancement"><p class="sponsored-message__label">A message from Northgate Rail Alliance:</p><p>Freight rail moves forty percent of the long-distance freight of the country and keeps millions of trucks off the highway every year.</p><a href="https://ad.example/click" rel="sponsored">Learn more</a></aside> | Freight rail moves | false
            <div class="boxout"><div class="boxout-heading">Protect the Halvard Ridge</div><div class="boxout-excerpt">Join 214,000 people calling on governments to stop deep-sea mining before it starts.</div><a class="btn" href="/act/halvard">Sign the petition</a></div> | calling on governments | false
            <div class="premium-promo"><p class="premium-promo__title">Envie de lire la Gazette sans publicité ?</p><p class="premium-promo__text">Avec la Gazette+, profitez d’une lecture sans pub, de newsletters exclusives et soutenez un journalisme local indépendant.</p><a class="premium-promo__button" href="/abonnement/">Je m’abonne</a></div> | profitez d’une lecture | false
            <div class="wp-block-group club-ticket-promo"><h3>NEXT HOME GAME: Harbour v Saltmarsh</h3><p>Saturday 21 November, 7:30pm tip-off at the harbour arena. Adults £14, concessions £9, under-12s £5. Season ticket holders, remember to bring your card to the door.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/tickets/">BUY TICKETS</a></div></div></div> | tip-off at the harbour | false
            <aside class="nd-soutien"><p><strong>La Gazette est un média indépendant, sans publicité.</strong> Si vous appréciez notre travail dans les îles, soutenez-nous en devenant membre.</p><p><a href="#/portal/signup" data-portal="signup">Je soutiens La Gazette</a></p></aside> | média indépendant | false
            <p>Riders can <a href="/alerts">sign up</a> for text alerts from the harbour office before the winter timetable starts.</p> | text alerts | true
            <p>Islanders who <a href="/subscribe">subscribe</a> to the print edition get the timetable with the paper on Fridays.</p> | print edition | true
            """)
    void aCallToSignUpInTheStoryGoes(String insert, String words, boolean kept) {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"body\">" + STORY.repeat(2) + insert + STORY.repeat(2) + "</div></article></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertTrue(x.text().contains("twice a day"), x.text());
        assertEquals(kept, x.text().contains(words), x.text());
    }

    /** A content platform's editable paragraphs ("paragraph inline-placeholder") are the story, not embeds' stand-ins. */
    @Test
    void keepsParagraphsMarkedAsEditablePlaceholders() {
        String story = STORY.replace("<p>", "<p class=\"paragraph inline-placeholder vossi-paragraph\">");
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
                + "<div class=\"article__content\" itemprop=\"articleBody\">" + story.repeat(3) + "</div></article>"
                + "<aside class=\"rail\"><p>Most read: the ferry, the bridge and the harbour wall.</p></aside></body></html>",
                "https://harbour.example/ferry", java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"twice a day", "the doctor"}, new String[] {"Most read"});
    }

    /** A subheading a template styles as a header ("b-header") stays with the story; a header block does not. */
    @Test
    void keepsASubheadingStyledAsAHeader() {
        var x = new ArticleExtractor().extract("<html><head><title>Ferry</title></head><body><div class=\"site-header\">"
                + "<a href=/>Harbour Gazette</a> <span>Your local news since 1889</span></div><article><h1>Ferry</h1>"
                + STORY + "<h2 class=\"c-heading b-header\">What a winter timetable does to the island</h2>" + STORY
                + "</article></body></html>", "https://harbour.example/ferry",
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
        assertStory(x.text(), new String[] {"What a winter timetable does to the island", "the doctor"},
                new String[] {"Your local news since 1889"});
    }

    /** A heading that introduces reading elsewhere ends the story, with the teasers under it. */
    @ParameterizedTest
    @ValueSource(strings = {"Mehr zum Thema auf Inselbote.example", "Das Thema könnte dich auch interessieren:",
        "Dies könnte Sie auch interessieren", "Verwandte Beiträge", "Schon gelesen?", "Zum Weiterlesen:",
        "Articles les plus lus", "Pressekontakt:", "Media contact", "Weitere Informationen", "Articoli correlati",
        "Artículos relacionados", "Artigos relacionados", "Gerelateerde artikelen", "Cite this report",
        "How to cite this article", "Zitiervorschlag", "Leserkommentare (4)", "Comments (12)"})
    void cutsATeaserHeadingAndItsTeasers(String heading) {
        Element content = Jsoup.parse("<div>" + STORY + "<h3>" + heading + "</h3><p>Fares rise on the mainland "
                + "buses, <a href=/buses>read the report</a></p></div>").body().child(0);
        ContentPruner.prune(content, TextStats.of(content));
        assertStory(TextRenderer.render(content), new String[] {"twice a day", "the doctor"},
                new String[] {heading, "Fares rise"});
    }

    /**
     * A page built of components sets each paragraph and list of the story in a block of one make, named as chrome
     * ("utility__text"): a list in such a block is the story's; the same list in a block of another make is judged by
     * its name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            article__section utility__text | true
            article__section utility__box  | false
            """)
    void aListInABlockMadeLikeTheStorysParagraphsStays(String listClasses, boolean kept) {
        String section = "<div class=\"article__section utility__text\"><p>";
        String html = "<html lang=en><body><main><article><h1>Board backs the east-side school plan</h1>"
                + section + "The board voted five to two on Tuesday to close the old east-side school and build a new"
                + " one on the fairground site by the autumn of 2029.</p></div>"
                + section + "Parents had asked for a delay, but the board said the roof could not last another"
                + " winter and the new site was cheaper to build on than the old one.</p></div>"
                + "<div class=\"" + listClasses + "\"><ul><li>Voting yes: Alan Szymanski, Joy Okafor, Sandra Mull."
                + "</li><li>Voting no: Lorena Castillo and Dwayne Pettis.</li></ul></div>"
                + section + "The first classes at the new school are planned for September 2029, the district said,"
                + " and buses will run from the old site until then.</p></div></article></main></body></html>";
        String text = storyText(html, "https://tv.example/news/school");
        assertTrue(text.contains("five to two") && text.contains("buses will run"), text);
        assertEquals(kept, text.contains("Voting no: Lorena Castillo"), text);
    }

    /**
     * A short box named as chrome, opening with a heading and closing on a button, is the publisher's call ("Have
     * something to say? … Submit a letter"); a box the same without its button, or a longer one, is the story's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">Submit</a></div></div> | false
            <p><a class="btn btn-primary" href="/submit">Submit a letter</a></p>              | false
            <p>Letters are edited for length and clarity before we print them.</p>             | true
            """)
    void aBoxCallingOnTheReaderGoesWithItsButton(String closing, boolean kept) {
        String html = "<html lang=en><body><main><article><h1>A week on the outer islands</h1><div class=\"entry\">"
                + STORY + "<div class=\"wp-block-group submit-letter-box\">"
                + "<div class=\"wp-block-group__inner-container\">"
                + "<h3>Have something to say?</h3><p>The Islander welcomes letters of up to 250 words on the islands"
                + " and the ferry. Include your name and the island you live on.</p>" + closing + "</div></div>"
                + "<p>The last boat back leaves at six, and it is worth being on the pier early on a Saturday, when the"
                + " market traders load their vans.</p></div></article></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day") && text.contains("The last boat back"), text);
        assertEquals(kept, text.contains("welcomes letters of up to 250 words"), text);
    }

    /**
     * A box in the story holding a form a reader fills in (a booking search, a sign-up) goes with its title and its
     * line on what the form does, however the box is named; a form of buttons alone takes nothing with it, and the
     * story around either box stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <label>Check-in <input type="date" name="checkin"></label><label>Guests <select name="adults"><option>2</option></select></label><button>Search</button> | false
            <input type="email" name="email" placeholder="you@example.com"><button>Join</button>                                                                   | false
            <input type="hidden" name="post" value="7"><button>Print this story</button>                                                                             | true
            """)
    void aFormsBoxGoesWithItsTitle(String form, boolean titleKept) {
        String html = "<html lang=en><body><main><article><h1>A week on the outer islands</h1><div class=\"entry\">"
                + STORY + "<div class=\"col\"><div class=\"s22-box\"><p><strong>Find a place to stay on the"
                + " islands</strong></p><p>Compare prices from seventy booking sites in one search.</p><form"
                + " action=\"/go\">" + form + "</form></div></div><p>The last boat back leaves at six, and it is"
                + " worth being on the pier early on a Saturday, when the market traders load their vans.</p>"
                + "</div></article></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day") && text.contains("The last boat back"), text);
        assertEquals(titleKept, text.contains("Compare prices from seventy booking sites"), text);
    }

    /**
     * The place opening a story's lead stays with it whatever its class says ("Kassel.", "CAIRO —"); a date or a
     * label set the same way goes, as before.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <span class="dateline">Kassel.</span>            | Kassel. Die Sanierung  | true
            <strong><span class="dateline">CAIRO —</span></strong> | CAIRO — Die Sanierung | true
            <span class="date">12.12.2022 -</span>           | 12.12.2022             | false
            <span class="meta">Hersteller</span>             | Hersteller             | false
            """)
    void keepsThePlaceOpeningTheLead(String opening, String expected, boolean kept) {
        String html = "<html lang=de><body><main><article><h1>Hallenbad Ost bleibt bis Herbst 2027 zu</h1>"
                + "<div class=\"lead\"><p>" + opening + " Die Sanierung des Hallenbads Ost dauert fast ein Jahr länger"
                + " als geplant, teilte die Stadt am Freitag mit.</p></div>" + STORY
                + "</article></main></body></html>";
        String text = storyText(html, "https://kurier.example/kassel/hallenbad");
        assertEquals(kept, text.contains(expected), text);
        assertTrue(text.contains("Die Sanierung des Hallenbads Ost"), text);
    }

    @Test
    void dropsTheTeasersClosingABlogPost() throws IOException {
        String text = extract("blog/post-ending-in-further-reading-teasers.html",
                "https://balkonbeet.example/tomaten-ueberwintern/").text();
        assertStory(text, new String[] {"drei Tomatenstöcke", "achtzehn Grad", "zwei Dutzend Cocktailtomaten"},
                new String[] {"Das könnte dich auch interessieren", "zweiten Jahr mehr tragen", "Basilikum",
                "Wir verwenden Cookies", "Impressum", "Danke, das probiere"});
    }

    /** A press release ends in its contact and further-reading notes, which are not the news. */
    @Test
    void dropsTheContactNotesClosingAPressRelease() throws IOException {
        String text = extract("press-office/research-news-with-contact-and-further-information.html",
                "https://landschaftsoekologie.example/presse/moorboeden-speichern-mehr-kohlenstoff").text();
        assertStory(text, new String[] {"vierzehn Standorten", "Schon wenige Jahre", "pauschal bewertet"},
                new String[] {"Weitere Informationen", "Datenarchiv", "Kontakt", "Pressestelle", "Impressum"});
    }

    /** "MIRA: <a>…</a>" between two paragraphs points to another story; a linked headline with a colon does not. */
    @Test
    void dropsLabelledTeaserLinksInTheStory() throws IOException {
        String text = extract("news-cms/story-with-labelled-teaser-links.html",
                "https://diariodelistmo.example/nacionales/reabren-mercado-san-felipe-789").text();
        assertStory(text, new String[] {"carpas sobre la calle", "columnas de hierro", "toma eléctrica propia",
                "sección de fondas"}, new String[] {"MIRA", "alcantarillado", "PUEDES VER", "precio del arroz",
                "Lo último", "derechos reservados"});
    }

    @Test
    void keepsALinkedHeadlineWithAColon() {
        Element content = Jsoup.parse("<div>" + STORY + "<h3><a href=/ferry-plan>Ferry plan: what changes in "
                + "April</a></h3>" + STORY + "</div>").body().child(0);
        ContentPruner.prune(content, TextStats.of(content));
        assertTrue(TextRenderer.render(content).contains("Ferry plan: what changes in April"));
    }

    /** "- Anzeige -" alone in a block marks the ad slot under it; the word inside a sentence is the story's. */
    @Test
    void dropsTheLabelsOfAdSlots() throws IOException {
        String text = extract("news-cms/story-with-ad-slot-labels.html",
                "https://stadtanzeiger-sued.example/lokales/neue-buslinie-westviertel").text();
        assertStory(text, new String[] {"alle zwanzig Minuten", "vier neue Elektrobusse",
                "Eine Anzeige im Amtsblatt", "gesamten Linie kostenlos"}, new String[] {"- Anzeige -", "Werbung",
                "Impressum"});
    }

    /** The disclosure lines of a sponsored post say what the post is, they are not part of it. */
    @Test
    void dropsTheDisclosureLinesOfASponsoredPost() throws IOException {
        String text = extract("blog/sponsored-post-with-disclosure-lines.html",
                "https://nordlicht-notizen.example/wintermantel-fazit/").text();
        assertStory(text, new String[] {"den Winter an der Küste", "nur der Kragen", "Mein Fazit"},
                new String[] {"*Werbung", "Kooperation mit Ostwind", "Affiliate-Links", "Impressum"});
    }

    /** An affiliate note or a disclaimer reads as prose inside the post, but is the site's, not the story's. */
    @Test
    void dropsAffiliateNotesAndDisclaimers() throws IOException {
        String text = extract("blog/buying-guide-with-affiliate-disclaimer.html",
                "https://whiskerweekly.example/guides/heated-pet-beds/").text();
        assertStory(text, new String[] {"one warm corner", "two cats and a whippet", "chew-proof cable"},
                new String[] {"affiliate links", "small commission", "Prices and availability", "uses cookies"});
    }

    /** The consent notice standing in for a video the reader has not allowed is not the story's prose. */
    @Test
    void dropsTheConsentPlaceholderOfAnEmbed() throws IOException {
        String text = extract("news-cms/story-with-embed-consent-placeholder.html",
                "https://talbote.example/region/gemeinderat-hallenbad").text();
        assertStory(text, new String[] {"neunzehn zu zwölf Stimmen", "Lehrschwimmbecken", "Baubeginn"},
                new String[] {"Privatsphäre", "externen Anbieters", "Impressum"});
    }

    /** The classic WordPress themes close a post with its date, category and feed links in "postmetadata". */
    @Test
    void dropsThePostMetadataOfAClassicTheme() throws IOException {
        String text = extract("wordpress/classic-theme-post-with-postmetadata.html",
                "https://bastelkeller.example/raspberry-medienserver/").text();
        assertStory(text, new String[] {"kleiner Medienserver", "eigenes Netzteil", "nach Typen getrennt"},
                new String[] {"Erstellt am", "RSS 2.0", "Backups aufs NAS", "läuft mit WordPress"});
    }

    /** A custom element named as a teaser is one, with no class to say so. */
    @Test
    void dropsATeaserThatIsACustomElement() throws IOException {
        String text = extract("press-office/ministry-news-with-inline-teaser-element.html",
                "https://arbeit.land.example/presse/saisonarbeit-neue-regeln").text();
        assertStory(text, new String[] {"festen Ansprechpartner", "sechzig Tagen", "nach der Erntesaison"},
                new String[] {"FAQ Saisonarbeit", "häufige Fragen", "Impressum"});
    }

    /**
     * The publisher's appeals closing a story (follow us, sign up for the newsletter) go; the same words earlier in
     * the story, telling what happened, stay.
     */
    @Test
    void dropsTheReaderAppealsClosingAStory() throws IOException {
        String text = extract("news-cms/story-closing-with-reader-appeals.html",
                "https://harbourcourier.example/news/night-bus-stays").text();
        assertStory(text, new String[] {"will keep running through the winter", "its own YouTube channel",
                "parking reserve", "once the new hospital wing opens"},
                new String[] {"Follow the Harbour Courier", "morning newsletter", "We use cookies", "Ferry fares"});
    }

    /**
     * A line saying the story goes on below the advertisement or video, and a journal's labelled declaration under the
     * piece, go; the same words inside a sentence of the story stay.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p class="continue-note">Dalsza część artykułu pod materiałem wideo</p> | true
            <p>Story continues below advertisement</p>                               | true
            <p>Der Artikel wird unter dem Video fortgesetzt.</p>                     | true
            <p>La suite après cette publicité</p>                                     | true
            <p>Competing interests: I have read and understood the journal's policy on declaration of interests and have none to declare.</p> | true
            <p>Provenance and peer review: Commissioned; not externally peer reviewed.</p> | true
            <p>Spotted an error in this story? Let us know through the contact page.</p> | true
            <p>اگر در این گزارش اشتباهی می بینید، از طریق بخش تماس با ما به تیم تحریر خبر دهید.</p> | true
            <p>The ferry story continues below the cliffs, where the old slipway still stands and the harbour office plans a new pier.</p> | false
            """)
    void dropsContinuationLinesAndDeclarations(String line, boolean dropped) {
        Element content = Jsoup.parse("<div>" + STORY + line + STORY + "</div>").body().child(0);
        String lineText = Jsoup.parse(line).text();
        ContentPruner.prune(content, TextStats.of(content));
        assertEquals(dropped, !TextRenderer.render(content).contains(lineText), lineText);
    }

    /** A caption's credit set in an element of its own beside what the caption says goes; the caption stays. */
    @Test
    void dropsACaptionsCreditSetApart() {
        Element content = Jsoup.parse("<div>" + STORY + "<figure><img src=/f.jpg><figcaption><span"
                + " class=\"caption-text\">Walt Fenwright behind the counter of the bakery on Dell Street.</span> <span"
                + " class=\"credit\">Photo: Kenji Maddox/The Chronicle</span></figcaption></figure>" + STORY + "</div>")
                .body().child(0);
        ContentPruner.prune(content, TextStats.of(content));
        assertStory(TextRenderer.render(content), new String[] {"twice a day", "behind the counter of the bakery"},
                new String[] {"Kenji Maddox"});
    }

    /** A line that only credits a picture goes, in a paragraph or a caption; a caption telling what it shows stays. */
    @ParameterizedTest
    @ValueSource(strings = {"<p>Photo by Lena Marsh on Unsplash</p>", "<p>(crédito: Ana Souza/Agência Porto)</p>",
        "<figure><img src=/p.jpg><figcaption>Titelbild: Hafenamt Westhafen</figcaption></figure>",
        "<p>Crédits photos : Agence Littoral</p>", "<div>© Harbour Office / K. Brandt</div>", "<p>Foto: dpa</p>"})
    void dropsALineThatOnlyCreditsAPicture(String credit) {
        Element content = Jsoup.parse("<div>" + STORY + credit + "<figure><img src=/f.jpg><figcaption>The new "
                + "ferry at the pier in Westhafen. Photo: Harbour Office</figcaption></figure></div>").body().child(0);
        String creditText = Jsoup.parse(credit).text();
        ContentPruner.prune(content, TextStats.of(content));
        assertStory(TextRenderer.render(content), new String[] {"twice a day", "the doctor",
                "The new ferry at the pier in Westhafen"}, new String[] {creditText});
    }

    /**
     * A gallery or carousel inside the story, named as chrome is elsewhere, whose captioned pictures are the story's
     * photographs: its captions stay, also on the slides the carousel hides from screen readers until they are in
     * view; its hidden counters and hints go. A carousel of linked teasers in the story goes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"false|true", "true|false"})
    void aGalleryOfCaptionedPicturesInTheStoryStays(boolean linked, boolean kept) {
        StringBuilder slides = new StringBuilder();
        String[] captions = {"The night ferry leaves the outer pier at dusk", "Bicycles stacked on the new deck racks",
            "The school run on the first morning crossing"};
        for (int i = 0; i < captions.length; i++) {
            String caption = linked ? "<a href=/harbour/story-" + i + ">" + captions[i] + "</a>" : captions[i];
            slides.append("<li class=\"gallery-carousel__slide\" role=\"group\" aria-roledescription=\"slide\"")
                    .append(i == 0 ? "" : " aria-hidden=\"true\"").append("><figure><img src=/p").append(i)
                    .append(".jpg alt=\"\"><figcaption><span aria-hidden=\"true\">").append(i + 1)
                    .append("/3</span> ").append(caption).append("</figcaption></figure></li>");
        }
        String html = "<html lang=en><body><main><article><h1>A week on the outer islands</h1><div class=\"entry\">"
                + STORY + "<div class=\"gallery-carousel\" aria-roledescription=\"carousel\"><span class=\"hint\""
                + " aria-hidden=\"true\">Swipe to see more</span><ul class=\"gallery-carousel__track\">" + slides
                + "</ul></div><p>The last boat back leaves at six, and it is worth being on the pier early on a "
                + "Saturday, when the market traders load their vans.</p></div></article></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day") && text.contains("The last boat back"), text);
        for (String caption : captions) {
            assertEquals(kept, text.contains(caption), text);
        }
        assertFalse(text.contains("Swipe to see more") || text.contains("2/3"), text);
    }

    /**
     * A box of buttons and the line asking for them ("Was this page helpful? Yes No") goes, in the story or beside
     * it; a button alone ("Show more") takes nothing with it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <button type="button">Yes</button><button type="button">No</button> | false
            <button type="button">Tell us more</button>                          | true
            """)
    void aBoxOfButtonsGoesWithItsQuestion(String buttons, boolean questionKept) {
        // the box stands between the story's paragraphs, so that what follows it shows whether it went
        String html = "<html lang=en><body><main><article><h1>A week on the outer islands</h1><div class=\"entry\">"
                + STORY + "<section class=\"gc-pgfdbck\"><h3>Did you find what you were looking for?</h3>"
                + "<div class=\"btn-group\">" + buttons + "</div></section><p>The last boat back leaves at six, and it "
                + "is worth being on the pier early on a Saturday, when the market traders load their vans.</p></div>"
                + "</article></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day") && text.contains("The last boat back"), text);
        assertEquals(questionKept, text.contains("Did you find what you were looking for?"), text);
    }

    /**
     * A page built of components heads each section of its story with a heading component of its own, named like
     * chrome ("j-header"): it stays before the text component it heads (same frame, "j-module"); a teaser's own
     * heading element before its summary goes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="j-module n j-header"><h2 id="cc-m-header-2">What the new timetable means</h2></div> | true
            <h3 class="teaser__title">What the new timetable means</h3>                                    | false
            """)
    void aSectionsHeadingComponentStays(String heading, boolean kept) {
        String part = "<p>Islanders had asked for a second crossing for years, mostly for the school run, the doctor "
                + "and the weekly market on the mainland, and the council agreed to pay half of the cost.</p>";
        String html = "<html lang=en><body><main><h1>A week on the outer islands</h1><div id=\"cc-matrix-1\">"
                + "<div class=\"j-module n j-text\">" + STORY + "</div>" + heading
                + (heading.startsWith("<h3") ? "<p class=\"teaser__summary\">" + part.substring(3) : "<div class="
                + "\"j-module n j-text\">" + part + part.replace("Islanders", "Commuters") + "</div>")
                + "</div></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day"), text);
        assertEquals(kept, text.contains("What the new timetable means"), text);
    }

    /**
     * An advertiser's paragraphs set in the story's markup, in a block named an ad that opens with its label
     * ("Sponsored"), go however much running text they hold; a block named so without the label stays as the story's
     * running text always did inside the story.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <span class="native-ad__label">Sponsored</span> | false
            ''                                              | true
            """)
    void aNativeAdInTheStoryGoes(String label, boolean kept) {
        String ad = "<div class=\"native-ad\">" + label + "<p>Changing school schedules can make afternoons harder "
                + "to plan. Bright Path Learning Center offers supervised homework help and reading support until "
                + "6:30 p.m. every weekday.</p></div>";
        String html = "<html lang=en><body><main><article><h1>A week on the outer islands</h1><div class=\"entry\">"
                + STORY + ad + "<p>The last boat back leaves at six, and it is worth being on the pier early on a "
                + "Saturday, when the market traders load their vans.</p></div></article></main></body></html>";
        String text = storyText(html, "https://inselbote.example/islands");
        assertTrue(text.contains("twice a day") && text.contains("The last boat back"), text);
        assertEquals(kept, text.contains("Bright Path Learning Center"), text);
    }
}
