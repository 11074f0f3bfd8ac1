package dev.ingest.core.extract;

import static dev.ingest.core.extract.StoryFixtures.assertStory;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A page with several stories side by side: the one under the page's title is the story, however long the others
 * are; a story split into several {@code <article>}s stays whole.
 */
class TitledArticleTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    private static String story(String headlineTag, String headline, String sentence, int paragraphs) {
        StringBuilder out = new StringBuilder("<article class=\"story\"><header><" + headlineTag
                + " class=\"story__headline\">" + headline + "</" + headlineTag + "><div class=\"byline\">By Ana Ruiz"
                + "</div></header><div class=\"article-body\">");
        for (int i = 1; i <= paragraphs; i++) {
            out.append("<p>").append(sentence).append(" This is paragraph ").append(i)
                    .append(" of the story, with the details a reader wants.</p>");
        }
        return out.append("</div></article>").toString();
    }

    private static String text(String title, String main) {
        String html = "<html lang=en><head><title>" + title + " | Ridgeport Ledger</title></head><body><header><nav>"
                + "<a href=/>Home</a></nav></header><main>" + main + "</main><footer>Ridgeport Ledger</footer></body>"
                + "</html>";
        return new ArticleExtractor().extract(html, "https://ledger.example/news/ferry", FETCHED,
                ExtractionRules.NONE).text();
    }

    @Test
    void theNextStoryLoadedBelowIsNotThePagesStoryThoughItIsLonger() {
        String main = "<div class=\"infinite-scroll\">"
                + story("h1", "Ferry to Castle Island cut to two sailings", "The ferry to Castle Island will run "
                + "twice a day from Monday, the port authority said.", 3)
                + "<div class=\"divider\">Next article</div>"
                + story("h2", "Library opens its doors overnight in the cold", "The central library stayed open all "
                + "night for the first time, as temperatures fell below freezing across the county.", 8)
                + "</div>";
        assertStory(text("Ferry to Castle Island cut to two sailings", main),
                new String[] {"The ferry to Castle Island will run twice a day", "paragraph 3 of the story"},
                new String[] {"The central library stayed open", "Library opens its doors"});
    }

    @Test
    void aStorySplitIntoArticlesWithoutHeadlinesOfTheirOwnStaysWhole() {
        String main = "<div>" + story("h1", "Where the thick air comes from", "Cars, planes and chimneys put smoke "
                + "and dust into the air we breathe every day.", 1)
                + "<article><p>Coal and oil are fossil fuels: what is left of plants and small animals that lived "
                + "millions of years ago, burnt in power stations and engines.</p><p>Wind and sun make energy with "
                + "far less dirt in the air, and they never run out, which is why towns build more of them.</p>"
                + "</article></div>";
        assertStory(text("Where the thick air comes from", main),
                new String[] {"Cars, planes and chimneys", "Coal and oil are fossil fuels", "Wind and sun make"},
                new String[] {});
    }
    /**
     * A rail set before the story in the source, a live ticker holding more running text than the story: the page's
     * one {@code <main>} under the page's title is the story.
     */
    @Test
    void theMainUnderThePagesTitleIsTheStoryThoughARailBeforeItIsLonger() {
        StringBuilder ticker = new StringBuilder("<div class=\"col-rail\"><section class=\"ticker\"><h2>Live: the "
                + "islands</h2><ol>");
        for (int i = 0; i < 12; i++) {
            ticker.append("<li><time>1").append(i % 10).append(":00</time><p>The morning sailing from Saltmere left "
                    + "late again because of the low tide, and the harbour office asked drivers to wait at the "
                    + "slipway.</p></li>");
        }
        ticker.append("</ol></section></div>");
        String html = "<html lang=en><head><title>Ferry to Castle Island cut to two sailings | Ridgeport Ledger</title>"
                + "</head><body><div class=\"page-grid\">" + ticker + "<main class=\"col-main\">"
                + story("h1", "Ferry to Castle Island cut to two sailings", "The ferry to Castle Island will run "
                + "twice a day from Monday, the port authority said.", 3)
                + "</main></div></body></html>";
        String text = new ArticleExtractor().extract(html, "https://ledger.example/news/ferry", FETCHED,
                ExtractionRules.NONE).text();
        assertStory(text, new String[] {"The ferry to Castle Island will run twice a day", "paragraph 3 of the story"},
                new String[] {"The morning sailing from Saltmere"});
    }
}
