package dev.ingest.core.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body half of {@link ArticleExtractor} alone, for the benchmark that splits extraction into its parts: the page
 * index and text counts, cleaning, scoring, pruning, the text and the sanitised HTML, with no metadata reader (no
 * byline, date, title, JSON-LD, meta, language or page type). Same calls, in the same order, as the extractor makes.
 */
public final class BodyStages {
    private BodyStages() {
    }

    /** Parses a page as the extractor does: scripts, style sheets, inline SVG and comments cut first. */
    public static Document parse(byte[] body, String url) {
        return ArticleExtractor.parse(body, null, url);
    }

    /** Reads the story of a freshly parsed {@code doc}; returns the length of its text and HTML. */
    public static int body(Document doc) {
        PageIndex.of(doc).textStats();
        TextStats stats = HtmlCleaner.clean(doc, List.of());
        List<Element> content = ContentScorer.withSiblings(ContentScorer.best(doc.body(), stats), doc.body(), stats);
        content.forEach(c -> ContentPruner.prune(c, stats, false));
        content = ContentPruner.withoutClosingAppeals(content, stats, List.of());
        String text = TextRenderer.render(content);
        String html = TextRenderer.nfc(Sanitiser.sanitise(content, doc.location()));
        return text.length() + html.length();
    }
}
