package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPrunerTest {
    private static final String[] TAGS = {"p", "div", "section", "li", "blockquote", "span", "ul", "em", "figure"};
    private static final String[] TEXTS = {"", "", " ", "Der Damm hält.", "Subscribe to our newsletter", "x"};

    /** A link or button saying only "Sign up" and the like, in any case, the words' screen letting each through. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sign up                 | true
            SIGN UP NOW »           | true
            Subscribe today         | true
            ſign up                 | true
            Inscrivez-vous gratis   | true
            Je m’abonne             | true
            S’inscrire              | true
            Suscríbete              | true
            Send us a tip           | true
            Sign the petition       | true
            Add your name           | true
            Register here           | true
            Submit a tip            | true
            Share a tip             | true
            Signup                  | true
            Sign-up for free        | true
            Abonnieren              | true
            S'abonner               | true
            Abonnez-vous            | true
            Je m'inscris            | true
            Suscribirse             | true
            Iscriviti               | true
            Inscreva-se             | true
            → Subscribe now         | true
            Jetzt anmelden          | false
            Anmelden jetzt          | true
            Sign in                 | false
            Subscriptions           | false
            Home                    | false
            Über uns                | false
            """)
    void readsASignUpCall(String label, boolean call) {
        assertEquals(call, ContentPruner.isSignUpCall(Jsoup.parse("<a href=/join>" + label + "</a>").selectFirst("a")));
    }

    /** The story's last text blocks, as selecting all its blocks and keeping those around no next one gives them. */
    @Test
    void findsTheLastTextBlocksFromTheEndAsAWholeSelectionDoes() {
        Random random = new Random(42);
        int nonEmpty = 0;
        for (int round = 0; round < 3_000; round++) {
            Document doc = Jsoup.parse("<body>" + tree(random, 4) + tree(random, 4) + tree(random, 3) + "</body>");
            TextStats stats = TextStats.of(doc.body());
            List<Element> content = new ArrayList<>(doc.body().children());
            if (random.nextBoolean() && !content.isEmpty()) {
                content = List.of(content.get(random.nextInt(content.size())));
            }
            for (int n = 1; n <= 4; n++) {
                List<Element> expected = selected(content, stats, n);
                List<Element> actual = ContentPruner.lastTextBlocks(content, stats, n);
                String html = doc.body().html();
                assertEquals(expected, actual, () -> html);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 5_000, "the trees hold text blocks: " + nonEmpty);
    }

    private static List<Element> selected(List<Element> content, TextStats stats, int n) {
        List<Element> blocks = new ArrayList<>();
        for (Element c : content) {
            Elements all = c.select("p, div, section, li, blockquote");
            for (int i = 0; i < all.size(); i++) {
                Element e = all.get(i);
                if (stats.text(e) > 0 && (i + 1 == all.size() || !ContentScorer.isAncestor(e, all.get(i + 1)))) {
                    blocks.add(e);
                }
            }
        }
        return blocks.subList(Math.max(0, blocks.size() - n), blocks.size());
    }

    private static String tree(Random random, int depth) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        StringBuilder sb = new StringBuilder("<").append(tag).append('>');
        sb.append(TEXTS[random.nextInt(TEXTS.length)]);
        for (int k = depth <= 0 ? 0 : random.nextInt(4); k > 0; k--) {
            sb.append(tree(random, depth - 1)).append(TEXTS[random.nextInt(TEXTS.length)]);
        }
        return sb.append("</").append(tag).append('>').toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This post may contain affiliate links. Please read my disclosure policy.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Note: this guide contains affiliate links, at no extra cost to you.",
        "Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.",
        "Cet article contient des liens affiliés.", "Este artículo contiene enlaces de afiliados.",
        "Questo articolo contiene link affiliati.", "Affiliate disclosure",
        "Meridian Traveller may earn a commission when you book through links on our site.",
        "Wenn du über diese Links kaufst, erhalten wir eine kleine Provision.",
        "All listings featured in this story are independently selected by our editors.",
        "We independently evaluate all recommended products and services.",
        "Advertiser disclosure: Ledgerline is reader-supported.",
        "Some of the products featured here come from partners who compensate us when you open an account."})
    void tellsAnAffiliateNoticeInAnyOfItsLanguages(String line) {
        assertTrue(ContentPruner.isDisclosure(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The affiliate programme closed in March, the shop said.",
        "Associate professor Jane Roe led the survey of the harbour wall.",
        "Die Affiliate-Branche wuchs im vergangenen Jahr um zwölf Prozent.",
        "Each pack contains three links of sausage and two bread rolls.",
        "The agency's commission ruled on the harbour fees in March.",
        "The judges were independently selected by the harbour board."})
    void leavesStorySentencesThatOnlyMentionTheWords(String line) {
        assertFalse(ContentPruner.isDisclosure(line), line);
    }

    /** A notice set in an {@code <em>} between rules, not in a paragraph of its own; a story's emphasis stays. */
    @Test
    void dropsAnAffiliateNoticeStandingAloneInItsLine() {
        Document doc = Jsoup.parse("<body><div id=story><hr><em>Dieser Beitrag enthält Affiliate-Links: kaufst du"
                + " darüber, erhalten wir eine kleine Provision. <a href=/hinweise>Mehr dazu</a>.</em><br><hr>"
                + "<p>Unser Kater bleibt tagsüber oft stundenlang allein, und im Winter wird ihm schnell langweilig."
                + " Wir haben deshalb sechs Spielzeuge über drei Wochen ausprobiert.</p>"
                + "<p>Am längsten hielt der Federstab, <em>den kein Shop als Affiliate-Produkt führt</em>, weil er"
                + " sich nicht vorhersehbar bewegt.</p></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()));
        assertFalse(story.text().contains("kleine Provision"), story.text());
        assertTrue(story.text().contains("Unser Kater bleibt tagsüber"), story.text());
        assertTrue(story.text().contains("den kein Shop als Affiliate-Produkt führt"), story.text());
    }

    /** A press release's closing section about its issuer goes; in any other story a heading "Über …" is a section. */
    @Test
    void cutsTheIssuersClosingSectionOfAPressReleaseOnly() {
        String page = "<body><div id=story><p>Der Verband hat am Montag seine neue Kampagne für ruhige Wälder im"
                + " Winter vorgestellt. Spaziergänger sollen auf den Wegen bleiben und Hunde an der Leine führen.</p>"
                + "<p>Im Januar und Februar brauchen Rehe und Hirsche ihre Kraft, jede Flucht durch den Schnee kostet"
                + " sie Reserven, die sie bis zum Frühjahr nicht mehr auffüllen können, sagt die Sprecherin.</p>"
                + "<p><strong>Über den Harbour Waldverband</strong></p><p>Der Harbour Waldverband vertritt rund 9.000"
                + " Waldbesitzer im Land und setzt sich seit 1952 für gepflegte Wälder ein.</p></div></body>";
        Document release = Jsoup.parse(page);
        Element story = release.getElementById("story");
        ContentPruner.prune(story, TextStats.of(release.body()), true);
        assertFalse(story.text().contains("9.000 Waldbesitzer"), story.text());
        assertTrue(story.text().contains("ihre Kraft"), story.text());

        Document report = Jsoup.parse(page);
        Element same = report.getElementById("story");
        ContentPruner.prune(same, TextStats.of(report.body()), false);
        assertTrue(same.text().contains("9.000 Waldbesitzer"), same.text());
    }

    /** A closing line asking readers for tips or stories is the publisher's; one asking to sign a petition stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Got juicy news? Send your stories, photos and videos to the Grapevine team on WhatsApp +256 700 000 111. | false
            Do you have a tip for the Harbour Gazette? Write to us. | false
            Residents can sign the petition at the town hall until Friday, the committee said. | true
            """)
    void aClosingCallForTipsGoes(String line, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><p>The allotment committee met on Tuesday to share out the new "
                + "plots along the eastern fence, and six families got their first beds.</p><p>" + line + "</p></div>"
                + "</body>");
        List<Element> content = ContentPruner.withoutClosingAppeals(List.of(doc.getElementById("story")),
                TextStats.of(doc.body()), List.of());
        String text = content.isEmpty() ? "" : content.get(0).text();
        assertEquals(kept, text.contains(line.substring(0, 20)), text);
    }

    /** A line pointing to the program that opens the page's documents is no part of the text. */
    @ParameterizedTest
    @ValueSource(strings = {"PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。",
        "To view the PDF files on this page you need Adobe Reader."})
    void dropsAReaderNote(String note) {
        Document doc = Jsoup.parse("<body><div id=story><p>The allotment committee met on Tuesday to share out the new "
                + "plots along the eastern fence, and six families got their first beds.</p><p>" + note + "</p>"
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("six families"), story.text());
        assertFalse(story.text().contains("Reader"), story.text());
    }

    /** The stamp a CMS or forum sets under a text it changed is no part of the text. */
    @ParameterizedTest
    @ValueSource(strings = {"<div class=editdate><br><i>Новость отредактировал: <b>admin_ir</b> - 25-11-2026, 09:12</i>"
            + "<br>Причина: опечатка</div>", "<div>Last edited by mara_h; 25.11.2026 at 09:12. Reason: typo</div>"})
    void dropsAnEditStamp(String stamp) {
        Document doc = Jsoup.parse("<body><div id=story><p>The allotment committee met on Tuesday to share out the new "
                + "plots along the eastern fence, and six families got their first beds.</p>" + stamp
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("six families"), story.text());
        assertFalse(story.text().contains("25"), story.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The views expressed in this column are the author's own.",
        "Opinions expressed here do not necessarily reflect those of the Harbour Gazette.",
        "Die Meinung des Gastautors gibt nicht unbedingt die Meinung der Redaktion wieder.",
        "Les opinions exprimées n'engagent que leur auteur.",
        "Copyright 2026 Northstar Broadcast Media Inc. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed without permission.",
        "本文来源：江南日报 责任编辑：李娜", "저작권자 © 한빛일보 무단전재 및 재배포 금지"})
    void dropsAClosingDisclaimerOrLegalLine(String disclaimer) {
        Document doc = Jsoup.parse("<body><div id=story><p>The town should open its car parks to the Sunday market,"
                + " and the council should stop pretending that the high street can live on weekday trade alone.</p>"
                + "<p>Until it does, the empty shops will keep telling the story better than any report.</p>"
                + "<p><em>" + disclaimer + "</em></p></div></body>");
        List<Element> kept = ContentPruner.withoutClosingAppeals(List.of(doc.getElementById("story")),
                TextStats.of(doc.body()), List.of("Ruth Okafor"));
        String text = kept.get(0).text();
        assertFalse(text.contains(disclaimer), text);
        assertTrue(text.contains("the empty shops"), text);
    }

    /** The line a paged story ends a page with, naming what the next holds, goes; a sentence about a page stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lesen Sie auf Seite 3: Was die Gemeinde jetzt plant und warum ein Verein die Fähre übernehmen könnte. | false
            Continued on page 2                                                                                      | false
            Web Title: Onion prices crash by Rs 700 per quintal at the market                                        | false
            The council put the plan on page 2 of its agenda, after the budget.                                     | true
            """)
    void aPageHintClosingThePageGoes(String line, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><p>The town should open its car parks to the Sunday market,"
                + " and the council should stop pretending that the high street can live on weekday trade alone.</p>"
                + "<p>Until it does, the empty shops will keep telling the story better than any report.</p>"
                + "<p class=pagehint>" + line + "</p></div></body>");
        List<Element> out = ContentPruner.withoutClosingAppeals(List.of(doc.getElementById("story")),
                TextStats.of(doc.body()), List.of());
        String text = out.get(0).text();
        assertEquals(kept, text.contains(line), text);
        assertTrue(text.contains("the empty shops"), text);
    }

    /**
     * A picture credit closing the story goes, inside the story's block or as a block of its own beside it: "Image
     * credit: …" as "Photo: …" does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Image credit: An empty open-plan council office on a Friday afternoon, by Tomasz Rybak via"
        + " Shutterstock.", "Photo credit: Catwalkpictures", "(Image credit: Harbour Gazette)", "Picture credits: Mara Holm",
        "Listing image by Kessler Marine Institute / J. Amundsen", "Featured image by Alberto Riva/The Gazette."})
    void dropsAClosingPictureCreditAlsoBesideTheStory(String credit) {
        Document doc = Jsoup.parse("<body><div id=story><p>The town should open its car parks to the Sunday market,"
                + " and the council should stop pretending that the high street can live on weekday trade alone.</p>"
                + "<p>Until it does, the empty shops will keep telling the story better than any report.</p></div>"
                + "<p id=credit><em>" + credit + "</em></p></body>");
        List<Element> kept = ContentPruner.withoutClosingAppeals(List.of(doc.getElementById("story"),
                doc.getElementById("credit")), TextStats.of(doc.body()), List.of());
        assertEquals(List.of(doc.getElementById("story")), kept);
        Document inside = Jsoup.parse("<body><div id=story><p>The town should open its car parks to the Sunday market,"
                + " and the council should stop pretending that the high street can live on weekday trade alone.</p>"
                + "<p>" + credit + "</p></div></body>");
        ContentPruner.prune(inside.getElementById("story"), TextStats.of(inside.body()));
        assertFalse(inside.text().contains(credit), inside.text());
        assertTrue(inside.text().contains("Sunday market"));
    }

    private static final String RELEASE = "<p>BOSTON, Nov. 24, 2026 /PRNewswire/ -- Northwind Robotics today launched"
            + " Tern, an autonomous mobile robot built for cold-storage warehouses that run at minus 25 degrees.</p>"
            + "<p>The robot carries pallets of up to 1,200 kilograms and charges in eleven minutes between shifts, the"
            + " company said, and its first customers are two grocery distributors in New England.</p>"
            + "<p>Deliveries start in March, and a pilot with a third distributor is planned for the spring.</p>";
    private static final String ABOUT = "<p><b>About Northwind Robotics</b><br>Northwind Robotics builds autonomous"
            + " mobile robots for logistics. Founded in 2019, it is based in Boston.</p><p><b>Media Contact</b><br>"
            + "Jordan Mbeki, Head of Communications<br>press@northwind.example</p>";

    /** A release ends at its end mark: the issuer's boilerplate and contacts after it go, in a release or not. */
    @ParameterizedTest
    @ValueSource(strings = {"###", "# # #", "-30-", "– 30 –"})
    void cutsWhatFollowsTheEndMarkOfARelease(String mark) {
        Document doc = Jsoup.parse("<body><div id=story>" + RELEASE + "<p align=center>" + mark + "</p>" + ABOUT
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("planned for the spring"), story.text());
        assertFalse(story.text().contains("builds autonomous"), story.text());
        assertFalse(story.text().contains("Jordan Mbeki"), story.text());
        assertFalse(story.text().contains(mark.strip()), story.text());
    }

    /**
     * "Ends" closes a release, and a bold "About …" opening a paragraph before a line break titles that paragraph;
     * in a story that is no release, "Ends" is a word like any other.
     */
    @Test
    void aReleaseEndsAtEndsAndItsAboutParagraphGoesWhole() {
        Document release = Jsoup.parse("<body><div id=story>" + RELEASE + ABOUT + "</div></body>");
        Element story = release.getElementById("story");
        ContentPruner.prune(story, TextStats.of(release.body()), true);
        assertFalse(story.text().contains("builds autonomous"), story.text());
        assertFalse(story.text().contains("Jordan Mbeki"), story.text());
        assertTrue(story.text().contains("planned for the spring"), story.text());

        Document ends = Jsoup.parse("<body><div id=story>" + RELEASE + "<p>Ends</p><p>Notes to editors: the robot"
                + " was shown at the Boston logistics fair.</p></div></body>");
        Element inRelease = ends.getElementById("story");
        ContentPruner.prune(inRelease, TextStats.of(ends.body()), true);
        assertFalse(inRelease.text().contains("Notes to editors"), inRelease.text());
        Document story2 = Jsoup.parse("<body><div id=story>" + RELEASE + "<p>Ends</p><p>Notes to editors: the robot"
                + " was shown at the Boston logistics fair.</p></div></body>");
        Element notRelease = story2.getElementById("story");
        ContentPruner.prune(notRelease, TextStats.of(story2.body()), false);
        assertTrue(notRelease.text().contains("Notes to editors"), notRelease.text());
    }

    /**
     * A boilerplate heading that opens its section titles all of it: the story ends before the section, and the
     * sections after it go too; a story section after a section the heading does not open stays.
     */
    @Test
    void aBoilerplateHeadingOpeningItsSectionEndsTheStoryThere() {
        String steps = "<div class=section><h2>Method 1 of 2</h2><p>Water the orchid the day before you repot it, so"
                + " the roots are supple and easier to work free of the old bark without snapping.</p><p>Slide the"
                + " plant out of its pot and tease the old medium away from the roots with your fingers.</p></div>"
                + "<div class=section><h2>Method 2 of 2</h2><p>Trim any roots that are brown and hollow with clean"
                + " scissors, and leave the firm green and silver ones alone however long they have grown.</p><p>Set"
                + " the plant in a pot one size larger and fill in around it with fresh, soaked bark.</p></div>";
        String about = "<div class=\"section expert_box\"><h2>About This Article</h2><p>Co-authored by Marisol"
                + " Vantreight, a certified orchid judge.</p></div><div class=\"section reader_stories\"><h2>Reader"
                + " Success Stories</h2><blockquote>I was so scared of killing the orchid my grandmother gave"
                + " me.</blockquote></div>";
        Document doc = Jsoup.parse("<body><div id=story>" + steps + about + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("tease the old medium"), story.text());
        assertFalse(story.text().contains("certified orchid judge"), story.text());
        assertFalse(story.text().contains("so scared"), story.text());
    }

    private static final String POOL = "<p>The pool's roof beams are more corroded than anyone thought, the building"
            + " office told the council, and the ventilation has to be replaced rather than overhauled.</p>";

    /**
     * A "Read also" box between the story's paragraphs, whose links the cleaner already took, goes alone: the story
     * runs on after it. A section after a "Related" heading still ends the story.
     */
    @Test
    void aReadAlsoBoxBetweenParagraphsGoesAloneAndTheStoryRunsOn() {
        String box = "<div class=linkbox><p><b>Lesen Sie auch:</b></p></div>";
        String last = "<p>The opposition said the council heard of the damage in October, months after the first "
                + "signs of it had been found in the summer.</p>";
        Document doc = Jsoup.parse("<body><div id=story>" + POOL.repeat(3) + box + POOL + box + last
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("months after the first signs"), story.text());
        assertFalse(story.text().contains("Lesen Sie auch"), story.text());

        Document related = Jsoup.parse("<body><div id=story>" + POOL.repeat(4) + "<div><p><b>Related</b></p></div>"
                + last + "</div></body>");
        Element cut = related.getElementById("story");
        ContentPruner.prune(cut, TextStats.of(related.body()), false);
        assertFalse(cut.text().contains("months after the first signs"), cut.text());
    }

    /** A button labelled like a boilerplate heading ("Share", "Leave a comment") heads nothing: it goes alone. */
    @Test
    void aButtonNamedLikeABoilerplateHeadingGoesAlone() {
        String button = "<p class=button-wrapper><a class=button href=/p/pool?action=share><span>Share</span></a></p>";
        Document doc = Jsoup.parse("<body><div id=story>" + POOL.repeat(4) + button + "<h3>What I would change</h3>"
                + POOL.replace("roof beams", "pool's boilers") + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("What I would change") && story.text().contains("boilers"), story.text());
        assertFalse(story.text().contains("Share"), story.text());
    }

    /**
     * A heading the story ends with, its playlist taken away by the cleaner, goes; a heading over a picture or a
     * table after it, a listing's linked headlines and a heading that is all the text there is stay.
     */
    @Test
    void aHeadingTheStoryEndsWithGoesUnlessItHeadsAPictureOrIsAllThereIs() {
        Document doc = Jsoup.parse("<body><div id=story>" + POOL.repeat(3) + "<div class=intertitle><h2>Videos: all "
                + "about the region</h2></div><div class=playlist></div></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("Videos"), story.text());
        assertTrue(story.text().contains("ventilation"), story.text());

        Document pictured = Jsoup.parse("<body><div id=story>" + POOL.repeat(3) + "<h3>The new roof</h3>"
                + "<p><img src=/roof.jpg alt=\"\"></p></div></body>");
        Element withPicture = pictured.getElementById("story");
        ContentPruner.prune(withPicture, TextStats.of(pictured.body()), false);
        assertTrue(withPicture.text().contains("The new roof"), withPicture.text());

        String teaser = "<h2><a href=/pool-reopens>The pool reopens in spring</a></h2>";
        Document listing = Jsoup.parse("<body><div id=story>" + POOL + teaser.repeat(3) + "</div></body>");
        Element teasers = listing.getElementById("story");
        ContentPruner.withoutTrailingHeadings(teasers);
        assertEquals(3, teasers.select("h2").size(), "a listing's linked headlines stay");

        Document alone = Jsoup.parse("<body><div id=story><h2>Test case 1</h2></div></body>");
        Element onlyHeading = alone.getElementById("story");
        ContentPruner.withoutTrailingHeadings(onlyHeading);
        assertEquals("Test case 1", onlyHeading.text());
    }

    /** A club's "Our sponsors" section after the report ends it. */
    @ParameterizedTest
    @ValueSource(strings = {"Unsere Sponsoren", "Our partners", "Sponsors"})
    void aSponsorsSectionAfterTheReportEndsIt(String heading) {
        Document doc = Jsoup.parse("<body><div id=story>" + POOL.repeat(4) + "<h2>" + heading + "</h2><p>Many thanks"
                + " to all the partners who make handball in Eichenrode possible. Want to join them? Talk to us!</p>"
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("Many thanks"), story.text());
        assertTrue(story.text().contains("ventilation"), story.text());
    }

    /**
     * An editor's note opening the story that only asks the reader to sign up, or disclaims the views of an opinion
     * piece, goes; one that says something of the story stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Editor’s Note: Sign up for the Gazette's Night Sky newsletter. Each week we send you the launches worth staying up for. | false
            Editor's note: This story contains descriptions of the flood that some readers may find distressing.                     | true
            Editor's note: This column is part of a series of guest essays. The views expressed are the author's own.                | false
            Editor's note: Views expressed at the hearing were split between the two wards, as the council's minutes show.            | true
            """)
    void anOpeningEditorsNoteThatOnlyAppealsOrDisclaimsGoes(String note, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><div class=editor-note><p><strong>" + note.substring(0,
                note.indexOf(':') + 1) + "</strong> <em>" + note.substring(note.indexOf(':') + 2) + "</em></p></div>"
                + POOL.repeat(4) + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertEquals(kept, story.text().contains(note.substring(note.indexOf(':') + 2, note.indexOf(':') + 20)),
                story.text());
        assertTrue(story.text().contains("ventilation"), story.text());
    }

    /** A box introducing who wrote the piece, under its heading after the text, ends it. */
    @ParameterizedTest
    @ValueSource(strings = {"About the editorial board", "About the authors", "About our contributors"})
    void aBoxAboutTheWritersEndsTheStory(String heading) {
        Document doc = Jsoup.parse("<body><div id=story>" + POOL.repeat(4) + "<div class=\"wp-block-group\"><h3>"
                + heading + "</h3><p>Editorials represent the institutional opinion of the paper and are written by"
                + " a board that works apart from the newsroom. Its members are the publisher and four editors.</p>"
                + "</div></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("institutional opinion"), story.text());
        assertTrue(story.text().contains("ventilation"), story.text());
    }

    /**
     * A Chinese, Japanese or Korean boilerplate heading that is the heading's whole text ends the story there; a
     * story's own heading that merely holds such a word does not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            このページに関するお問い合わせ | false
            【関連記事】 | false
            相关阅读 | false
            관련기사 | false
            市民相談窓口へのお問い合わせが急増 | true
            """)
    void aCjkBoilerplateHeadingIsOneOnlyWhole(String heading, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><p>汐見原市では、令和9年4月1日から、これまで燃やすごみとして出していた"
                + "製品プラスチックを、プラスチック資源として回収します。</p><p>この取り組みは、ごみの焼却量を減らし、二酸化炭素の排出削減と"
                + "リサイクル率の向上を図ることを目的としています。</p><h2>" + heading + "</h2><p>市民生活部 環境課 ごみ減量推進係"
                + "の窓口は本庁舎3階です。</p></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("焼却量を減らし"), story.text());
        assertEquals(kept, story.text().contains("本庁舎3階"), story.text());
    }

    /**
     * A long closing paragraph is an appeal when it opens with one; a story paragraph that ends by pointing to a
     * newsletter stays. A short line is an appeal wherever the words sit in it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We will return to the site in June to count survivors and replant any gaps. If you live in the watershed and would like to join a future planting day, contact your conservation district or sign up for our volunteer newsletter. No experience is necessary. | true
            Sign up for our weekly newsletter to get every restoration story first. Each issue covers one project, the people behind it and how to join the next planting day near you, and you can leave whenever you like. | false
            Got a tip? Sign up for our newsletter. | false
            The council said a small community gathering would be held at the bridge once a reopening date was confirmed, and residents would be notified through its Facebook page and the valley school newsletter. | true
            Harbour Weekly will soon launch Island Notes, a weekly newsletter bringing you the inside story of the outer islands every Friday morning. Sign up here. | false
            """)
    void aLongClosingParagraphIsAnAppealOnlyWhenItOpensWithOne(String last, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><p>Crews planted the willow stakes roughly three feet apart in"
                + " staggered rows, leaving only a few inches of each above the ground.</p><p>That may look sparse"
                + " today, but the bank will be covered in a dense thicket within three years.</p><p>" + last
                + "</p></div></body>");
        List<Element> content = ContentPruner.withoutClosingAppeals(List.of(doc.getElementById("story")),
                TextStats.of(doc.body()), List.of());
        assertEquals(kept, content.get(0).text().contains(last), content.get(0).text());
    }

    /**
     * A sponsor's box inside a newsletter issue, or a donation box, goes whole from its label on; the story after it
     * stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<p>Together with Tallyroll</p>", "<h3>Give today</h3>", "<h3>Soutenez-nous</h3>",
        "<h4>Support Local Journalism.</h4>", "<span class=partner-box__label>In samenwerking met</span>",
        "<strong>I samarbete med Tallyroll</strong>",
        "<h3>שטיצט אומאָפּהענגיקע ייִדישע זשורנאַליסטיק</h3>"})
    void aSponsorsBoxInsideTheStoryGoesWhole(String label) {
        Document doc = Jsoup.parse("<body><div id=story><p>Small grocers are not trying to win the weekly stock-up;"
                + " they are chasing the Tuesday-evening run for dinner, milk and school lunches.</p><div><div"
                + " class=box>" + label + "<h3><a href=https://tallyroll.example>Stop"
                + " counting cans by hand</a></h3><p>Tallyroll uses shelf cameras and your POS data to flag"
                + " out-of-stocks.</p></div></div><p>One owner in Pittsburgh said her regulars come in four times a"
                + " week, which makes them worth more to her than most supercenter shoppers.</p></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("shelf cameras"), story.text());
        assertFalse(story.text().contains("Stop counting cans"), story.text());
        assertTrue(story.text().contains("four times a week"), story.text());
    }

    /**
     * A call to pin the post to Pinterest under its pin image goes; a sentence of the story naming Pinterest, or
     * saving something for later, stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p><strong>Found this useful? Save this itinerary to your Pinterest board for later!</strong></p> | false
            <p>Pin it for later!</p>                                                                             | false
            <p>The ferry company posts its timetable changes on Pinterest, of all places.</p>                   | true
            <p>Save the last bun for later: the bakery closes at two.</p>                                       | true
            """)
    void aCallToPinThePostGoes(String line, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><p>Dunmarra Bay is a long curve of pale sand on the sheltered"
                + " east coast, and on a still morning the water is the colour of weak gin.</p>" + line + "<p>Afterwards,"
                + " warm up at the old schoolhouse above the beach, where the cardamom buns sell out by eleven.</p></div>"
                + "</body>");
        String text = Jsoup.parse(line).text();
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertEquals(kept, story.text().contains(text), story.text());
        assertTrue(story.text().contains("cardamom buns"), story.text());
    }

    /** A sponsor's label opening a sentence of the story, not a line of its own, leaves the story whole. */
    @Test
    void aSponsorsWordsOpeningASentenceAreTheStorys() {
        Document doc = Jsoup.parse("<body><div id=story><p>Small grocers are not trying to win the weekly stock-up;"
                + " they are chasing the Tuesday-evening run for dinner, milk and school lunches.</p><div><p><strong>In"
                + " samenwerking met</strong> de gemeente opent de coöperatie in maart een tweede winkel.</p></div>"
                + "<p>One owner said her regulars come in four times a week.</p></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertTrue(story.text().contains("tweede winkel"), story.text());
    }

    /**
     * A listed company's release ends before its "About" section and its forward-looking statements, the sections cut
     * from the last up: the legal notice first, so that the "About" section above is no longer most of what follows.
     */
    @Test
    void aListedCompanysReleaseEndsBeforeItsAboutAndLegalSections() {
        String legal = "<p><b>Forward-Looking Statements</b></p>" + ("<p>This press release contains forward-looking"
                + " statements within the meaning of the Private Securities Litigation Reform Act of 1995, and actual"
                + " results could differ materially from those expressed or implied in these statements.</p>");
        Document doc = Jsoup.parse("<body><div id=story>" + RELEASE + ABOUT + legal + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), true);
        assertTrue(story.text().contains("planned for the spring"), story.text());
        assertFalse(story.text().contains("builds autonomous"), story.text());
        assertFalse(story.text().contains("Litigation Reform Act"), story.text());
    }

    /** "Sign up" and "subscribe" ask the reader only when they open a sentence or name what the publisher offers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sign up for our weekly newsletter to get the top stories first.                            | true
            Don't miss a sailing – subscribe today.                                                    | true
            To hear about every change, sign up here.                                                  | true
            Please subscribe to support local reporting.                                               | true
            Riders can check sailing times online or sign up for text alerts by texting FERRY to 4411.  | false
            About 300 households had signed up for the scheme by Friday, the council said.             | false
            Follow the Harbour Gazette Opinion section on Facebook and Instagram.                       | true
            The Gazette is committed to publishing a diversity of letters to the editor.               | true
            We would like to hear what you think about this or any of our articles.                    | true
            Do you have a personal story to share? We want to hear from you. Here's how to pitch to us. | true
            The fishermen said they want to hear from the minister before the season opens.            | false
            In a letter to the editor last week, the harbour master defended the new fares.            | false
            Residents said they would like to hear more from the council before the vote.              | false
            """)
    void tellsAnAppealToTheReaderFromAServiceTheStoryDescribes(String line, boolean appeal) {
        assertEquals(appeal, ContentPruner.APPEAL.matcher(line).find(), line);
    }

    private static final String GROCERS = "<p>Small grocers are not trying to win the weekly stock-up; they are"
            + " chasing the Tuesday-evening run for dinner, milk and school lunches, and the margins are thin.</p>";

    /**
     * The cards introducing the story's authors after it go, a box of them whole; a card-like block before the story
     * (its own headline and standfirst under the writer's name) and a paragraph of the story naming an author stay.
     */
    @Test
    void theCardsIntroducingTheAuthorsAfterTheStoryGo() {
        Document doc = Jsoup.parse("<body><div id=story><div><p>Priya Okonjo</p><p>Small grocers and the evening"
                + " run</p></div>" + GROCERS.repeat(3) + "<p>Priya Okonjo said the owners now know their regulars by"
                + " name.</p><aside><div><p>Priya Okonjo</p><p>Head of Communications</p><p>Priya joined from a"
                + " regional newspaper.</p></div><div><p>Mats Delvaux</p><p>Co-founder</p><p>Mats planned deliveries"
                + " for eight years.</p></div></aside></div></body>");
        List<Element> content = ContentPruner.withoutAuthorCards(List.of(doc.getElementById("story")),
                TextStats.of(doc.body()), List.of("Priya Okonjo", "Mats Delvaux"));
        String text = content.get(0).text();
        assertFalse(text.contains("Head of Communications") || text.contains("Mats planned"), text);
        assertTrue(text.contains("Small grocers and the evening run") && text.contains("know their regulars"),
                text);
    }

    /**
     * A note asking the reader to turn scripts on goes, and so does the note on reporting a typo with Ctrl+Enter; a
     * story's sentence naming JavaScript stays.
     */
    @Test
    void dropsTheNoteStandingInForAScriptedFigure() {
        Document doc = Jsoup.parse("<body><div id=story>" + GROCERS + "<figure><div><p>This interactive requires"
                + " JavaScript. Please enable it in your browser to explore the data.</p></div><figcaption>Figure 1:"
                + " evening sales</figcaption></figure><p>The new till app requires JavaScript, which the older"
                + " tablets at two shops cannot run.</p>" + GROCERS + "<div class=orfo>Нашли ошибку? Выделите текст и"
                + " нажмите <b>Ctrl+Enter</b>.</div></div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("Please enable it"), story.text());
        assertFalse(story.text().contains("Ctrl+Enter"), story.text());
        assertTrue(story.text().contains("older tablets") && story.text().contains("Figure 1"), story.text());
    }

    /**
     * The typo note's keys are looked for only in lines holding "ctrl" in some ASCII case: no character beyond ASCII
     * matches one of its letters in a case-insensitive Unicode pattern (as "ſ" matches "s" and "K", the Kelvin sign,
     * matches "k"), so the screen passes every line the pattern finds; a note in capitals still goes.
     */
    @Test
    void screensTheTypoKeysWithoutMissingAFoldedLetter() {
        java.util.regex.Pattern letters = java.util.regex.Pattern.compile("(?iu)[ctrl]");
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            assertFalse(letters.matcher(String.valueOf(c)).matches(), "U+" + Integer.toHexString(c));
        }
        Document doc = Jsoup.parse("<body><div id=story>" + GROCERS + "<p>НАШЛИ ОШИБКУ? НАЖМИТЕ CTRL + ENTER</p>"
                + GROCERS + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("CTRL"), story.text());
    }

    /** A spoiler warning before a review goes; a story's sentence that talks of spoilers stays. */
    @Test
    void dropsTheSpoilerWarningBeforeAReview() {
        Document doc = Jsoup.parse("<body><div id=story><div class=note><p><strong>Spoiler warning:</strong> This review"
                + " discusses the plot of episode 7. If you have not watched it yet, come back later.</p></div>" + GROCERS
                + "<p>The showrunner said a spoiler warning would have spoiled the joke, so there was none.</p>" + GROCERS
                + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertFalse(story.text().contains("come back later"), story.text());
        assertTrue(story.text().contains("spoiled the joke"), story.text());
    }

    /** A summary box a machine wrote, which its closing note declares, goes whole; an editor's key points stay. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This summary was generated automatically by an AI tool and reviewed by an editor. | false
            Key points compiled by our business desk.                                          | true
            """)
    void aSummaryAMachineWroteGoesWhole(String note, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story><div class=takeaways><h2>Key takeaways</h2><ul><li>Grocers"
                + " chase the evening run.</li><li>Margins are thin.</li></ul><p>" + note + "</p></div>"
                + GROCERS.repeat(3) + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertEquals(kept, story.text().contains("Margins are thin."), story.text());
        assertTrue(story.text().contains("Tuesday-evening run"), story.text());
    }

    /**
     * A market-data widget inside the story, which its feed's credit closes, goes whole; a chart's source line, whose
     * data is no quote feed, stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Market data provided by Quotient Exchange Data. Quotes delayed at least 15 minutes. | false
            Kursdaten bereitgestellt von Börsenfeed AG, verzögert um 15 Minuten.               | false
            Data provided by the county's food bank network.                                    | true
            """)
    void aMarketDataWidgetGoesWhole(String credit, boolean kept) {
        Document doc = Jsoup.parse("<body><div id=story>" + GROCERS + "<div class=quote-card><div><span>Acme"
                + " Industrial Corp.</span> <span>ACME</span> <button>+ Watchlist</button></div><div><span>$148.62"
                + "</span> <span>+3.34 (+2.30%)</span></div><dl><dt>Volume</dt><dd>6.1M</dd></dl><p>" + credit
                + "</p></div>" + GROCERS.repeat(3) + "</div></body>");
        Element story = doc.getElementById("story");
        ContentPruner.prune(story, TextStats.of(doc.body()), false);
        assertEquals(kept, story.text().contains("$148.62"), story.text());
        assertTrue(story.text().contains("Tuesday-evening run"), story.text());
    }

    @Test
    void dropsTheClosingLineThatIntroducesTheAuthorOnly() {
        List<String> authors = List.of("Ruth Okafor");
        assertTrue(ContentPruner.introducesAuthor("Ruth Okafor is a former city planner who writes about towns",
                authors));
        assertFalse(ContentPruner.introducesAuthor("Ruth Okafor, who writes about towns, is a former planner",
                authors));
        assertFalse(ContentPruner.introducesAuthor("Tom Poe is the council's treasurer.", authors));
        assertFalse(ContentPruner.introducesAuthor("Ruth Okafor is a former city planner.", List.of("Ruth")));
    }

    /**
     * The appeal probe lets through every line the appeal pattern finds an appeal in: random lines built from the
     * pattern's words in mixed case, split and joined with other words, Cyrillic among them. It lets a plain
     * sentence pass without the pattern.
     */
    @Test
    void appealProbeNeverSaysNoWhereThePatternFindsAnAppeal() {
        String[] pieces = {"Follow", "FOLLOW", "us", "The", "Harbour", "on", "folgt", "uns", "Síguenos", "SÍGUENOS",
            "sign", "UP", "Subscribe", "suscríbete", "Abonnieren", "newsletter", "if", "you", "enjoyed", "LIKED",
            "wenn", "Ihnen", "dieser", "Artikel", "gefallen", "support", "our", "Unterstützen", "Sie", "apoya",
            "nuestro", "canal", "channel", "Kanal", "app", "podcast", "join", "Telegram", "WhatsApp", "straight",
            "to", "your", "inbox", "download", "we", "would", "like", "hear", "what", "think", "publishing",
            "letters", "editor", "Opinion", "section", "Подписывайтесь", "наш", "канал", "ﬆ", "\u017f", "ſign", "dam",
            "opened", "the", "road", ",", "."};
        Random random = new Random(7);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            if (ContentPruner.APPEAL.matcher(line).find()) {
                found++;
                assertTrue(ContentPruner.mayAppeal(line.toString()), line.toString());
            }
        }
        assertTrue(found > 1_000, "the pieces make appeals often enough to test: " + found);
        assertFalse(ContentPruner.mayAppeal("The dam opened on Tuesday after two winters of work on the old road."));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Sign my guestbook! This page is part of the Clockmakers Webring.|true",
        "Best viewed with Netscape 4 at 800x600. You are visitor number 004211.|true",
        "Tragen Sie sich in mein Gästebuch ein! Sie sind Besucher Nr. 48213.|true",
        "Diese Seite wird am besten mit 1024x768 Pixeln angezeigt. Mitglied im Uhren-Webring.|true",
        "The family has opened an online guestbook for condolences.|false",
        "Our webring of clock collectors met in Kassel last spring, and the guestbook filled fast.|false",
        "Best viewed in person: the regulator hangs in the hall.|false",
    })
    void aClosingLineNamingTwoKindsOfHomepageFurnitureIsFurniture(String line, boolean furniture) {
        assertEquals(furniture, ContentPruner.isHomepageFurniture(line), line);
    }
}
