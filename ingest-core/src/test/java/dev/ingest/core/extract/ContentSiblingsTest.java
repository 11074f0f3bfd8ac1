package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which blocks beside the winning one are the rest of the story. */
class ContentSiblingsTest {
    private static final String PARAGRAPH = "<p>Moving a hive is a night job, because the bees have to be inside; "
            + "we sealed the entrances at dusk and carried the boxes across in one go.</p>";

    @Test
    void aWinnerInsideSingleChildWrappersBringsTheWrappersSiblings() {
        // a page builder: each section is a field holding one column; the first column won the scoring
        Document doc = Jsoup.parse("<div id=story>"
                + "<div class=field><div class=column id=first>" + PARAGRAPH.repeat(6) + "</div></div>"
                + "<div class=field><div class=column id=second>" + PARAGRAPH + "</div></div>"
                + "<div class=field><div class=column id=third>" + PARAGRAPH.repeat(2) + "</div></div>"
                + "</div><div class=sidebar><a href=/a>Other story</a></div>");
        List<Element> content = ContentScorer.withSiblings(doc.getElementById("first"), doc.body());
        assertEquals(3, content.size(), content::toString);
        assertEquals(List.of("first", "second", "third"),
                content.stream().map(e -> e.child(0).id()).toList());
    }

    @Test
    void theNotesTheStoryMarksAfterItAreStoryButNotWhatItsOtherLinksReach() {
        // a static site's essay: the notes follow the text in a block of their own; "3 comments" links on too
        Document doc = Jsoup.parse("<article><section id=story>" + PARAGRAPH.repeat(4) + "<p>A clock of sorts."
                + "<sup><a href=#fn:1>1</a></sup> <a href=#comments>3 comments</a></p></section>"
                + "<div class=footnotes id=notes><ol><li id=fn:1><p>Beside old woodland a hedge gains species faster."
                + " <a href=#fnref:1>↩</a></p></li></ol></div>"
                + "<div id=comments><p>What a lovely piece, thank you for writing it all down.</p></div></article>");
        List<Element> content = ContentScorer.withSiblings(doc.getElementById("story"), doc.body());
        assertEquals(List.of("story", "notes"), content.stream().map(Element::id).toList());
    }

    /**
     * A lead set apart right before the story ({@code <div class=abstract><p>…</p></div>}) is the story's; a welcome
     * box's loose text there, or a tagline broken into lines, is not.
     */
    @Test
    void aLeadSetApartRightBeforeTheStoryIsTheStorys() {
        String lead = "<p>The ministry presented a programme on Wednesday to repair 38 locks on the federal waterways,"
                + " with about 2.4 billion euros set aside for it until 2035.</p>";
        Document doc = Jsoup.parse("<div id=page><h1>Locks</h1><div class=abstract id=lead>" + lead + "</div>"
                + "<div id=story>" + PARAGRAPH.repeat(4) + "</div></div>");
        List<Element> content = ContentScorer.withSiblings(doc.getElementById("story"), doc.body(),
                TextStats.of(doc.body()));
        assertEquals(List.of("lead", "story"), content.stream().map(Element::id).toList());

        for (String notLead : new String[] {"<div class=welcome id=lead><div class=txt>Welcome to the pages of the "
                + "waterways club, a non-partisan society writing about the canals, their locks and their keepers."
                + "</div></div>", "<div id=lead><p>Dagny Holm<br>The most cheerful canal coach there is<br>- for a "
                + "business that moves people and makes a real difference to the whole wide world -</p></div>"}) {
            Document other = Jsoup.parse("<div id=page>" + notLead + "<div id=story>" + PARAGRAPH.repeat(4)
                    + "</div></div>");
            List<Element> alone = ContentScorer.withSiblings(other.getElementById("story"), other.body(),
                    TextStats.of(other.body()));
            assertEquals(List.of("story"), alone.stream().map(Element::id).toList(), notLead);
        }
    }

    /**
     * A paywall's free preview, wrapped in blocks of its own before the rest of the story ({@code <div
     * class=preview><div class=body><p>…}), is the story's lead.
     */
    @Test
    void aWrappedFreePreviewBeforeTheStoryIsTheStorys() {
        String lead = "<p>The ministry presented a programme on Wednesday to repair 38 locks on the federal waterways,"
                + " with about 2.4 billion euros set aside for it until 2035.</p><p>Shippers on the canals had waited for such a"
                + " programme for more than a decade, and some of the locks are older than a century.</p>";
        Document doc = Jsoup.parse("<div id=page><div id=content><div class=subscriber-preview id=lead>"
                + "<div class=asset-body>" + lead + "</div></div><div class=subscriber-only id=story><div"
                + " class=asset-body>" + PARAGRAPH.repeat(12) + "</div></div></div></div>");
        List<Element> content = ContentScorer.withSiblings(doc.getElementById("story").child(0), doc.body(),
                TextStats.of(doc.body()));
        assertEquals(List.of("lead", "story"), content.stream().map(Element::id).toList());
    }

    /**
     * A list without links between the lead kept before the winner and the winner (a live page's summary list under
     * its lead) is the story's; a list of links there is not, nor an offer box.
     */
    @Test
    void aBlockBetweenTheLeadAndTheStoryIsTheStorys() {
        String lead = "<p id=lead>The storm reached the coast on Friday evening with gusts of up to 33 metres a second,"
                + " and at its height 18,000 households had no power.</p>";
        for (String[] between : new String[][] {{"<div id=summary><h2>What has happened</h2><ul><li>Trains between"
                + " the two towns stood still for twelve hours.</li><li>The ferries stopped running.</li></ul></div>",
                "lead, summary, story"}, {"<div id=links><a href=/a>Storm: the live map of power cuts</a> <a href=/b>"
                + "Storm: the ferry timetable</a></div>", "lead, story"}, {"<div id=offer><p>Read on with Gazette+</p>"
                + "<p>Every story from the coast for 0.99 a month, cancel any time.</p></div>",
                "lead, story"}}) {
            Document doc = Jsoup.parse("<div id=page>" + lead + between[0] + "<div id=story>" + PARAGRAPH.repeat(12)
                    + "</div></div>");
            List<Element> content = ContentScorer.withSiblings(doc.getElementById("story"), doc.body(),
                    TextStats.of(doc.body()));
            assertEquals(between[1], String.join(", ", content.stream().map(Element::id).toList()), between[0]);
        }
    }

    @Test
    void aWinnerWithTextBesideItStaysItself() {
        Document doc = Jsoup.parse("<div id=page><div id=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<ul class=links><li><a href=/a>One</a></li><li><a href=/b>Two</a></li></ul></div>");
        List<Element> content = ContentScorer.withSiblings(doc.getElementById("story"), doc.body());
        assertEquals(List.of("story"), content.stream().map(Element::id).toList());
    }
}
