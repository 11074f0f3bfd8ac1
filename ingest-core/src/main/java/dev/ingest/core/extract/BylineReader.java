package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the visible byline: elements whose class or id says author/byline, and short lines that start with
 * "By", "Von", "Par", "Por"…; also the date such a line carries ("Published about 23 hours ago").
 *
 * <p>{@code <p class="byline">By Mara Lind and Tomás Ruiz · 28 Nov 2026</p>} gives authors "Mara Lind", "Tomás
 * Ruiz" and published 2026-11-28 (source {@code byline}). Comment sections are never read.
 */
final class BylineReader {
    private static final String AUTHOR_SELECTOR = "[class~=(?i)(^|[-_ ])(author|byline|autor|auteur|autore|writer"
            + "|creator|contributor|reporter|journalist)(s|name|-name|_name|info|link)?($|[-_ ])], "
            + "[id~=(?i)(^|[-_])(author|byline|autor)($|[-_])], [data-testid~=(?i)author|byline]";
    private static final Pattern BY_LINE = Pattern.compile("(?iu)^\\s*(by|von|par|por|door|text|texte|autor|autorin"
            + "|written by|posted by|ein (gastbeitrag|kommentar) von)\\s*:?\\s+\\p{Lu}");
    private static final String COMMENTS = "[itemtype~=(?i)comment], [class~=(?i)comment], [id~=(?i)comment], "
            + "[class~=(?i)related], [class~=(?i)teaser], footer, aside";
    private static final Pattern BOX_WORDS = Pattern.compile("(?i)about the (author|creator)|über (den|die) autor"
            + "|mehr (von|zum) autor|more from|all posts|alle (artikel|beiträge)|view all|follow");

    private BylineReader() {
    }

    static List<Author> authors(Document doc) {
        List<Author> out = new ArrayList<>();
        for (Element e : doc.select(AUTHOR_SELECTOR)) {
            if (inComments(e) || e.text().length() > 150 || BOX_WORDS.matcher(e.text()).find()) {
                continue;
            }
            Element link = e.is("a[href]") ? e : e.selectFirst("a[href]");
            List<String> names = AuthorNames.parse(e.text());
            for (String n : names) {
                out.add(new Author(n, link == null || link.absUrl("href").isEmpty() ? null : link.absUrl("href")));
            }
            if (!out.isEmpty()) {
                return AuthorNames.dedupe(out);
            }
        }
        for (Element e : bylineLines(doc)) {
            for (String n : AuthorNames.parse(e.text())) {
                out.add(Author.named(n));
            }
            if (!out.isEmpty()) {
                return AuthorNames.dedupe(out);
            }
        }
        return out;
    }

    /** A date written in the byline or near it: absolute first, else relative to {@code fetchedAt}. */
    static DatedValue date(Document doc, ZoneOffset zone, OffsetDateTime fetchedAt) {
        List<Element> candidates = new ArrayList<>(doc.select(AUTHOR_SELECTOR
                + ", [class~=(?i)(^|[-_ ])(date|datum|time|timestamp|published|pubdate|dateline|meta|post-meta"
                + "|entry-meta|article-meta|info)($|[-_ ])]"));
        candidates.addAll(bylineLines(doc));
        for (Element e : candidates) {
            if (inComments(e) || e.text().length() > 200) {
                continue;
            }
            Optional<OffsetDateTime> d = DateParser.parse(e.text(), zone);
            if (d.isEmpty()) {
                d = RelativeDates.resolve(e.text(), fetchedAt);
            }
            if (d.isPresent()) {
                return new DatedValue(d.get(), DateSource.BYLINE);
            }
        }
        return null;
    }

    private static List<Element> bylineLines(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.select("p, span, div, li, address, strong, em, b, small")) {
            if (e.childrenSize() > 6) {
                continue;
            }
            String t = e.text();
            if (t.length() > 3 && t.length() < 120 && BY_LINE.matcher(t).find() && !inComments(e)) {
                out.add(e);
                if (out.size() > 5) {
                    break;
                }
            }
        }
        return out;
    }

    static boolean inComments(Element e) {
        return e.closest(COMMENTS) != null;
    }
}
