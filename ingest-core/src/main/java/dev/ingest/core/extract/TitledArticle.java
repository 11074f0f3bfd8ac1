package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The story a page is about when it shows several: an endless-scroll page that has the next story loaded in full
 * below this one, a front page of whole posts. Each story is an {@code <article>} with its own headline and running
 * text; the one whose headline is the page's title is the page's story, whichever is longer.
 */
final class TitledArticle {
    private static final Evaluator HEADLINES = QueryParser.parse("h1, h2, h3, [itemprop=headline]");
    /** Running text a story has at least: a few sentences, which a teaser card does not have. */
    private static final int STORY_PROSE = 2 * TextStats.PROSE_MIN;

    private TitledArticle() {
    }

    /**
     * The {@code <article>} among {@code articles} (the page's, in document order, before cleaning) that holds a
     * headline reading {@code title}, when it is one of two or more stories side by side (each with running text and a
     * headline of its own) and the only one so titled; null otherwise.
     */
    static Element of(List<Element> articles, String title, TextStats stats) {
        if (title == null || articles.size() < 2) {
            return null;
        }
        String wanted = TitleCleaner.norm(title);
        List<Element> stories = new ArrayList<>();
        Element titled = null;
        for (Element a : articles) {
            if (stats.prose(a) < STORY_PROSE || !stories.isEmpty() && isInside(a, stories)) {
                continue;
            }
            Elements headlines = Subtree.select(a, HEADLINES);
            if (headlines.isEmpty()) {
                continue; // a part of a story split into several articles, not a story of its own
            }
            stories.add(a);
            if (holdsTitle(headlines, wanted)) {
                if (titled != null) {
                    return null; // two stories under the page's title: the title does not tell them apart
                }
                titled = a;
            }
        }
        return stories.size() >= 2 ? titled : null;
    }

    /**
     * The page's one {@code <main>} (of {@code mains}, the page's, before cleaning) when it holds a headline reading
     * {@code title} and running text: what the page marks as its main content, against a wrapper the scoring chose
     * that also holds a rail beside it (a live ticker longer than the story, set before it in the source). Null
     * otherwise.
     */
    static Element main(List<Element> mains, String title, TextStats stats) {
        if (title == null || mains.size() != 1 || stats.prose(mains.get(0)) < STORY_PROSE) {
            return null;
        }
        return holdsTitle(Subtree.select(mains.get(0), HEADLINES), TitleCleaner.norm(title)) ? mains.get(0) : null;
    }

    /** Whether one of {@code headlines} reads {@code wanted} (a title as {@link TitleCleaner#norm} gives it). */
    private static boolean holdsTitle(List<Element> headlines, String wanted) {
        for (Element h : headlines) {
            if (TitleCleaner.norm(h.text()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code titled} as the content when the content chosen is not all in it (a wrapper of several stories, another
     * story, or another story's body under this one's standfirst); the content unchanged when {@code titled} is null,
     * was cleaned away, or holds all the content.
     */
    static List<Element> narrowed(List<Element> content, Element titled) {
        if (titled == null || titled.parent() == null) {
            return content;
        }
        for (Element c : content) {
            if (c != titled && !isInside(c, List.of(titled))) {
                return new ArrayList<>(List.of(titled));
            }
        }
        return content;
    }

    /** Whether {@code e} is inside one of {@code blocks}. */
    private static boolean isInside(Element e, List<Element> blocks) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (blocks.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
