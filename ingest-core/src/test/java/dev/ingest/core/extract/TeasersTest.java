package dev.ingest.core.extract;

import static dev.ingest.core.extract.StoryFixtures.assertStory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A grid of teasers ("More stories": a linked headline, a summary, a byline each) beside a short story: the grid is
 * never the story, even when its summaries hold more text than the story does.
 */
class TeasersTest {
    private static final String BRIEF = "<p><b>A water main break has closed part of Delmont Avenue in Carverton, "
            + "city officials said Friday evening.</b></p><p>Crews were working to isolate the broken 12-inch line "
            + "near Fairlane Street. Drivers should use Route 44 as a detour.</p>";

    private static String card(int i) {
        return "<div class=\"c-card c-card--teaser\"><div class=\"c-card__body\"><h3 class=\"c-card__headline\">"
                + "<a href=\"/2026/11/story-" + i + "/\">Township board weighs plan number " + i + " for the old "
                + "mill</a></h3><p class=\"c-card__description\">Dozens of residents packed the township building "
                + "for a hearing on plan " + i + " that stretched past midnight, arguing that truck traffic would "
                + "overwhelm narrow rural roads and threaten the creek's trout habitat.</p><span class=\"c-card__"
                + "byline\">By Staff Report</span><time>Nov. 2" + i + ", 2026</time></div></div>";
    }

    private static String grid(int cards) {
        StringBuilder out = new StringBuilder("<section class=\"c-more-stories\"><h2>More stories</h2><div>");
        for (int i = 1; i <= cards; i++) {
            out.append(card(i));
        }
        return out.append("</div><a href=\"/news/local/\">See more local news</a></section>").toString();
    }

    private static boolean isGrid(String html) {
        Document doc = Jsoup.parse(html);
        Element e = doc.body().child(0);
        PageIndex index = PageIndex.of(doc);
        TextStats stats = index.textStats();
        return Teasers.isGrid(e, stats, Teasers.linkedHeadlines(index, stats));
    }

    @Test
    void aSectionOfLinkedHeadlinesWithSummariesIsAGrid() {
        assertTrue(isGrid(grid(4)));
    }

    @Test
    void twoCardsAreNoGrid() {
        assertFalse(isGrid(grid(2)));
    }

    @Test
    void aWrapperOfTheStoryAndAGridIsNoGrid() {
        assertFalse(isGrid("<div class=\"layout__main\"><article>" + BRIEF + BRIEF + "</article>" + grid(6)
                + "</div>"));
    }

    /** Sections of a story, each under a subheading that links nowhere, are the story. */
    @Test
    void storySectionsUnderPlainSubheadingsAreNoGrid() {
        StringBuilder html = new StringBuilder("<div>");
        for (int i = 1; i <= 4; i++) {
            html.append("<section><h2>What the council decided, part ").append(i).append("</h2>").append(BRIEF)
                    .append("</section>");
        }
        assertFalse(isGrid(html.append("</div>").toString()));
    }

    /**
     * A carousel's later slides are hidden and count for no block's running text; the story in the same wrapper
     * still makes it no grid.
     */
    @Test
    void aWrapperOfAStoryAndACarouselWithHiddenSlidesIsNoGrid() {
        StringBuilder slides = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            slides.append(s == 0 ? "<div class=slide>" : "<div class=slide style=\"display:none\">")
                    .append(card(1)).append(card(2)).append(card(3)).append("</div>");
        }
        assertFalse(isGrid("<div class=all>" + BRIEF + "<div class=slider>" + slides + "</div></div>"));
    }

    @Test
    void aShortBriefKeepsItsParagraphsAndLosesTheLongerTeasersBesideIt() {
        String html = "<html lang=en><body><header><nav><a href=/>Home</a></nav></header><div class=\"b-chain\">"
                + "<main class=\"b-layout\"><div class=\"b-layout__main\"><article class=\"c-article\">"
                + "<h1>Water main break closes stretch of Delmont Avenue</h1><div class=\"c-article-body\">" + BRIEF
                + "</div></article>" + grid(6) + "</div></main></div><footer>WRGN 9</footer></body></html>";
        String text = new ArticleExtractor().extract(html, "https://www.wrgn9.example/2026/11/27/water-main-break/",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE).text();
        assertStory(text, new String[] {"A water main break has closed part", "Drivers should use Route 44"},
                new String[] {"Dozens of residents packed", "See more local news", "Staff Report"});
    }
}
