package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Of several authors, those the byline credits for the pictures (or the translation) alone: "Story by Olivia Grant ·
 * Photographs by Mateo Alvarez", "Beatriz Lobo in Aveiro; translated by Alasdair Penhale". Magazine templates declare
 * every contributor as an author, in JSON-LD and in {@code itemprop=author} markup alike; the line that shows them
 * says who wrote the story.
 *
 * <p>An author is dropped when a line naming another of the authors credits them with a picture role ("Photographs
 * by", "Fotos:", "Illustration von", "Video by") and no line credits them with the writing ("By", "Text and photos",
 * "Words by"). A caption's "Photograph by" alone drops no one: a writer may take a picture too. When a credits list
 * gives some of them a writing role ("Reporter", "Words"), those are the writers. The writers are never all dropped.
 */
final class PictureCredits {
    /** How far before a name the credit that introduces it is read. */
    private static final int CREDIT_REACH = 40;
    /**
     * A picture role ending right before a name: "Photographs by", "Photos:", "Illustrationen von", "Vidéo :"; or the
     * translator's, which a byline names beside the writer's ("…; translated by", "Übersetzung:").
     */
    private static final Pattern PICTURE_ROLE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:photo(?:graph)?s?|photography"
            + "|pictures|images?|illustrations?|illustrated|graphics?|videos?|vidéo|fotos?|fotografie(?:n)?|bilder"
            + "|grafik(?:en)?|illustrationen?|zdjęcia|fotografías?|infographics?"
            // ru, uk, kk "Фото:", kk "Сурет:" ("picture")
            + "|фото|сурет"
            + "|translated|translation|übersetzt|übersetzung|traduit|traduction|traducido|traducción|tradotto"
            + "|traduzione|traduzido|tradução|vertaald|vertaling)(?:\\s+(?:by|von|de|par|di|por|door|and"
            + "\\s+video\\s+by))?\\s*[:：]?\\s*$");
    /** Writing named together with pictures: "Text and photos by", "Text & Fotos:", "Words and pictures by". */
    private static final Pattern WRITING_TOO = Pattern.compile("(?iu)(?:text(?:e)?|words|story|reporting)\\s*(?:and|und"
            + "|&|/|\\+|et|y)\\s*\\p{L}+(?:\\s+(?:by|von|de|par))?\\s*[:：]?\\s*$");
    /** The writing credited right before a name: "By", "Story by", "Text:", "Von", "Autorin:". */
    private static final Pattern WRITING = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:by|von|par|por|di|texte?|texto"
            + "|testo|autor(?:in)?"
            // ru, uk "Текст:", kk "Мәтін:" ("text"), "Автор:"
            + "|текст|мәтін|автор"
            + "|author|reporter(?:in)?)\\s*[:：]?\\s*$");
    /** What joins two names credited together: "and", "und", "&", a comma. */
    private static final Pattern JOINT = Pattern.compile("(?iu)\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*$");
    /** Inline elements a name sits in: the line is the nearest ancestor that is none of these. */
    private static final Set<String> INLINE = Set.of("a", "span", "strong", "b", "em", "i", "small", "address",
            "cite", "time", "font", "abbr");

    private PictureCredits() {
    }

    /** {@code authors} without those the page's byline credits for pictures alone; all of them when none is. */
    static List<Author> writers(Document doc, List<Author> authors) {
        if (authors.size() < 2 || doc.body() == null) {
            return authors;
        }
        List<List<Element>> lines = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            lines.add(new ArrayList<>());
        }
        // the lines each author's name is shown in, from one walk over the page's text
        doc.body().traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < authors.size(); i++) {
                    if (text.contains(authors.get(i).name())) {
                        lines.get(i).add(line(t));
                    }
                }
            }
        });
        List<Author> writers = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            if (!picturesAlone(authors, i, lines)) {
                writers.add(authors.get(i));
            }
        }
        writers = creditedWriters(writers, lines, authors);
        return writers.isEmpty() ? authors : List.copyOf(writers);
    }

    /** The role of a credits list's entry that writes the story: "Reporter", "Words", "Text", "Story". */
    private static final Pattern WRITING_ROLE = Pattern.compile("(?iu)\\s*(?:reporter(?:in)?|reporting|words|texte?"
            + "|story|writer|written by|author|autor(?:in)?|reportage|reportaje)\\s*:?\\s*");

    /**
     * Of {@code writers}, those a credits list at the story's end ({@code <dt>Reporter</dt><dd>…</dd>},
     * {@code <dt>Photographer</dt><dd>…</dd>}, as specials and long reads close) gives a writing role, when it gives
     * one to any of them: the others are the photographers, developers and editors a template declares as authors too.
     * All of them when the list names no writer among them.
     */
    private static List<Author> creditedWriters(List<Author> writers, List<List<Element>> lines, List<Author> authors) {
        List<Author> credited = new ArrayList<>();
        for (Author w : writers) {
            for (Element line : lines.get(authors.indexOf(w))) {
                Element role = line.nameIs("dd") && line.text().strip().equals(w.name()) ? line.previousElementSibling()
                        : null;
                if (role != null && role.nameIs("dt") && WRITING_ROLE.matcher(role.text()).matches()) {
                    credited.add(w);
                    break;
                }
            }
        }
        return credited.isEmpty() ? writers : credited;
    }

    /**
     * Whether a line that names another author too (or a line beside such a line, in one block of credits) credits
     * author {@code i} with pictures, and no line credits them with the writing.
     */
    private static boolean picturesAlone(List<Author> authors, int i, List<List<Element>> lines) {
        String name = authors.get(i).name();
        boolean pictures = false;
        for (Element line : lines.get(i)) {
            String text = line.text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                String before = creditBefore(text.substring(0, at), authors);
                if (WRITING_TOO.matcher(before).find()) {
                    return false;
                }
                if (PICTURE_ROLE.matcher(before).find()) {
                    pictures |= namesAnother(line, authors, i, lines);
                } else if (WRITING.matcher(before).find()) {
                    return false;
                }
            }
        }
        return pictures;
    }

    /**
     * The words that credit a name, read back from the text before it over the other authors credited with it:
     * "Photos by " of "Photos by Olivia Grant and ".
     */
    private static String creditBefore(String before, List<Author> authors) {
        String rest = before;
        for (boolean stepped = true; stepped; ) {
            stepped = false;
            Matcher joint = JOINT.matcher(rest);
            if (joint.find()) {
                String head = rest.substring(0, joint.start());
                for (Author a : authors) {
                    if (head.endsWith(a.name())) {
                        rest = head.substring(0, head.length() - a.name().length());
                        stepped = true;
                        break;
                    }
                }
            }
        }
        return rest.substring(Math.max(0, rest.length() - CREDIT_REACH));
    }

    private static boolean namesAnother(Element line, List<Author> authors, int i, List<List<Element>> lines) {
        for (int j = 0; j < authors.size(); j++) {
            if (j == i) {
                continue;
            }
            for (Element other : lines.get(j)) {
                // the same line, or a line beside it in one block of credits, a role to a line ("<p>Мәтін: …</p>
                // <p>Фото: …</p>")
                if (other == line || line.parent() != null && other.parent() == line.parent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line a text is shown in: its nearest ancestor that is not an inline element. */
    private static Element line(Node text) {
        Element e = (Element) text.parent();
        while (e.parent() != null && INLINE.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }
}
