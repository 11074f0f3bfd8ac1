package dev.ingest.core.extract;

import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The "Last updated: 14.11.2026" line at the foot of a page: where hand-made homepages, wikis and government pages
 * say when they last changed. Read only from the page's last lines, and only for its modified date: it says when
 * the page changed, not when it was published.
 */
final class LastUpdated {
    /** The labels, in fifteen languages, then "on", "am", "le" or the like, and a colon. */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:last (?:updated?|modified|changed|revised|edited"
            + "|reviewed)"
            + "|page (?:last )?(?:updated|reviewed)|zuletzt (?:aktualisiert|geändert|bearbeitet)"
            + "|letzte (?:änderung|aktualisierung)"
            + "|stand(?=\\s*:)|dernière (?:mise à jour|modification)|mis à jour"
            + "|última (?:actualización|modificación)|ultimo aggiornamento"
            + "|laatst (?:bijgewerkt|gewijzigd)|última atualização|ostatnia (?:aktualizacja|modyfikacja)"
            + "|senast (?:uppdaterad|ändrad)|sidst (?:opdateret|ændret)|sist (?:oppdatert|endret)|son güncelleme"
            + "|последнее (?:обновление|изменение)|آخرین (?:به[\u200c ]?روز ?رسانی|ویرایش)|síðast (?:uppfært|breytt)"
            // cs, sk: "Datum poslední aktualizace:", "Posledná aktualizácia:"
            + "|poslední (?:aktualizace|změna)|posledná (?:aktualizácia|zmena))"
            + "\\s*(?:on|am|le|el|il|op|em|på|den)?\\s*:?\\s*");
    /**
     * Words one of which every {@link #LABEL} match holds, lower-cased: a line without any is not asked the pattern,
     * whose alternatives are tried at every character of the line.
     */
    private static final String[] LABEL_WORDS = {"last ", "updated", "zuletzt", "letzte", "stand", "jour", "dernière",
        "última", "ultimo", "laatst", "atualiza", "ostatnia", "senast", "sidst", "sist ", "güncelleme", "последнее",
        "آخرین", "síðast", "posledn"};
    /**
     * How many of the page's last text nodes are read, how far past the label the date may start, and how long a line
     * of the foot is at most.
     */
    private static final int LAST_NODES = 40;
    private static final int DATE_WITHIN = 3;
    private static final int MAX_LINE = 300;

    private LastUpdated() {
    }

    /** The longest phrase after the label read as a relative date: "3 days ago", "vor 2 Wochen". */
    private static final int RELATIVE_MAX = 30;

    /** As {@link #of(Document, ZoneId, java.time.OffsetDateTime)}, reading no relative dates. */
    static DatedValue of(Document doc, ZoneId zone) {
        return of(doc, zone, null);
    }

    /**
     * The date a line among the page's last says it was last updated; null if none does. A phrase counting back
     * ("Last updated 3 days ago") is counted from {@code fetchedAt}, when known.
     */
    static DatedValue of(Document doc, ZoneId zone, java.time.OffsetDateTime fetchedAt) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        DateParser.Numeric numeric = VisibleDates.numeric(doc); // "Last updated: 11/3/2026" on a US page
        int read = 0;
        String after = ""; // the text of the node read before this one, which follows it on the page
        for (Node n = last(body); n != null && n != body && read < LAST_NODES; n = VisibleDates.backward(n)) {
            if (!(n instanceof TextNode t) || t.isBlank()) {
                continue;
            }
            read++;
            String text = t.text().strip();
            DatedValue iconed = afterIconLabel(t, text, zone, numeric);
            if (iconed != null) {
                return iconed;
            }
            // a line of the foot, short: a date in a long paragraph is something the text talks about
            Matcher m = LABEL.matcher(text.length() <= MAX_LINE && mayBeLabelled(text) ? text : "");
            while (m.find()) {
                if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                    continue; // "Bestand", "Umstand": the label is a word of its own
                }
                // the date in the same text or, after a label in bold, in the next
                String rest = m.end() < text.length() ? text.substring(m.end()) : after;
                DateParser.Found f = DateParser.find(rest, zone, numeric);
                if (f != null && f.start() <= DATE_WITHIN) {
                    return new DatedValue(f.value(), DateSource.BYLINE);
                }
                if (f == null && fetchedAt != null && rest.strip().length() <= RELATIVE_MAX) {
                    var relative = RelativeDates.resolve(rest, fetchedAt.atZoneSameInstant(zone).toOffsetDateTime());
                    if (relative.isPresent()) {
                        return new DatedValue(relative.get(), DateSource.BYLINE);
                    }
                }
            }
            after = text;
        }
        return null;
    }

    /** The longest text of an element marked as an update line that is read as one. */
    private static final int MARKED_LINE_MAX = 80;

    /**
     * The date an element marked as the page's update line shows after its label, wherever on the page it stands:
     * "<p class=news-article__updated>Last updated: 6 November 2026</p>" under the story, beside its credit, with
     * teasers and a long footer after it; or the moment an age after the label counts back to from {@code fetchedAt}
     * ("<span class=article__date--modified>Mis à jour il y a 2 heures</span>"). Null when no such element opens with
     * a {@link #LABEL} and a date.
     */
    static DatedValue markedLine(Document doc, ZoneId zone, OffsetDateTime fetchedAt) {
        PageIndex index = PageIndex.of(doc);
        TextStats stats = index.textStats();
        for (Element e : index.classedWith(PageIndex.ClassMarks.UPDATE)) {
            if (stats.text(e) > MARKED_LINE_MAX) {
                continue;
            }
            String text = e.text().strip();
            Matcher m = LABEL.matcher(mayBeLabelled(text) ? text : "");
            if (m.lookingAt()) {
                // the weekday before the date: "Dernière modification le lundi, 23 novembre 2026 10:12"
                String rest = text.substring(m.end());
                Matcher weekday = NOTE_WEEKDAY.matcher(rest);
                rest = weekday.lookingAt() ? rest.substring(weekday.end()) : rest;
                DatedValue date = dateWithin(rest, DATE_WITHIN, zone, VisibleDates.numeric(doc));
                if (date != null) {
                    return date;
                }
                // (the age read in the whole line: the label's "on" words take "il" of "il y a")
                var age = fetchedAt == null ? java.util.Optional.<OffsetDateTime>empty()
                        : RelativeDates.resolve(text, fetchedAt.atZoneSameInstant(zone).toOffsetDateTime());
                if (age.isPresent()) {
                    return new DatedValue(age.get(), DateSource.BYLINE);
                }
            }
        }
        return null;
    }

    /**
     * The date {@code text} opens when an icon before its element carries the label as its tooltip: MkDocs' "<span
     * class=md-icon title="Last update"><svg …></span> <span class=git-revision-date-…>November 4, 2026</span>".
     */
    private static DatedValue afterIconLabel(TextNode t, String text, ZoneId zone, DateParser.Numeric numeric) {
        Element holder = t.parent() != null && t.parent().childNodeSize() == 1 ? t.parent() : null;
        Element icon = holder == null ? null : holder.previousElementSibling();
        if (icon == null || !icon.text().isBlank() || text.length() > MAX_LINE) {
            return null;
        }
        String label = !icon.attr("title").isEmpty() ? icon.attr("title") : icon.attr("aria-label");
        if (label.isEmpty() || !mayBeLabelled(label) || !LABEL.matcher(label.strip()).matches()) {
            return null;
        }
        return dateWithin(text, DATE_WITHIN, zone, numeric);
    }

    /** The date {@code text} shows starting within its first {@code within} characters; null when none does. */
    private static DatedValue dateWithin(String text, int within, ZoneId zone, DateParser.Numeric numeric) {
        DateParser.Found f = DateParser.find(text, zone, numeric);
        return f != null && f.start() <= within ? new DatedValue(f.value(), DateSource.BYLINE) : null;
    }

    /**
     * An update or correction note opening a paragraph, up to where its date starts: "Aktualisierung vom 19.11.2026:",
     * "Update, Nov. 19, 2026:", "UPDATE (11/19/2026):", "Mise à jour du 19 novembre 2026 :", "Correction, 16 August
     * 2026:".
     */
    private static final Pattern STORY_NOTE = Pattern.compile("(?iu)\\W{0,3}(?:update[ds]?|aktualisierung|aktualisiert"
            + "|nachtrag|mise à jour|mis à jour|actualizaci[oó]n|actualizad[oa]|atualiza[cç][aã]o|atualizad[oa]"
            + "|aggiornamento|aggiornato|bijgewerkt|correction|korrektur|berichtigung|rectificatif"
            + "|correcci[oó]n|corre[cç][aã]o|correzione)(?:\\s+(?:vom|von|am|du|le|del|de|do|da|on|op|van))?"
            + "\\s*[,:(\\[]?");
    /** A weekday's name before the note's date, one word and a comma: "UPDATE, Monday, Nov. 9, 2026:", "Mo., ". */
    private static final Pattern NOTE_WEEKDAY = Pattern.compile("\\s*[\\p{L}\\p{M}]{2,12}\\.?,\\s*");
    /** How many of the story's first and last paragraphs are read for an update note: where newsrooms set them. */
    private static final int NOTE_LINES = 4;

    /**
     * The date of the update or correction note the story opens or closes with ({@link #STORY_NOTE}): the newsroom
     * changed the story then. A month and day without a year ("Update, Nov 9:") is in the last year in which it is not
     * after {@code fetchedAt}, as a blog writes the notes of this year's posts. Null when no such paragraph gives a
     * date right after its label.
     */
    static DatedValue storyNote(String text, ZoneId zone, DateParser.Numeric numeric,
            java.time.OffsetDateTime fetchedAt) {
        String[] lines = text.split("\n+");
        for (int i = 0; i < lines.length; i++) {
            if (i >= NOTE_LINES && i < lines.length - NOTE_LINES) {
                i = lines.length - NOTE_LINES - 1; // past the middle of the story
                continue;
            }
            Matcher m = STORY_NOTE.matcher(lines[i].strip());
            if (m.lookingAt()) {
                String rest = lines[i].strip().substring(m.end());
                Matcher weekday = NOTE_WEEKDAY.matcher(rest);
                rest = weekday.lookingAt() ? rest.substring(weekday.end()) : rest;
                String head = rest.substring(0, Math.min(rest.length(), 60));
                DatedValue date = dateWithin(head, DATE_WITHIN, zone, numeric);
                if (date != null) {
                    return date;
                }
                DateParser.Found yearless = DateParser.monthDay(head, zone, fetchedAt);
                if (yearless != null && yearless.start() <= DATE_WITHIN) {
                    return new DatedValue(yearless.value(), DateSource.BYLINE);
                }
            }
        }
        return null;
    }

    /**
     * The stamp a CMS or forum sets under a text it changed, up to the editor's name: "Новость отредактировал: admin_ir
     * - 25-11-2026, 09:12 Причина: …" (DataLife Engine), "Last edited by mara; 11-25-2026 at 09:12 AM. Reason: …",
     * "Zuletzt bearbeitet von …".
     */
    static final Pattern EDIT_STAMP = Pattern.compile("(?iu)\\W*(?:(?:last\\s+)?edited\\s+by"
            + "|новость\\s+отредактировал[аи]?|отредактировано|последний\\s+раз\\s+редактировалось"
            + "|zuletzt\\s+bearbeitet\\s+von"
            + "|dernière\\s+modification\\s+par|editado\\s+por\\s+[úu]ltima\\s+vez|modificato\\s+da)\\s*:?\\s*");
    /** The longest edit stamp read: the label, the editor's name, the date and time, a short reason. */
    static final int EDIT_STAMP_MAX = 240;
    /** How far after an edit stamp's label its date may start: past the editor's name. */
    private static final int STAMP_DATE_WITHIN = 60;
    /** How many of the story's last elements are looked at for an edit stamp. */
    private static final int STAMP_ELEMENTS = 30;

    /**
     * The date of the edit stamp ({@link #EDIT_STAMP}) among the last elements of {@code content}: when the text was
     * last changed. Read before the pruner cuts the stamp from the story; null when there is none.
     */
    static DatedValue editStamp(List<Element> content, TextStats stats, ZoneId zone, DateParser.Numeric numeric) {
        for (Element root : content) {
            Elements all = Subtree.all(root);
            for (int i = all.size() - 1; i >= Math.max(0, all.size() - STAMP_ELEMENTS); i--) {
                int chars = stats.text(all.get(i)); // counted without white space: a longer text is no stamp
                if (chars == 0 || chars > EDIT_STAMP_MAX) {
                    continue;
                }
                String text = all.get(i).text();
                Matcher m = EDIT_STAMP.matcher(text);
                if (text.length() > EDIT_STAMP_MAX || !m.lookingAt()) {
                    continue;
                }
                String rest = text.substring(m.end());
                DatedValue date = dateWithin(rest.substring(0, Math.min(rest.length(), STAMP_DATE_WITHIN + 40)),
                        STAMP_DATE_WITHIN, zone, numeric);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Whether {@code line} holds one of {@link #LABEL_WORDS} in any case. */
    static boolean mayBeLabelled(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String w : LABEL_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last node under {@code root}, in document order. */
    private static Node last(Element root) {
        Node n = root;
        while (n.childNodeSize() > 0) {
            n = n.childNode(n.childNodeSize() - 1);
        }
        return n;
    }
}
