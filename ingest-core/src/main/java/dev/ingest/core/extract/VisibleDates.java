package dev.ingest.core.extract;

import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the date a reader sees next to the headline: the dateline, the date in the byline, a "Veröffentlicht am
 * 28.11.2026" line, a {@code <time>} in the article header. Reads a bounded window of text around the headline
 * (mostly after it; a little before it, where kickers and datelines sit), never the whole page.
 *
 * <p>{@code <h1>Dam opens</h1><p class="meta">Von Mara Lind | 28.11.2026, 09:15 Uhr</p>} gives 2026-11-28T09:15 at
 * the page's offset, labelled {@link Label#PLAIN}; {@code <h1>Dam opens</h1><p>Updated Nov 29, 2026</p>} gives
 * 2026-11-29 labelled {@link Label#UPDATED}.
 */
final class VisibleDates {
    /** The languages whose pages write numeric dates in the Solar Hijri calendar: Persian, Dari, Pashto. */
    private static final java.util.Set<String> SOLAR_HIJRI_LANGUAGES = java.util.Set.of("fa", "prs", "ps");

    /** What the words (or markup) around a date say it is. */
    enum Label {
        PUBLISHED, PLAIN, UPDATED
    }

    /**
     * A date seen on the page, what it is labelled, whether the page gave its time of day, the day it names when
     * read with day and month swapped (null unless an all-numeric date allows both readings), and whether readers see
     * it ({@code shown}) or it sits in markup only ({@code <span property="schema:dateCreated" content="…">}).
     * {@code yearless} when the page showed a month and day only ("Nov 4"), the year counted back from the fetch: such
     * a date only settles the day of a declared one.
     */
    record Seen(DatedValue value, Label label, boolean timed, LocalDate otherReading, boolean shown,
            boolean yearless) {
        Seen(DatedValue value, Label label, boolean timed, LocalDate otherReading, boolean shown) {
            this(value, label, timed, otherReading, shown, false);
        }

        boolean names(LocalDate day) {
            return value.value().toLocalDate().equals(day) || day.equals(otherReading);
        }
    }

    /** The date the page shows for the article ({@code chosen}, may be null) and every date seen near the headline. */
    record Shown(Seen chosen, List<Seen> all) {
        static final Shown NONE = new Shown(null, List.of());

        /** The shown date when nothing declared one: never an "updated" date, which is not a publish date. */
        DatedValue published() {
            return chosen == null || chosen.label() == Label.UPDATED ? null : chosen.value();
        }

        /**
         * The offset a time shown by the headline states ("Updated: Nov 27, 2026 22:41 IST", a {@code <time>} at
         * +05:30): the clock the page writes by. Meaningful when the dates were read with UTC for want of a zone,
         * as then only a stated offset is another; null when no shown time states one.
         */
        ZoneOffset statedOffset() {
            for (Seen s : all) {
                ZoneOffset offset = s.value().value().getOffset();
                if (s.timed() && s.shown() && offset.getTotalSeconds() != 0) {
                    return offset;
                }
            }
            return null;
        }

        /**
         * The offset at which a time shown by the headline ("Published: 10:45 PM, Nov 24, 2026", read at UTC for want
         * of a zone) is the instant the page declares for it ({@code 2026-11-24T16:45:00+00:00}; an update's time
         * against the declared change): the clock the page writes by, +06:00 here. Null when no time of day is shown,
         * when the two agree at UTC, or when they are not a whole quarter hour apart within a day's zones (another
         * time, not another clock).
         */
        ZoneOffset impliedOffset(DatedValue published, DatedValue modified) {
            for (Seen s : all) {
                DatedValue declared = s.label() == Label.UPDATED ? modified : published;
                if (declared == null || !s.timed() || !s.shown()
                        || s.value().value().getOffset().getTotalSeconds() != 0) {
                    continue;
                }
                long wall = s.value().value().toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
                long instant = declared.value().toInstant().getEpochSecond();
                long apart = wall - (instant - Math.floorMod(instant, 60)); // a page shows its times to the minute
                if (apart != 0 && apart % QUARTER_HOUR == 0 && Math.abs(apart) <= MAX_OFFSET) {
                    return ZoneOffset.ofTotalSeconds((int) apart);
                }
            }
            return null;
        }

        /**
         * The first date shown labelled as an update ("Aktualisiert am …", "Updated …") that is not before
         * {@code published}; null if none.
         */
        DatedValue updated(DatedValue published) {
            for (Seen s : all) {
                if (s.label() == Label.UPDATED && s.shown() && !s.yearless()
                        && (published == null || !s.value().value().isBefore(published.value()))) {
                    return s.value();
                }
            }
            return null;
        }
    }

    /** Zones are whole quarter hours from UTC, and at most fourteen hours. */
    private static final int QUARTER_HOUR = 15 * 60;
    private static final int MAX_OFFSET = 14 * 60 * 60;
    private static final int AFTER_CHARS = 3000;
    private static final int BEFORE_CHARS = 400;
    private static final int MAX_NODES = 400;
    /**
     * How far the story may run on before a date labelled as its publish date ("Datum: 19.11.2026", "Erschienen am
     * 01.11.2026"): many templates put that line under the story rather than by the headline.
     */
    private static final int STORY_END_CHARS = 15000;
    private static final int STORY_END_NODES = 3000;
    /**
     * A date deeper than this into a long paragraph is something the story talks about, not its date, unless words
     * label it and it ends there ("… Letzte Änderung: 31.10.2026 Erschienen am: 01.11.2026 Lesungen: 61").
     */
    private static final int BODY_DATE_START = 40;
    /**
     * What follows the date of a dateline or byline: the end, a separator ("Hamburg, 2. November 2026 – Die…",
     * "(28.11.2026) Die…") or a credit ("November 20, 2026 by June"), also one a template leaves without its name
     * ("Nov 24, 2026, 09:00 AM By"). A date followed by words ("Le 6 août 2019, le député…") is the story's own.
     */
    private static final Pattern DATELINE_END = Pattern.compile("[\\s　]*([-–—|:)/•·(（\\[\\d]|$|,\\s*(\\d|\\p{Lu}|$)"
            + "|,?\\s*(?i:by|von|par|por|door)(?:\\s+\\p{Lu}|\\s*$)"
            // sw/rw/rn "saa" ("hour") before the time: "19 Ugushyingo 2026 saa 14:20"
            + "|(?i:saa)\\s+\\d"
            // the word for "at" before a clock: et "kell 7.30", fi "klo", da/nb/sv "kl.", sl "ob 14.22", de "um",
            // nl "om", fr "à", it "alle", es "a las", pt "às", pl "o", cs/sk "v", ru "в"
            + "|,?\\s*(?iu:kell|klo|kl\\.?|ob|um|om|à|alle|a las|às|o|v|в)\\s+\\d{1,2}[:.h]\\d{2})");
    /** Words before an unlabelled date: "Hamburg, " or "Pressemitteilung vom " is a dateline, more is a sentence. */
    private static final int MAX_PLAIN_PREFIX = 30;
    /**
     * A credit and the word for "on" before a date, however long the name and role between ("Posted by Helena
     * Strood, Communications Officer on 12 November 2026"): the line says when the credited writer posted it.
     */
    private static final Pattern CREDIT_THEN_ON = Pattern.compile("^\\s*(?iu:(?:posted|written|published|submitted)"
            + "\\s+)?(?iu:by|von|par|por|door)\\s+\\p{Lu}[^.!?;:|]{0,80}?\\s(?iu:on|am|le|el|il|op)\\s*$");

    private static final Pattern UPDATED = Pattern.compile("(?iu)(updated|update\\s*[:,]|aktualisiert|geändert|modified"
            + "|edited|mis à jour|mise à jour|modifié|actualizado|actualización|modificad[oa]|atualizado|aggiornato"
            + "|modificato|bijgewerkt|gewijzigd|päivitetty|oppdatert|uppdaterad|opdateret"
            // th, ru, uk, bg, tr, vi, id/ms, he, ar, fa, el, cs, hu, ro, hr/bs, hi, bn
            + "|อัปเดต|อัพเดท|обновлено|оновлено|обновено|güncellendi|güncelleme|cập nhật|diperbarui|dikemas kini"
            + "|עודכן|آخر تحديث|تم التحديث|به‌روزرسانی|ενημερώθηκε|aktualizováno|frissítve|actualizat|ažurirano"
            + "|अपडेट|আপডেট"
            // rw "Yavuguruwe" ("it was updated"), sw "Imesasishwa", tn "E ntšhafaditswe"
            + "|yavuguruwe|imesasishwa|ntšhafaditswe|ntshafaditswe"
            + "|zuletzt|letzte änderung|stand:|revised|zaktualizowano|aktualizacja|aktualizace|aktualizácia"
            + "|(?<!に)更新|수정|编辑于|編集"
            // a guide's review: "Last reviewed: November 12, 2026", "Medically reviewed on …" (not a product's review)
            + "|(?:last|medically)\\s+reviewed"
            // a correction appended with its day ("Correction, 16 August 2023: …") changed the story then
            + "|correct(?:ion|ed)|clarification|korrektur|berichtigung|rectificatif|correcci[oó]n|corre[cç][aã]o"
            + "|correzione|rettelse|rättelse|correctie|rectificatie|korjaus|sprostowanie)"
            // "last updated by Tom Becker on": the editor named between the label and its date
            + "(\\s+(by|von|par|por)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?\\W*(on|am|le|el|il|op|:)?\\W*"
            // the weekday before the date: "Last modified on Wed 16 Aug 2023"
            + "(\\p{L}{2,10}\\.?,?\\s+)?"
            + "([\\d:.]+\\s*([ap]\\.?m\\.?|uhr|h)?\\s*\\p{L}{0,4}\\W*(\\(\\d+ \\p{L}{2,4}\\)\\W*)?)?$");
    static final Pattern PUBLISHED = Pattern.compile("(?iu)(published|publication|posted|veröffentlicht"
            + "|erschienen|erstellt|publié|publicado|publicada|pubblicato|gepubliceerd|julkaistu|opublikowano"
            // "date" as a word of its own, not the end of "Update"
            // (a Japanese label after "に" is the date's before it: "<time>2026/11/12</time>に公開")
            + "|created|datum|(?<!\\p{L})date|fecha|data|(?<!に)(?:公開|掲載|投稿|発行)"
            + "|发布|發佈|發布|发表|發表|입력|등록|작성)\\W*"
            // the weekday before the date: "Posted Tuesday, November 10, 2026"
            + "(on|am|le|el|il|op|vom|:)?\\W*(\\p{L}{2,10}\\.?,?\\s+)?$");
    /**
     * A part of each word {@link #PUBLISHED} needs, in the folded form {@link TextProbe} compares: a line without any
     * holds no date labelled as the publish date.
     */
    static final TextProbe.Words PUBLISHED_WORDS = TextProbe.Words.of("publi", "pubbl", "posted",
            "veröffentlicht", "erschienen", "erstellt", "julkaistu", "created", "dat", "fecha");
    /** Dates that belong to something else: a deadline, an event, a court ruling, a birth, a copyright. */
    private static final Pattern OTHER = Pattern.compile("(?iu)(\\b(bis|until|till|deadline|frist|ab|from|termin"
            + "|event|urteil|beschluss|born|geboren|died|gestorben|seit|since|valid|gültig|expires?|ends?"
            + "|registriert|registered|joined|beigetreten|mitglied|member)"
            // a birth's asterisk ("(* 12. März 1950)"), not a footnote's mark on a name ("Por Fernanda Lacerda*")
            + "|©|copyright|(?<![\\p{L}\\p{N}])\\*)\\W*(am|vom|on|des|zum)?\\W*"
            // and the weekday a forum writes before the date: "Joined: Tue Mar 14, 2023"
            + "(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\\p{L}{0,6}\\.?,?\\s*)?$"
            + "|\\d\\.?\\s*[-–]\\s*$");
    /** Blog themes' sentence under a post: "This entry was posted on …", "… wurde am … gepostet". */
    private static final Pattern POSTED_SENTENCE = Pattern.compile("(?i)\\b(?:(?:entry|post|article) was "
            + "(posted|published|written) on|(?:wurde|ist) am)\\s+");
    /** What ends "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet": the verb, after a time of day at most. */
    private static final Pattern POSTED_VERB = Pattern.compile("(?iu)\\s*(um\\s+[\\d:.]+\\s*(uhr)?\\s*)?"
            + "(gepostet|veröffentlicht|geschrieben|publiziert|erschienen)");
    /**
     * Chrome words layouts also name their wrappers after ("with-sidebar", "left-navigation-wrapper"), a newsletter
     * platform its posts ({@code <article class="newsletter-post post">}), and a site builder the app that shows the
     * post ({@code <div id="comp-kblogwidget">}).
     */
    private static final Pattern LAYOUT_WORD = Pattern.compile("sidebar|nav|menu|newsletter|widget");
    /**
     * Chrome around the article. A "teaser" is another article's card only when it links somewhere: templates also
     * call the article's own standfirst and date line a teaser ("detail-page__teaser-text", "teaser-meta"). A
     * "sidebar", "navigation" or "newsletter" is one only when it holds no story (see {@link #holdsStory}).
     */
    private static final Pattern SKIP_CLASS = Pattern.compile("(?i)comment|related|teaser|sidebar|widget|recommend"
            + "|breadcrumb|(^|[-_ ])(nav|menu)|newsletter|cookie|promo(?!ted)|trending|popular|most-read");
    private static final String[] SKIP_STEMS = {"comment", "related", "teaser", "sidebar", "widget", "recommend",
        "breadcrumb", "nav", "menu", "newsletter", "cookie", "promo", "trending", "popular", "most-read"};
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "time",
            "abbr", "nobr", "font", "sup", "sub", "mark", "cite", "q", "label", "bdi", "s", "code", "big", "data");
    /**
     * Classes that say what a post is filed under ("tag-social-media") or what a layout holds ("with-navigation",
     * "has-sidebar"), not what the element is; and the page builder's name for every block it lays out, the headline
     * and the post's date among them ("elementor-widget elementor-widget-post-info").
     */
    private static final Pattern TAXONOMY_CLASS = Pattern.compile("(^|\\s)(?:(tag|category|post|type|format|status"
            + "|topic|section|with|has)-|elementor-widget)\\S*");
    private static final Pattern SITE_TITLE = Pattern.compile("(?i)site-?title|site-?name|blog-?title|logo|brand"
            + "|masthead");
    private static final Pattern UPDATED_CLASS = Pattern.compile("(?i)(^|[-_ ])(updated|modified|datemodified"
            + "|last-?mod\\w*|update-?date)($|[-_ ])");
    /**
     * hAtom asks every entry for an "updated" date, so themes put that class on the one date they show, the post
     * date: "entry-meta-date updated". A bare "updated" beside a date class says nothing about an edit.
     */
    private static final Pattern HATOM_DATE = Pattern.compile("(?i)^(?=.*(^|[-_ ])date($|\\s))(?!.*(^|[-_ ])(modified"
            + "|last-?mod\\w*|update-?date|date-?modified))");
    private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)(^|[-_ ])(published|datepublished|pubdate"
            + "|post-?date|entry-?date|date-?created|created|publish-?date|publication-?date)($|[-_ ])");
    private static final Pattern DATE_PROP = Pattern.compile("(?i)^(schema:|dc:|dcterms:)?(datePublished|dateCreated"
            + "|dateModified|date|created|issued|modified)$");

    private static final Evaluator HEADLINE_MARKS = QueryParser.parse("h1, [itemprop=headline]:not(meta), "
            + ".entry-title, .post-title, .article-title, .headline");
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4");
    /**
     * Where a page of the table-layout era sets its headline, in bold or a large font: read last, and only where it
     * repeats the page's title.
     */
    private static final Set<String> EMPHASIS = Set.of("b", "strong", "font");
    /** Older templates set the headline in a span or cell classed as a title ("itemTitle", "contentheading"). */
    private static final Evaluator TITLE_CLASSED = QueryParser.parse("[class~=(?i)title|heading]:not(meta, title)");
    /** Server-built pages name the label holding the headline by its id: ASP.NET's "ctl00_…_lblHeadline". */
    private static final Evaluator TITLE_ID = QueryParser.parse("[id~=(?i)headline|title]:not(meta, title)");
    /**
     * Where the story starts when no headline is found: a template's article or main element, or the block its
     * classes call the article's content; a date line there dates the page.
     */
    private static final String STORY = "article, main, [role=main], [itemprop=articleBody], "
            + "[class~=(?i)(^|[-_ ])(article|entry|post|story|news)[-_]?(content|body|text)($|[-_ ])]";

    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title][content]");
    private static final Evaluator OG_SITE_NAME = QueryParser.parse("meta[property=og:site_name][content]");
    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator HEADER = QueryParser.parse("header");
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    private VisibleDates() {
    }

    /**
     * The dates shown by the headline, or from the start of the story when no headline is found; {@link Shown#NONE}
     * when there is neither or no date shows there.
     */
    static Shown find(Document doc, ZoneId zone, OffsetDateTime fetchedAt) {
        return find(doc, zone, fetchedAt, null);
    }

    /** As {@link #find(Document, ZoneId, OffsetDateTime)}, the headline found by {@code title} too. */
    static Shown find(Document doc, ZoneId zone, OffsetDateTime fetchedAt, String title) {
        Chrome chrome = new Chrome(); // the headline search and every scan ask about the same elements
        Element headline = headline(doc, chrome, title);
        Node start;
        Node back = null;
        if (headline != null) {
            start = after(headline);
            back = backward(headline);
        } else {
            Element story = PageIndex.of(doc).firstMarked(PageIndex.evaluator(STORY), "article", "main");
            if (story == null || story.childNodeSize() == 0 || chrome.inSkipped(story)) {
                return Shown.NONE;
            }
            start = story.childNode(0);
        }
        DateParser.Numeric numeric = numeric(doc);
        List<Seen> after = new ArrayList<>();
        List<Seen> before = new ArrayList<>();
        Scan forward = new Scan(start, true, chrome, zone, fetchedAt, numeric);
        forward.run(AFTER_CHARS, MAX_NODES, false, after);
        new Scan(back, false, chrome, zone, fetchedAt, numeric).run(BEFORE_CHARS, MAX_NODES, false, before);
        if (after.isEmpty() && before.isEmpty()) {
            // Reading on where the first scan stopped is reading again from the start: the lines it finished gave no
            // date, and a line that gives none unlabelled gives none labelled (labelledOnly keeps a subset).
            forward.run(STORY_END_CHARS, STORY_END_NODES, true, after);
        }
        List<Seen> all = new ArrayList<>(after);
        all.addAll(before);
        // a plain date of the fetch day above the headline, without a time, is the site's "today" in its top bar
        // more often than the story's date: it is seen, but dates the story only when a declared date agrees
        List<Seen> dating = new ArrayList<>(before);
        dating.removeIf(s -> s.label() == Label.PLAIN && !s.timed() && fetchedAt != null
                && s.value().value().toLocalDate().equals(fetchedAt.withOffsetSameInstant(
                        s.value().value().getOffset()).toLocalDate()));
        // dates past the end of the headline's article are the next stories' unless nothing else dates this one
        List<Seen> past = forward.pastArticle(after);
        List<Seen> inside = after.subList(0, after.size() - past.size());
        Seen chosen = choose(withYear(inside), withYear(dating)); // a month and day alone only when nothing else
        chosen = chosen != null ? chosen : choose(withYear(past), List.of());
        chosen = chosen == null ? null : onItsOwnTextsDay(chosen, all);
        return new Shown(chosen != null ? chosen : choose(after, dating), all);
    }

    /**
     * The date of a sentence that says when the post went up, anywhere on the page: blog themes write it under the
     * post or in the sidebar ("This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed under…",
     * "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter … abgelegt"). A last resort, for pages that date
     * themselves nowhere else.
     */
    static DatedValue postedSentence(Document doc, ZoneId zone) {
        if (doc.body() == null || !PostedWords.near(doc.body())) {
            return null;
        }
        String text = doc.body().text();
        Matcher m = POSTED_SENTENCE.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 120));
            DateParser.Found f = DateParser.find(rest, zone, DateParser.Numeric.DAY_FIRST);
            if (f == null || f.start() > 12) {
                continue;
            }
            boolean english = m.group(1) != null;
            if (english || POSTED_VERB.matcher(rest.substring(f.end())).lookingAt()) {
                return new DatedValue(f.value(), DateSource.BYLINE);
            }
        }
        return null;
    }

    /** The line closing a government release with its day: "Ends/Friday, November 27, 2026". */
    private static final Pattern RELEASE_END = Pattern.compile("\\s*Ends\\s*/\\s*(\\p{L}.{5,50}?)\\s*");
    /** The line after it, the hour of issue: "Issued at HKT 18:30". */
    private static final Pattern ISSUED_AT = Pattern.compile("\\s*Issued at\\s+(HKT\\s+)?(\\d{1,2}):(\\d{2})\\s*");
    /** The longest weekday and comma before a date. */
    private static final int WEEKDAY_MAX = 12;
    /** Hong Kong Time, which the issue line's "HKT" names. */
    private static final ZoneOffset HKT = ZoneOffset.ofHours(8);

    /**
     * The day a government release closes with ("Ends/Friday, November 27, 2026", as Hong Kong's government writes
     * under each), at the hour of the line after it ("Issued at HKT 18:30"). A last resort, for releases that date
     * themselves nowhere else.
     */
    static DatedValue releaseEnd(Document doc, ZoneId zone) {
        if (doc.body() == null) {
            return null;
        }
        List<TextNode> lines = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                lines.add(t);
            }
        }, doc.body());
        for (int i = 0; i < lines.size(); i++) {
            Matcher end = RELEASE_END.matcher(lines.get(i).getWholeText());
            if (!end.matches()) {
                continue;
            }
            Matcher at = i + 1 < lines.size() ? ISSUED_AT.matcher(lines.get(i + 1).getWholeText()) : null;
            boolean timed = at != null && at.matches() && Integer.parseInt(at.group(2)) < 24
                    && Integer.parseInt(at.group(3)) < 60;
            ZoneId clock = timed && at.group(1) != null ? HKT : zone;
            DateParser.Found f = DateParser.find(end.group(1), clock, DateParser.Numeric.DAY_FIRST);
            if (f == null || f.start() > WEEKDAY_MAX) {
                continue; // the day after its weekday at most: "Friday, November 27, 2026"
            }
            OffsetDateTime day = f.value();
            if (timed) {
                day = day.toLocalDate().atTime(Integer.parseInt(at.group(2)), Integer.parseInt(at.group(3)))
                        .atZone(clock).toOffsetDateTime();
            }
            return new DatedValue(day, DateSource.BYLINE);
        }
        return null;
    }

    /**
     * Whether a page's text may hold a {@link #POSTED_SENTENCE} with a date after it, told from its text nodes
     * without building the page's text: most pages have no "entry was posted on" and no "wurde am" followed by a
     * number, and {@link #postedSentence} then need not read them at all.
     *
     * <p>It reads the characters of the text nodes, leaving out the whitespace {@code text()} collapses and the
     * invisible characters it drops, ASCII letters in lower case: the sentence's words then run together
     * ({@code "entrywaspostedon"}, {@code "wurdeam"}) wherever they sit in the markup, since the element boundaries
     * and whitespace between them are all its text puts there. A date the sentence is read with starts at most 12
     * characters on and shows its first digit at most a month name later: within {@link #DIGIT_WITHIN} characters.
     */
    private static final class PostedWords {
        private static final String[] ENDING_ON;
        private static final String[] ENDING_AM = {"wurdeam", "istam"};
        private static final int DIGIT_WITHIN = 32;
        private static final int MASK = 31;

        static {
            List<String> on = new ArrayList<>();
            for (String noun : new String[] {"entry", "post", "article"}) {
                for (String verb : new String[] {"posted", "published", "written"}) {
                    on.add(noun + "was" + verb + "on");
                }
            }
            ENDING_ON = on.toArray(new String[0]);
        }

        private final char[] last = new char[MASK + 1]; // the latest characters read, a ring
        private int count;
        private int window; // characters left in which a digit makes the sentence possible

        private PostedWords() {
        }

        /** Whether the text under {@code body} may hold the sentence and a date after it. */
        static boolean near(Element body) {
            PostedWords words = new PostedWords();
            Node n = body;
            while (n != null) {
                if (n instanceof TextNode t && words.read(t.getWholeText())) {
                    return true;
                }
                if (n.childNodeSize() > 0) {
                    n = n.childNode(0);
                    continue;
                }
                while (n != body && n.nextSibling() == null) {
                    n = n.parent();
                }
                n = n == body ? null : n.nextSibling();
            }
            return false;
        }

        /** Reads on; true once a digit follows the sentence's words closely enough. */
        private boolean read(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' ? c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                        : c == 0xA0 || c == 0xAD || c == 0x200B) {
                    continue; // whitespace, and what text() drops: a soft hyphen, a zero-width space
                }
                if (window > 0) {
                    if (c >= '0' && c <= '9') {
                        return true;
                    }
                    window--;
                }
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                last[count++ & MASK] = lower;
                // the words end in "don", "non" ("…posted on", "…written on"), "eam" or "tam": look closer only then
                if (lower == 'n' && at(2) == 'o' && (at(3) == 'd' || at(3) == 'n') && endsWithAny(ENDING_ON)
                        || lower == 'm' && at(2) == 'a' && (at(3) == 'e' || at(3) == 't')
                        && endsWithAny(ENDING_AM)) {
                    window = DIGIT_WITHIN;
                }
            }
            return false;
        }

        /** The {@code k}-th latest character read (1 is the latest), or 0 before there are that many. */
        private char at(int k) {
            return count >= k ? last[(count - k) & MASK] : 0;
        }

        private boolean endsWithAny(String[] words) {
            for (String w : words) {
                boolean ends = true;
                for (int k = 1; ends && k <= w.length(); k++) {
                    ends = at(k) == w.charAt(w.length() - k);
                }
                if (ends) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The month and day the page shows without a year ("Nov 26" by the byline) on a page that declares no publish
     * date but declares when it changed: the last such day on or before the change, as a post is written before it
     * is edited (a day's grace for zones). Null when the page shows no such day or declares no change.
     */
    static DatedValue yearlessBefore(Shown shown, DatedValue modified) {
        Seen seen = shown.chosen();
        if (seen == null || !seen.yearless() || seen.label() == Label.UPDATED || modified == null) {
            return null;
        }
        java.time.LocalDate latest = modified.value().toLocalDate().plusDays(1);
        OffsetDateTime day = seen.value().value().withYear(latest.getYear());
        if (day.toLocalDate().isAfter(latest)) {
            day = day.minusYears(1);
        }
        return new DatedValue(day, seen.value().source());
    }

    /**
     * The publish date to report from the declared ones (JSON-LD, microdata, meta, most trusted first) and the shown
     * ones. A declared date on the day the page shows wins, keeping its time; when the page shows another day than
     * every declared date, the shown day wins: it is what the publisher tells readers, and declared dates are often a
     * re-import, a template default or a UTC day the publisher never saw. A month and day shown without a year only
     * settles the day of a declared date a day off it. {@code pageZone} is the page's zone when known, else null. Null
     * when there is neither.
     */
    static DatedValue reconcile(Shown shown, ZoneId pageZone, DatedValue... declared) {
        DatedValue first = null;
        for (DatedValue d : declared) {
            if (d != null) {
                first = d;
                break;
            }
        }
        Seen seen = shown.chosen() == null || shown.chosen().label() == Label.UPDATED ? null : shown.chosen();
        if (seen != null && seen.yearless() && (first == null || !withinADay(seen, declared))) {
            seen = null; // a month and day counted into this year only settles the day of a declared date near it
        }
        if (seen == null) {
            return first == null ? null : atLocalOffset(first, declared);
        }
        for (DatedValue d : declared) {
            if (d != null && seen.names(d.value().toLocalDate())) {
                return d;
            }
        }
        if (first == null) {
            return seen.value();
        }
        // the time shown by the headline is a declared instant on the publisher's clock: the strongest evidence, before
        // any other date the page shows that names the declared day (a teaser's "27 Nov" further down)
        DatedValue sameMoment = atShownOffset(seen, declared);
        if (sameMoment != null) {
            return sameMoment;
        }
        // a stamp in UTC within a few hours of midnight is on the shown day at an offset that near UTC: the day
        // readers saw, whatever else the page dates that day (a match's date in a score box above the headline)
        boolean utcClock = pageZone == null || pageZone.equals(ZoneOffset.UTC);
        DatedValue nearMidnight = utcClock ? onShownDay(seen, declared) : null;
        if (nearMidnight != null && Math.abs(nearMidnight.value().getOffset().getTotalSeconds()) <= NEAR_MIDNIGHT) {
            return nearMidnight;
        }
        for (Seen other : shown.all()) {
            // the declared date is shown too, just not first (a dateline before the headline, say)
            if (other.label() != Label.UPDATED && other.shown() && other.names(first.value().toLocalDate())) {
                return first;
            }
        }
        // a zone of UTC alone is what a stamp in UTC gave: the server's clock, which tells nothing of the page's
        return nearMidnight != null ? nearMidnight : seen.value();
    }

    /** How far from UTC, in seconds, an offset is that {@link #reconcile} trusts over other dates of the page. */
    private static final int NEAR_MIDNIGHT = 3 * 3600;

    /** Whether a declared date falls within a day of the day {@code seen} shows: a zone apart, at most. */
    private static boolean withinADay(Seen seen, DatedValue... declared) {
        LocalDate day = seen.value().value().toLocalDate();
        for (DatedValue d : declared) {
            if (d != null && Math.abs(d.value().toLocalDate().toEpochDay() - day.toEpochDay()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same instant as {@code first} at the publisher's offset, when {@code first} is in UTC and another source
     * declares it with an offset: 2026-11-24T01:18Z in JSON-LD and 2026-11-23T17:18-08:00 in the meta tags is an
     * article of the 23rd.
     */
    private static DatedValue atLocalOffset(DatedValue first, DatedValue... declared) {
        if (first.value().getOffset().getTotalSeconds() != 0) {
            return first;
        }
        for (DatedValue d : declared) {
            if (d != null && d.value().getOffset().getTotalSeconds() != 0 && d.value().isEqual(first.value())) {
                return d;
            }
        }
        return first;
    }

    /**
     * A declared instant that is the shown date and time at some offset: "November 8, 2026 at 11:30 p.m." shown and
     * 2026-11-09T05:30:59Z declared is 2026-11-08T23:30:59-06:00. Keeps the publisher's day and the exact instant.
     */
    private static DatedValue atShownOffset(Seen seen, DatedValue... declared) {
        if (!seen.timed()) {
            return null;
        }
        LocalDateTime local = seen.value().value().toLocalDateTime();
        for (DatedValue d : declared) {
            if (d == null) {
                continue;
            }
            long seconds = Duration.between(d.value().toLocalDateTime().minusSeconds(
                    d.value().getOffset().getTotalSeconds()), local).getSeconds();
            long rounded = Math.round(seconds / 900.0) * 900;
            if (Math.abs(seconds - rounded) < 60 && Math.abs(rounded) <= 14 * 3600) {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) rounded);
                return new DatedValue(d.value().withOffsetSameInstant(offset), d.source());
            }
        }
        return null;
    }

    /** The dates seen that say their year. */
    private static List<Seen> withYear(List<Seen> seen) {
        List<Seen> out = new ArrayList<>(seen);
        out.removeIf(Seen::yearless);
        return out;
    }

    /**
     * A date declared in UTC a day off the day shown without a time, at the offset nearest UTC that puts it on that
     * day: "Nov 4" shown and 2026-11-05T03:12:44Z declared is 2026-11-04T23:12:44-04:00. Asked only when the page's
     * zone is unknown, or UTC for want of another: its own offset is not known then; the instant is the declared one,
     * the day the one readers saw.
     */
    private static DatedValue onShownDay(Seen seen, DatedValue... declared) {
        if (seen.timed()) {
            return null;
        }
        LocalDate day = seen.value().value().toLocalDate();
        for (DatedValue d : declared) {
            if (d == null || d.value().getOffset().getTotalSeconds() != 0
                    || d.value().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                // a date declared at the publisher's offset is on its day already; a day declared without a time
                // ("dcterms.issued" 2026-11-18, read as midnight in UTC for want of one) is that day, at no clock
                continue;
            }
            long apart = day.toEpochDay() - d.value().toLocalDate().toEpochDay();
            if (Math.abs(apart) != 1) {
                continue;
            }
            for (int hours = 1; hours <= 14; hours++) {
                OffsetDateTime at = d.value().withOffsetSameInstant(ZoneOffset.ofTotalSeconds(
                        (int) (d.value().getOffset().getTotalSeconds() + apart * hours * 3600)));
                if (at.toLocalDate().equals(day)) {
                    return new DatedValue(at, d.source());
                }
            }
        }
        return null;
    }

    /**
     * {@code chosen}, a date in markup only and in UTC, on the day its element's own text shows when that is a day
     * off: {@code <time datetime="2026-11-24T21:40:12Z">25 ноября</time>} was read after the headline as the
     * attribute's date and then as the text's, and readers saw the 25th (see {@link #onShownDay}). Else as it is.
     */
    private static Seen onItsOwnTextsDay(Seen chosen, List<Seen> all) {
        int at = all.indexOf(chosen);
        if (chosen.shown() || at < 0 || at + 1 >= all.size()) {
            return chosen;
        }
        Seen text = all.get(at + 1);
        if (!text.shown() || text.label() == Label.UPDATED) {
            return chosen;
        }
        DatedValue moved = onShownDay(text, chosen.value());
        return moved == null ? chosen : new Seen(moved, chosen.label(), chosen.timed(), chosen.otherReading(), false);
    }

    /**
     * The publish date among those seen: labelled published first, then unlabelled, after the headline before
     * before it; a date readers see before one in markup only, which is a declared date like any other and no
     * evidence of what the page shows.
     */
    private static Seen choose(List<Seen> after, List<Seen> before) {
        for (boolean shown : new boolean[] {true, false}) {
            for (Label label : new Label[] {Label.PUBLISHED, Label.PLAIN}) {
                for (List<Seen> side : List.of(after, before)) {
                    for (Seen s : side) {
                        if (s.label() == label && s.shown() == shown) {
                            return s;
                        }
                    }
                }
            }
        }
        return after.isEmpty() ? before.isEmpty() ? null : before.get(0) : after.get(0);
    }

    /** The separators between a declared title's parts: "Headline | Site", "Section :: Headline". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s[|–—·:-]\\s|::");

    /**
     * The article's headline: the h1 (or headline-marked element) that repeats the page title (the declared ones, or
     * {@code title}, read from the page), else the first h1; never a site name set as h1 in the page header, nor a
     * widget's title.
     */
    private static Element headline(Document doc, Chrome chrome, String title) {
        List<String> titles = new ArrayList<>();
        PageIndex index = PageIndex.of(doc);
        Element og = index.selectFirst(OG_TITLE, index.tag("meta"));
        for (String t : new String[] {doc.title(), og == null ? "" : og.attr("content"), title == null ? "" : title}) {
            titles.add(key(t));
            for (String part : TITLE_PARTS.split(t)) {
                titles.add(key(part));
            }
        }
        titles.removeIf(t -> t.length() < 8);
        Element site = index.selectFirst(OG_SITE_NAME, index.tag("meta"));
        String siteName = site == null ? "" : key(site.attr("content"));
        Element firstH1 = null;
        List<Element> marked = index.select(HEADLINE_MARKS, index.headlineCandidates());
        // after the marked headlines, ARIA headings (<div role="heading" aria-level="1">), as script-built pages set
        // theirs
        List<java.util.function.Supplier<List<Element>>> tiers = List.of(() -> marked, () -> index.withRole("heading"),
                () -> index.tags(SUBHEADINGS), () -> index.select(TITLE_CLASSED, index.titleOrHeadingClassed()),
                () -> emphasisedTitles(index, titles), () -> index.select(TITLE_ID));
        for (java.util.function.Supplier<List<Element>> candidates : tiers) {
            List<Element> tier = candidates.get();
            for (int i = 0; i < tier.size() && i < 30; i++) {
                Element h = tier.get(i);
                String k = key(h.text());
                boolean repeatsTitle = repeats(k, titles);
                boolean firstH1Candidate = firstH1 == null && h.normalName().equals("h1");
                // a heading that neither repeats the title nor can be the first h1 is passed over whatever its place
                if (!repeatsTitle && !firstH1Candidate || k.length() < 4 || k.equals(siteName) || siteTitle(h)
                        || chrome.skipped(h) || chrome.inSkipped(h)) {
                    continue;
                }
                if (repeatsTitle) {
                    return innermost(h, tier, i, titles);
                }
                firstH1 = h;
            }
        }
        return firstH1;
    }

    /** The shortest declared title an emphasised line must open with to be read as the headline. */
    private static final int EMPHASIS_TITLE_MIN = 16;

    /**
     * The bold and large-font lines ({@link #EMPHASIS}) that open with one of the page's declared {@code titles}
     * (keys of {@link #EMPHASIS_TITLE_MIN} characters or more): "Council keeps Depot Street bridge open with new
     * 10-ton limit" under the title "… - Council keeps Depot Street bridge open", not a bold line of section links
     * that holds the title's "Local News".
     */
    private static List<Element> emphasisedTitles(PageIndex index, List<String> titles) {
        List<Element> out = new ArrayList<>();
        for (Element e : index.tags(EMPHASIS)) {
            String k = key(e.text());
            for (String t : titles) {
                if (t.length() >= EMPHASIS_TITLE_MIN && k.startsWith(t)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a text ({@link #key} {@code k}) repeats one of the page's declared titles, or holds it. */
    private static boolean repeats(String k, List<String> titles) {
        for (String t : titles) {
            if (t.contains(k) && k.length() >= Math.min(12, t.length()) || k.length() > 12 && k.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code h}, or the deepest of the candidates after it ({@code tier} from {@code i}) that sit inside it and still
     * repeat the title: a title block ("se-documentTitle") that holds the byline and the date has the title's own
     * element inside it, and the dates are read from there on.
     */
    private static Element innermost(Element h, List<Element> tier, int i, List<String> titles) {
        Element found = h;
        for (int j = i + 1; j < tier.size() && ContentScorer.isAncestor(h, tier.get(j)); j++) {
            if (ContentScorer.isAncestor(found, tier.get(j)) && repeats(key(tier.get(j).text()), titles)) {
                found = tier.get(j);
            }
        }
        return found;
    }

    /** A site name set as h1: marked logo/brand/site-title, or a link home inside the page header. */
    private static boolean siteTitle(Element h) {
        for (Element e = h; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (siteMarked(e.className() + " " + e.id())) {
                return true;
            }
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return false;
            }
        }
        Element link = Subtree.first(h, LINK);
        return h.closest(HEADER) != null && link != null && link.attr("href").replaceAll("^https?://[^/]+", "")
                .replace("index.html", "").matches("/?");
    }

    /** Whether {@link #SITE_TITLE} finds a mark: each of its words holds one of the stems looked for first. */
    private static boolean siteMarked(String marks) {
        String m = marks.toLowerCase(Locale.ROOT);
        return (m.contains("site") || m.contains("blog") || m.contains("logo") || m.contains("brand")
                || m.contains("masthead")) && SITE_TITLE.matcher(marks).find();
    }

    /**
     * A text's letters and digits in lower case, as {@code replaceAll("[^\\p{L}\\p{N}]+", "")} keeps them:
     * {@code "Dam opens – 2026!"} is {@code "damopens2026"}.
     */
    private static String key(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * How the page writes numeric dates, told by its declared language. A slashed date reads month first in US
     * English, which writes 04/05/2026 for April 5, where the rest of the world means 4 May: plain {@code en} counts as
     * American, a page that declares another region ({@code en-GB}) reads day first, and so does plain {@code en} on
     * a site under the country domain of a day-first English-speaking country (".nz", ".co.uk", ".com.au"). Persian,
     * Dari and Pashto pages write year-first dates in the Solar Hijri calendar ("1405/08/25").
     */
    static DateParser.Numeric numeric(Document doc) {
        return numeric(MetaReader.htmlLang(doc), doc.location());
    }

    /** As {@link #numeric(Document)}, for the language the page declares ({@code <html lang>}), read before. */
    static DateParser.Numeric numeric(String declared) {
        return numeric(declared, "");
    }

    /** Country domains of English-speaking countries that write the day first: "Report, 9/11/2026" is 9 November. */
    private static final Pattern DAY_FIRST_HOST = Pattern.compile("(?i)\\.(?:uk|ie|nz|au|za|in|ng|ke|gh|sg|my|pk"
            + "|jm|tt|zw|ug|tz|zm|mt|cy)$");

    /** As {@link #numeric(String)}, on the page at {@code url} (or "", when unknown). */
    static DateParser.Numeric numeric(String declared, String url) {
        String lang = declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean monthFirst = lang.equals("en-us") || lang.equals("en") && !DAY_FIRST_HOST.matcher(host(url)).find();
        boolean solarHijri = !lang.isEmpty() && SOLAR_HIJRI_LANGUAGES.contains(Scripts.primary(lang));
        // Taiwan's pages may count years from 1912: "115/11/12"
        boolean minguo = lang.equals("zh-tw") || lang.startsWith("zh-hant");
        return new DateParser.Numeric(monthFirst, solarHijri, minguo);
    }

    /** The host of {@code url}, or "" when it has none. */
    private static String host(String url) {
        try {
            String h = url == null || url.isEmpty() ? null : java.net.URI.create(url.strip()).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** How long a line may be for a month and day without a year in it to be read as its date. */
    private static final int YEARLESS_LINE = 40;

    /**
     * A reading of the text from a node on (or back from it), which can be taken further: {@link #run} reads until
     * a budget of characters or nodes is spent, and a later run with a larger budget reads on from there as if it
     * had read from the start, the line it stopped in included.
     */
    private static final class Scan {
        private final boolean forward;
        private final Chrome chrome;
        private final ZoneId zone;
        private final OffsetDateTime fetchedAt;
        private final DateParser.Numeric numeric;
        /**
         * The text nodes of the line being read and their text, which each node would otherwise build twice (null
         * where a labelled reading has not built it yet).
         */
        private final List<TextNode> line = new ArrayList<>();
        private final List<String> lineText = new ArrayList<>();
        private Element lineBlock;
        private Node next;
        private int chars;
        private int nodes;
        /**
         * Read forwards: the elements around the start, nearest first, up to the body, and how many of them the
         * reading has left. Every other element a node read forwards sits in was entered, and so is no chrome: a
         * text is in chrome exactly when one of the elements around the start that it is still in is.
         */
        private final List<Element> around = new ArrayList<>();
        private int left;
        /** Whether one of {@code around[k..]} is chrome, for each k; worked out when first asked. */
        private boolean[] chromeFrom;
        /**
         * Read forwards: where the headline's {@code <article>} is in {@link #around} (-1 for none), and how many dates
         * were found before the reading left it (-1 while inside).
         */
        private int articleAt = -1;
        private int insideArticle = -1;

        Scan(Node start, boolean forward, Chrome chrome, ZoneId zone, OffsetDateTime fetchedAt,
                DateParser.Numeric numeric) {
            this.next = start;
            this.forward = forward;
            this.chrome = chrome;
            this.zone = zone;
            this.fetchedAt = fetchedAt;
            this.numeric = numeric;
            if (forward && start != null) {
                for (Node p = start.parent(); p instanceof Element e && !e.normalName().equals("body");
                        p = e.parent()) {
                    around.add(e);
                    if (articleAt < 0 && e.nameIs("article")) {
                        articleAt = around.size() - 1;
                    }
                }
            }
        }

        /**
         * Of the dates {@code out} this reading found, those after the end of the {@code <article>} that holds the
         * headline: the teasers of other stories that follow it ("Další aktuality", each card dated).
         */
        List<Seen> pastArticle(List<Seen> out) {
            return insideArticle < 0 ? List.of() : out.subList(insideArticle, out.size());
        }

        /** Whether a text node reached at this point of the reading is in chrome. */
        private boolean inChrome(TextNode t) {
            if (!forward) {
                return chrome.inSkipped(t);
            }
            if (chromeFrom == null) {
                chromeFrom = new boolean[around.size() + 1];
                for (int k = around.size() - 1; k >= 0; k--) {
                    chromeFrom[k] = chromeFrom[k + 1] || chrome.skipped(around.get(k));
                }
            }
            return chromeFrom[left];
        }

        /** The node after {@code n} and all inside it, forwards, counting the elements around the start left. */
        private Node forwardAfter(Node n) {
            for (Node c = n; c != null; c = c.parent()) {
                if (left < around.size() && c == around.get(left)) {
                    left++;
                }
                Node s = c.nextSibling();
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        /**
         * Reads on until {@code budget} characters or {@code maxNodes} nodes (counted from the start) are read or six
         * dates are found; with {@code labelledOnly}, keeps only dates the words call the publish date.
         */
        void run(int budget, int maxNodes, boolean labelledOnly, List<Seen> out) {
            Node n = next;
            while (n != null && chars < budget && nodes < maxNodes && out.size() < 6) {
                nodes++;
                if (insideArticle < 0 && articleAt >= 0 && left > articleAt) {
                    // out of the story's article: its last line is read now, so that what follows is counted apart
                    read(line, lineText, forward, labelledOnly, zone, fetchedAt, numeric, out);
                    line.clear();
                    lineText.clear();
                    lineBlock = null;
                    insideArticle = out.size();
                }
                if (n instanceof Element e) {
                    if (forward && chrome.skipped(e)) {
                        if (e.nameIs("table") && e.ownerDocument() != null) {
                            // a table of data is read past, not away: its text counts as far as the scan reaches
                            chars += PageIndex.of(e.ownerDocument()).textStats().text(e);
                        }
                        n = forwardAfter(e); // chrome and all inside it
                        continue;
                    }
                    // read backwards, an element comes after all inside it, so there is nothing left to pass over:
                    // its being chrome only keeps its own date out, and is asked only when it has one
                    Seen s = labelledOnly ? null : attributeDate(e, zone, fetchedAt);
                    if (s != null && (forward || !chrome.skipped(e))) {
                        out.add(s);
                    }
                } else if (n instanceof TextNode t && !t.isBlank() && !inChrome(t)) {
                    // a labelled reading builds a line's texts only for the rare line that may hold a publish label
                    String text = labelledOnly ? null : t.text();
                    chars += text != null ? text.length() : textLength(t.getWholeText());
                    Element block = block(t);
                    if (block != lineBlock) {
                        read(line, lineText, forward, labelledOnly, zone, fetchedAt, numeric, out);
                        line.clear();
                        lineText.clear();
                        lineBlock = block;
                    }
                    line.add(t);
                    lineText.add(text);
                }
                n = !forward ? backward(n) : n.childNodeSize() > 0 ? n.childNode(0) : forwardAfter(n);
            }
            next = n;
            // the line read so far; a later run reads it again with what follows it
            read(line, lineText, forward, labelledOnly, zone, fetchedAt, numeric, out);
        }
    }

    /**
     * The words before a date that share its field of the line: those after the last "|", "•" or "·". In "By Sara
     * Mohammadi-Nia | Wednesday 25 November 2026 | 3481 views" the date's field starts at "Wednesday"; the credit
     * before it makes no sentence of the date.
     */
    private static String field(String before) {
        int cut = Math.max(before.lastIndexOf('|'), Math.max(before.lastIndexOf('•'), before.lastIndexOf('·')));
        return cut < 0 ? before : before.substring(cut + 1);
    }

    /** The nearest ancestor that starts a line of its own; the text nodes under it read as one line. */
    private static Element block(Node t) {
        Node p = t.parent();
        while (p instanceof Element e && INLINE.contains(e.normalName()) && e.parent() != null) {
            p = e.parent();
        }
        return p instanceof Element e ? e : null;
    }

    /**
     * The dates in one line of text (the text nodes under one block, in document order), each labelled by the words
     * just before it, or by the previous line's words when the line starts with the date. A date deep in a sentence
     * is something the story talks about and is skipped.
     */
    private static void read(List<TextNode> nodes, List<String> texts, boolean forward, boolean labelledOnly,
            ZoneId zone, OffsetDateTime fetchedAt, DateParser.Numeric numeric, List<Seen> out) {
        if (nodes.isEmpty()) {
            return;
        }
        if (labelledOnly && !mayHoldPublished(nodes) && !mayHoldPublished(previousTextNode(nodes.get(0)))) {
            return; // a publish label is in the line or, before a date that starts it, in the text before the line
        }
        List<TextNode> inOrder = new ArrayList<>(nodes);
        List<String> textInOrder = new ArrayList<>(texts);
        for (int i = 0; i < textInOrder.size(); i++) {
            if (textInOrder.get(i) == null) {
                textInOrder.set(i, inOrder.get(i).text());
            }
        }
        if (!forward) {
            java.util.Collections.reverse(inOrder);
            java.util.Collections.reverse(textInOrder);
        }
        StringBuilder sb = new StringBuilder();
        int[] offsets = new int[inOrder.size()];
        int[] ends = new int[inOrder.size()];
        for (int i = 0; i < inOrder.size(); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            offsets[i] = sb.length();
            sb.append(textInOrder.get(i).strip());
            ends[i] = sb.length();
        }
        String text = sb.toString();
        if (labelledOnly && !TextProbe.mayHold(text, PUBLISHED_WORDS)
                && !TextProbe.mayHold(previousText(inOrder.get(0)), PUBLISHED_WORDS)) {
            return; // the test above, made on the line as read (the text before it is its last 40 characters)
        }
        int from = 0;
        int lastAdded = -1; // where in out the line's date before this one went, if it went in
        for (int i = 0; i < 3 && from < text.length(); i++) {
            DateParser.Found f = DateParser.find(text.substring(from), zone, numeric);
            boolean yearless = false;
            if (f == null && i == 0 && text.length() <= YEARLESS_LINE) {
                f = DateParser.monthDay(text, zone, fetchedAt); // "Nov 4" in a post's meta line
                yearless = f != null;
            }
            if (f == null) {
                return;
            }
            int start = from + f.start();
            String local = text.substring(from, start);
            from = start + (f.end() - f.start());
            if (i > 0 && SPAN_JOIN.matcher(local).matches()) {
                // "March 4, 1938 – November 16, 2026": a span (a life, an exhibition's run) dates no page
                if (lastAdded >= 0) {
                    out.remove(lastAdded);
                }
                lastAdded = -1;
                continue;
            }
            lastAdded = -1;
            String prefix = local.strip().length() < 3 ? previousText(inOrder.get(0)) + " " + local : local;
            // "Updated: Wed 7:10 AM, Nov 25, 2026": the label is before the weekday and time
            prefix = CLOCK_BEFORE.matcher(prefix).replaceFirst("");
            prefix = prefix.length() > 60 ? prefix.substring(prefix.length() - 60) : prefix;
            Label label = textLabel(prefix);
            if (labelledOnly && label != Label.PUBLISHED) {
                continue;
            }
            int dateEnd = from;
            while (dateEnd > start && Character.isWhitespace(text.charAt(dateEnd - 1))) {
                dateEnd--; // a time's trailing space is not part of what the element holds
            }
            boolean sentence = !endsNode(ends, dateEnd) && !DATELINE_END.matcher(text.substring(from))
                    .lookingAt();
            // a date that is the whole text of an element of its own after a credit ("By … and …<time>Nov. 26,
            // 2026</time>") stands in a field of its own, however long the credit before it
            boolean ownElement = ownsNode(inOrder, offsets, ends, text, start, dateEnd);
            if (label == null && (field(local).strip().length() > MAX_PLAIN_PREFIX && !ownElement
                    && !CREDIT_THEN_ON.matcher(local).find() || sentence)
                    || text.length() > 120 && (start > BODY_DATE_START && label == null || sentence)
                    || OTHER.matcher(prefix).find() || future(f.value(), fetchedAt)) {
                continue;
            }
            int k = 0;
            while (k + 1 < offsets.length && offsets[k + 1] <= start) {
                k++;
            }
            TextNode t = inOrder.get(k);
            OffsetDateTime value = f.value();
            boolean timed = f.timed();
            DateSource source = DateSource.BYLINE;
            Element time = t.parent() == null ? null : t.parent().closest(TIME_DATETIME);
            if (time != null) {
                // the machine-readable twin of the visible date carries the time and offset; and of a numeric date
                // either order reads ("09/11/2026" on an Australian page declared only "en"), the order it agrees with
                DateParser.Found exact = DateParser.find(time.attr("datetime"), zone, DateParser.Numeric.DAY_FIRST);
                if (exact != null && (exact.value().toLocalDate().equals(value.toLocalDate())
                        || exact.value().toLocalDate().equals(f.otherReading())) && (exact.timed() || !timed)) {
                    value = exact.value();
                    timed = exact.timed();
                    source = DateSource.TIME;
                    yearless = false;
                }
            }
            if (label == null) {
                label = text.length() <= 80 ? markupLabel(t) : Label.PLAIN;
            }
            lastAdded = out.size();
            out.add(new Seen(new DatedValue(value, source), label, timed, f.otherReading(), true, yearless));
        }
    }

    /** What joins two dates into a span: a dash alone between them. */
    private static final Pattern SPAN_JOIN = Pattern.compile("\\s*[-–—]\\s*");

    /**
     * Whether the date from {@code start} to {@code end} of the line's {@code text} is all the text of one of the
     * line's nodes but a weekday before it (and an hour after it, {@link #HOUR_AFTER}), and that node has an element
     * of its own (not the one the text before it is in).
     */
    private static boolean ownsNode(List<TextNode> nodes, int[] offsets, int[] ends, String text, int start, int end) {
        for (int i = 1; i < nodes.size(); i++) {
            if ((ends[i] == end || ends[i] > end && HOUR_AFTER.matcher(text.substring(end, ends[i])).matches())
                    && (offsets[i] == start
                    || offsets[i] < start && WEEKDAY_BEFORE.matcher(text.substring(offsets[i], start)).matches())) {
                return nodes.get(i).parent() != nodes.get(i - 1).parent();
            }
        }
        return false;
    }

    /**
     * The time after a date that the date does not take in, as Swahili, Kinyarwanda and Kirundi write it: "19
     * Ugushyingo 2026 saa 14:20" ("saa", hour; the clock may count from dawn, so it is not read).
     */
    private static final Pattern HOUR_AFTER = Pattern.compile("(?i)\\s*saa\\s+\\d{1,2}[:.]\\d{2}\\s*");

    /**
     * One word before a date in its element, as a weekday is written: "Fri, 11/20/2026", "Mi. 25.11.2026", the Khmer
     * "ថ្ងៃសុក្រ" with its vowel signs; or two or three words and a comma: rw "Ku wa Kane, 19 Ugushyingo 2026", vi
     * "Thứ Năm, 19/11/2026", pt "quinta-feira, 19 de novembro".
     */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\s*(?:[\\p{L}\\p{M}]{2,16}\\.?,?"
            + "|[\\p{L}\\p{M}]{1,16}(?:[\\s-][\\p{L}\\p{M}]{1,16}){1,2},)\\s*");

    /** Whether {@code end} is where one of the line's text nodes ends: what follows is another element's text. */
    private static boolean endsNode(int[] ends, int end) {
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code <time>} element is labelled an update: by the words before it ("Updated <time>3 days
     * ago</time>", "Aktualisiert am") or by its own or its parent's class, itemprop or property ("updated",
     * "dateModified"). Such a time says when the page changed, not when it was published.
     */
    static boolean labelledUpdate(Element time) {
        for (Element e = time; e != null && e != time.parent().parent(); e = e.parent()) {
            if (UPDATED_CLASS.matcher(e.className() + " " + e.attr("itemprop") + " " + e.attr("property")).find()
                    && !HATOM_DATE.matcher(e.className()).find()) {
                return true;
            }
        }
        return shownAsUpdate(time);
    }

    /**
     * Whether the words a reader sees label a {@code <time>} an update: its own text opens with the label, or the
     * words right before it end with one. A class alone ("updated", which WordPress themes put on a hidden copy of
     * the post's time) is not seen.
     */
    static boolean shownAsUpdate(Element time) {
        if (UPDATE_OPENING.matcher(time.text()).lookingAt()) {
            return true; // "<time datetime=…>Uppdaterad 09.41</time>": the label inside, the day in the attribute
        }
        if (time.nextSibling() instanceof TextNode after && UPDATE_AFTER.matcher(after.text()).lookingAt()) {
            return true; // "<time>2026/11/24</time>に更新": Japanese sets the label after the date
        }
        for (Node n = time.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return UPDATED.matcher(t.text().strip()).find();
                }
            } else {
                return false; // another element stands between the words and the time
            }
        }
        return false;
    }

    /** An update's label after its date, as Japanese and Chinese set it: "に更新", "更新", "最終更新". */
    private static final Pattern UPDATE_AFTER = Pattern.compile("\\s*(?:に)?(?:最終)?更新");

    /** An update's label opening a line: "Uppdaterad 09.41", "Updated 2 hours ago", "Aktualisiert: 10:15". */
    private static final Pattern UPDATE_OPENING = Pattern.compile("(?iu)\\W*(?:last\\s+)?(?:updated|aktualisiert"
            + "|geändert|modified|mis à jour|modifié|actualizado|modificad[oa]|atualizado|aggiornato|modificato"
            + "|bijgewerkt|gewijzigd|aangepast|päivitetty|oppdatert|uppdaterad|opdateret|zaktualizowano|aktualizacja"
            + "|aktualizace|aktualizácia)\\b");

    /** The text of the nearest non-blank text node before {@code t}, looking back a few nodes only. */
    private static String previousText(TextNode t) {
        TextNode p = previousTextNode(t);
        if (p == null) {
            return "";
        }
        String s = p.text().strip();
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }

    /** The nearest non-blank text node before {@code t} within eight nodes, or null. */
    private static TextNode previousTextNode(TextNode t) {
        Node n = t;
        for (int i = 0; i < 8; i++) {
            n = backward(n);
            if (n == null) {
                return null;
            }
            if (n instanceof TextNode p && !p.isBlank()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a text of {@code nodes} may hold a {@link #PUBLISHED_WORDS} word. Read from their source text: no word
     * holds white space, and the probe passes over the invisible characters {@code text()} drops, so a line built of
     * their texts (or the last characters of one) holds a word only if one of them does.
     */
    private static boolean mayHoldPublished(List<TextNode> nodes) {
        for (TextNode t : nodes) {
            if (mayHoldPublished(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldPublished(TextNode t) {
        return t != null && TextProbe.mayHold(t.getWholeText(), PUBLISHED_WORDS);
    }

    /**
     * {@code TextNode.text().length()} of the source text {@code s}, counted without building the text: every run of
     * jsoup's white space (space, tab, line feed, form feed, carriage return, no-break space) is one character, and
     * the zero-width space and the soft hyphen are none.
     */
    static int textLength(String s) {
        int n = 0;
        boolean white = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                n += white ? 0 : 1;
                white = true;
            } else if (c != '\u200b' && c != '\u00ad') {
                n++;
                white = false;
            }
        }
        return n;
    }

    /** {@code <span property="schema:dateCreated" content="2026-11-28T09:00:00+01:00">}: a date in markup only. */
    private static Seen attributeDate(Element e, ZoneId zone, OffsetDateTime fetchedAt) {
        String prop = Attrs.has(e, "itemprop") ? Attrs.get(e, "itemprop") : Attrs.get(e, "property");
        if (prop.isEmpty() || !DATE_PROP.matcher(prop.strip()).matches() || e.normalName().equals("meta")) {
            return null;
        }
        String raw = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        DateParser.Found f = DateParser.find(raw, zone, DateParser.Numeric.DAY_FIRST);
        if (f == null || future(f.value(), fetchedAt)) {
            return null;
        }
        Label label = UPDATED_CLASS.matcher(prop).find() ? Label.UPDATED : prop.toLowerCase(Locale.ROOT)
                .matches(".*(published|created|issued)") ? Label.PUBLISHED : Label.PLAIN;
        return new Seen(new DatedValue(f.value(), DateSource.BYLINE), label, f.timed(), null, false);
    }

    /**
     * A weekday and a time between a date's label and the date: "Updated: Wed 7:10 AM, Nov 25, 2026", "Updated at
     * 3:12 p.m. ET on November 25, 2026".
     */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?iu)(?:\\bat\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)"
            + "[a-z]*|mo|di|mi|do|fr|sa|so)?\\.?,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*"
            + "(?:(?-i:[A-Z]{2,4})\\s*)?(?:\\bon\\s*)?[,·|-]?\\s*$");

    private static Label textLabel(String prefix) {
        if (UPDATED.matcher(prefix).find()) {
            return Label.UPDATED;
        }
        return PUBLISHED.matcher(prefix).find() ? Label.PUBLISHED : null;
    }

    /**
     * What the enclosing markup says: WordPress marks a never-edited post's date "entry-date published updated", so
     * published wins over updated; {@code <time pubdate>} is published whatever its class.
     */
    private static Label markupLabel(TextNode t) {
        Node p = t.parent();
        for (int i = 0; i < 3 && p instanceof Element e && !e.normalName().equals("body"); i++) {
            String marks = e.className() + " " + e.attr("itemprop") + " " + e.attr("property") + " " + e.id();
            if (e.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(marks).find()) {
                return Label.PUBLISHED;
            }
            if (UPDATED_CLASS.matcher(marks).find()) {
                return HATOM_DATE.matcher(e.className()).find() ? Label.PLAIN : Label.UPDATED;
            }
            p = e.parent();
        }
        return Label.PLAIN;
    }

    private static final Evaluator CARD_HEADING = QueryParser.parse("h2, h3, h4, h5");

    /** The most text a teaser card holds: a headline, a summary, a byline and a date. */
    private static final int CARD_MAX = 400;

    /**
     * Whether {@code article} is a teaser card for another story: a short one ({@link #CARD_MAX}) whose heading's whole
     * text is one link, or sits in one.
     */
    private static boolean teaserCard(Element article) {
        Document doc = article.ownerDocument();
        if (doc == null || PageIndex.of(doc).textStats().text(article) > CARD_MAX) {
            return false;
        }
        Element heading = Subtree.first(article, CARD_HEADING);
        if (heading == null) {
            return false;
        }
        Element link = Subtree.first(heading, LINK);
        String text = heading.text();
        return !text.isEmpty() && (link != null && link.text().length() == text.length() || inLink(heading, article));
    }

    /** Whether {@code e} sits in a link inside {@code card}: a card made one link, heading and all (Ghost's). */
    private static boolean inLink(Element e, Element card) {
        for (Element a = e.parent(); a != null && a != card; a = a.parent()) {
            if (a.nameIs("a") && a.hasAttr("href")) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the fetch by more than the zones and a clock set wrong can make it (a day shown in the furthest zone ahead,
     * fourteen hours, and a time read in the wrong one, as many again): an event, not when the page was written.
     */
    static boolean future(OffsetDateTime d, OffsetDateTime fetchedAt) {
        return fetchedAt != null && d.isAfter(fetchedAt.plusHours(30)) || d.getYear() < 1990;
    }

    private static boolean skipped(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("nav") || tag.equals("aside")
                || tag.equals("form") && !PageIndex.wrapsThePage(e) || tag.equals("select") || tag.equals("noscript")
                || tag.equals("button") || tag.equals("template") || tag.equals("svg") || tag.equals("blockquote")) {
            return true;
        }
        if (tag.equals("footer") && e.closest(ARTICLE) == null) {
            return true;
        }
        if (tag.equals("article") && teaserCard(e)) {
            return true; // a card for another story set into this one ("READ NEXT"), with its own date
        }
        if (tag.equals("table") && headedTable(e)) {
            return true; // a table of data: an election's timetable, results by date; no page's own date
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true; // not rendered: WordPress themes keep the post's "updated" time so, beside the shown date
        }
        String classes = Attrs.className(e);
        String id = Attrs.id(e);
        if (!hasSkipStem(classes) && !hasSkipStem(id)) {
            return false;
        }
        // WordPress puts the post's categories and tags in its classes ("tag-social-media"): not the element's role
        String marks = TAXONOMY_CLASS.matcher(classes).replaceAll(" ") + " " + id;
        if (marks.isBlank()) {
            return false;
        }
        Matcher m = SKIP_CLASS.matcher(marks);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.equals("teaser") ? Subtree.first(e, LINK) != null : !LAYOUT_WORD.matcher(word).find()
                    || !holdsStory(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a table has a head row ({@code <thead>}) or a caption: a table of data, whose dates are its rows'. A
     * table of properties ("Published | 20.11.2026", a header cell on each row) has neither, and a layout's table
     * neither.
     */
    private static boolean headedTable(Element table) {
        for (int i = 0; i < table.childNodeSize(); i++) {
            if (table.childNode(i) instanceof Element part && (part.nameIs("thead") || part.nameIs("caption"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element holds running text: layouts name the wrapper of story and sidebar after the sidebar
     * ("content-sidebar-wrap", "lay-sidebar", "sidebar__main"), and a real sidebar has no run of long paragraphs.
     */
    private static boolean holdsStory(Element e) {
        // a paragraph's non-space characters are never more than its text has: a long count settles it unbuilt
        TextStats stats = e.ownerDocument() == null ? null : PageIndex.of(e.ownerDocument()).textStats();
        int[] paragraphs = {0};
        NodeTraversor.filter(new NodeFilter() { // stops at the third: a wrapper of the story need not be walked whole
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element p && p.nameIs("p")
                        && (stats != null && stats.text(p) >= 100 || p.text().length() >= 100)) {
                    paragraphs[0]++;
                }
                return paragraphs[0] >= 3 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return paragraphs[0] >= 3;
    }

    /**
     * Whether a class or id holds a word {@link #SKIP_CLASS} looks for: most don't, and skip the patterns. No stem
     * holds a space, so asking class and id apart is asking them joined.
     */
    private static boolean hasSkipStem(String marks) {
        if (marks.isEmpty()) {
            return false;
        }
        String lower = marks.toLowerCase(Locale.ROOT);
        for (String stem : SKIP_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which elements of one page are chrome ({@link #skipped(Element)}), remembered: the headline search and the
     * scans ask about the same elements and their ancestors again and again, and the answer depends on the page
     * alone. Lives for one {@link #find}, so it holds a page's elements at most and is never shared between threads.
     */
    private static final class Chrome {
        private final Map<Element, Boolean> own = new IdentityHashMap<>();
        /** Whether an element or one of its ancestors below {@code body} is skipped. */
        private final Map<Element, Boolean> under = new IdentityHashMap<>();

        boolean skipped(Element e) {
            Boolean known = own.get(e);
            if (known == null) {
                known = VisibleDates.skipped(e);
                own.put(e, known);
            }
            return known;
        }

        /** Whether an ancestor of {@code n} below {@code body} is skipped: chrome around it, like a widget's text. */
        boolean inSkipped(Node n) {
            List<Element> unknown = new ArrayList<>();
            Boolean known = null;
            for (Node p = n.parent(); p instanceof Element e && !e.normalName().equals("body"); p = e.parent()) {
                known = under.get(e);
                if (known != null) {
                    break;
                }
                unknown.add(e);
            }
            boolean result = known != null && known;
            for (int i = unknown.size() - 1; i >= 0; i--) {
                result = result || skipped(unknown.get(i));
                under.put(unknown.get(i), result);
            }
            return result;
        }
    }

    /** The next node in document order after {@code n} and everything inside it. */
    private static Node after(Node n) {
        for (Node c = n; c != null; c = c.parent()) {
            Node s = c.nextSibling();
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The previous node in document order (a parent comes before its children). */
    static Node backward(Node n) {
        Node p = n.previousSibling();
        if (p == null) {
            return n.parent();
        }
        while (p.childNodeSize() > 0) {
            p = p.childNode(p.childNodeSize() - 1);
        }
        return p;
    }
}
