package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ContentPrunerTest {
    private static final String[] TAGS = {"p", "div", "section", "li", "blockquote", "span", "ul", "em", "figure"};
    private static final String[] TEXTS = {"", "", " ", "Der Damm hält.", "Subscribe to our newsletter", "x"};

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
}
