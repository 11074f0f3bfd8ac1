package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads the visible byline: elements whose class or id says author/byline, and short lines that start with
 * "By", "Von", "Par", "Por"…; also the date such a line carries ("Published about 23 hours ago").
 *
 * <p>{@code <p class="byline">By Mara Lind and Tomás Ruiz · 28 Nov 2026</p>} gives authors "Mara Lind", "Tomás
 * Ruiz" and published 2026-11-28 (source {@code byline}); {@code <h5>Autor:</h5> Peter Maahn} gives "Peter Maahn".
 * Comment sections are never read, nor teasers, related lists, asides and footers of other stories; an author box
 * ("About the author") is read only when the page has no byline.
 */
final class BylineReader {
    private static final String AUTHOR_SELECTOR = "[class~=(?i)(^|[-_ ])(author|byline|autor|auteur|autore|writer"
            + "|creator|contributor|reporter|journalist)(s|name|-name|_name|info|link)?($|[-_ ])], "
            // Portuguese "autoria" (authorship): "noticia-autoria", a credit line under a council's news
            + "[class~=(?i)(^|[-_ ])autoria($|[-_ ])], "
            // a journal's or forum's "entry-poster" ("posters" heads a column of avatars)
            + "[class~=(?i)(^|[-_ ])poster($|[-_ ])], "
            // a membership platform's "postedBy" beside "postedOn" (Wild Apricot's blog), "posted-by"
            + "[class~=(?i)(^|[-_ ])posted[-_]?by($|[-_ ])], "
            // a blogging platform's link to the writer's page by nickname ("follow-nickName")
            + "a[class~=(?i)(^|[-_ ])nick-?name($|[-_ ])], "
            // a developer community's writer over the post, shown by handle ("style-userName": "@kanata_dev(鳴海 奏多)");
            // a user name without the handle's "@" is as often the account that posted, or the reader's own
            + "[class~=(?i)(^|[-_ ])user[-_]?name($|[-_ ])]:matches(^@), "
            + "[id~=(?i)(^|[-_])(author|byline|autor)($|[-_])], [data-testid~=(?i)author|byline], "
            + "[data-automation-id~=(?i)author|byline], "
            // a rendering app's name for the component, where its classes are hashes ("dcr-1uq8ff8"): the byline
            // itself ("meta-byline"), not a block around it with the time ("byline-block")
            + "[data-component~=(?i)(^|[-_])byline$]";
    /**
     * A credit line: "By Name" and its translations (a capitalised name must follow), or an explicit label such as
     * "Autor: name", "Text von Name", "Posted by name", "Gespeichert von name" (user names may be lower case).
     */
    private static final Pattern BY_LINE = Pattern.compile("(?iu)^\\s*(?:(?:by|von|par|por|door|text|texte|texto"
            + "|testo|autor|autorin|written by|ein (?:gastbeitrag|kommentar) von)\\s*:?\\s+\\p{Lu}"
            + "|(?:text|texte|texto|testo|fotos?|photos?)\\s+(?:von|by|de|par|di)\\s+\\p{Lu}"
            + "|(?:autor(?:in)?|author|verfasser(?:in)?)\\s*:\\s*\\S"
            + "|(?:posted|submitted|published)\\s+by\\s+\\S"
            + "|(?:gespeichert|geschrieben|verfasst|erstellt|eingestellt)\\s+von\\s+\\S)");
    /** Links to author pages and hCard names, where templates without an author class put the byline. */
    private static final String AUTHOR_LINKS = "a[href~=(?i)/(author|authors|autor|autoren|auteur|auteurs|autore"
            + "|autori|avtor|avtorji|redakteur|redaktion/team|journalist|journalists|profile|profil|writers?|staff"
            + "|contributors?)/"
            + "[^/?#]+/?$], .vcard .fn, .h-card .p-name";
    /**
     * Where the stems of the author and date queries are looked for: the class, id and test ids ({@code data-testid},
     * and SharePoint's {@code data-automation-id}).
     */
    private static final String[] PLACE_MARKS = {"class", "id", "data-testid", "data-automation-id", "data-component"};
    private static final String[] AUTHOR_STEMS = {"auth", "byline", "autor", "avtor", "auteur", "writer", "creator",
        "contributor", "reporter", "journalist", "redakt", "profil", "staff", "fn", "p-name", "poster", "nick",
        "postedby", "posted-by", "posted_by", "username", "user-name", "user_name"};
    private static final java.util.function.Predicate<Element> AUTHOR_LINK_MARKS =
            ScreenedQuery.holds(new String[] {"href"}, AUTHOR_STEMS);
    /**
     * The author classes and links, tried only on elements whose class, id, test id or link holds one of the stems
     * those patterns need: the regular expressions then run on a few elements of the page, not on all of them.
     */
    static final ScreenedQuery AUTHOR_PLACES = ScreenedQuery.of(AUTHOR_SELECTOR + ", " + AUTHOR_LINKS, Set.of(),
            ScreenedQuery.holds(PLACE_MARKS, AUTHOR_STEMS).or(e -> e.nameIs("a") && AUTHOR_LINK_MARKS.test(e)));
    /** Where a byline's date may be: the author places, and elements with a date, time or meta class. */
    private static final String DATE_SELECTOR = AUTHOR_SELECTOR + ", [class~=(?i)(^|[-_ ])(date|datum|time|timestamp"
            + "|published|pubdate|dateline|meta|post-meta|entry-meta|article-meta|info)($|[-_ ])]";
    /**
     * The date places, tried only on elements whose class, id or test id holds a stem of a word {@link #DATE_SELECTOR}
     * looks for.
     */
    static final ScreenedQuery DATE_PLACES = ScreenedQuery.of(DATE_SELECTOR, Set.of(), ScreenedQuery.holds(
            PLACE_MARKS, "aut", "byline", "writer", "creator", "contributor", "reporter", "journalist", "poster",
            "nick", "postedby", "posted-by", "posted_by", "username", "user-name", "user_name", "dat", "time", "pub",
            "meta", "info"));

    /** Where the name sits in an author box. */
    private static final String BOX_NAME = "[itemprop=name], [class~=(?i)(^|[-_ ])(name|title|fn|username|nickname)"
            + "($|[-_ ])], "
            + "a[href~=(?i)/(author|autor|auteur|profile|profil)/], h2, h3, h4, h5, strong, b";
    private static final Evaluator BOX_NAMES = QueryParser.parse(BOX_NAME);
    private static final Evaluator BOX_NAMES_OR_LINKS = QueryParser.parse(BOX_NAME + ", a[href]");
    /** The header cell of a page property naming the author: "Author", "Created by", "Verfasser:". */
    private static final Pattern PROPERTY_LABEL = Pattern.compile("\\s*(?iu:authors?|autor(?:in|en)?|auteurs?|autore"
            + "|verfasser(?:in)?|written by|created by|erstellt von|by|von|par"
            // a long read's closing credits: "Words", "Text", "Reporter"
            + "|words|text|texte|story|reporter|reporting"
            // eu "Idazlea" ("writer"), "Egilea" ("author")
            + "|idazlea|egilea)\\s*:?\\s*");
    private static final Set<String> PROPERTY_HEADERS = Set.of("th", "dt");
    /** The classes of a Drupal field's label and of its value beside it. */
    private static final Ascii.Words FIELD_ITEM = Ascii.Words.of("field__item", "field-item");
    /**
     * The line starts with a credit and a capitalised name: "By Mara", "Von Anna", "Ein Artikel von Pamela", "Words by
     * Hannah", "Words & pictures: Gareth".
     */
    private static final Pattern CREDIT_START = Pattern.compile("^\\s*(?iu:by|von|par|por|door|text|texte|texto"
            + "|testo|autor|autorin|author|auteur|written by|words by|story by|posted by|hosted by|presented by"
            + "|moderiert von"
            // a magazine's "Words: …", "Words & pictures: …", an old weekly's "Story: …", a colon after them
            + "|(?:words|story)(?:\\s*(?:and|&|/|\\+)\\s*(?:pictures|photos?|images))?\\s*:"
            + "|ein(?:e)?\\s+\\p{L}+\\s+von|(?:texte?|texto|testo)\\s+(?:von|by|de|par|di)|(?:gespeichert|geschrieben"
            + "|verfasst|erstellt|eingestellt)\\s+von)\\s*:?\\s+\\p{Lu}");
    /**
     * An author label inside a short line: "Datum: 03.11.2021 Autor: Peter Maahn", "Posted on … by Adi", "Posted On:
     * … by NPB Delhi", "Report posted 10/11/2026 by Geoff".
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?:^|\\s)(?iu:autor(?:in)?|author|auteur|autore"
            + "|автор|муаллиф|yazar|haber|szerző|teksti|kirjoittaja|penulis|författare|forfatter|tác giả"
            + "|verfasser(?:in)?|written by|(?:verfasst|geschrieben|gespeichert|erstellt|eingestellt)\\s+von"
            + "|(?:posted|submitted|published)\\s+by)\\s*:\\s*(?=\\S)"
            // "06.11.2026 · Text: Friederike Aalbers · Illustrationen: …": the text's label inside a meta line
            + "|(?:^|\\s)(?iu:text|texte|texto|testo|tekst)\\s*:\\s*(?=\\p{Lu})"
            // "Posted on September 21, 2020 by …", "Created in November 09, 2026, last updated in November 20, 2026
            // by …"
            + "|(?:^|\\s)(?iu:posted|published|created|veröffentlicht|publié)"
            + "\\s+(?iu:on|in|am|le)\\s*:?\\s+.{4,64}?\\s+(?iu:by|von|par)\\s+(?=\\S)"
            + "|(?:^|\\s)(?iu:posted|submitted)\\s+by\\s+"
            // "Report posted 10/11/2026 by …": a date in figures between, without "on"
            + "(?=\\S)|(?:^|\\s)(?iu:posted|published)\\s+\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\s+(?iu:by)\\s+"
            + "(?=\\S)|(?:^|\\s)(?iu:(?:verfasst|geschrieben|gespeichert|erstellt|eingestellt)\\s+von)\\s+(?=\\S)"
            // "来源：江南日报 作者：张伟", "记者：王芳"
            + "|(?:^|\\s)(?:作者|记者|記者|撰文|报道|報導)\\s*[：:]\\s*(?=\\S)");
    /**
     * A headline saying the page reviews a play, a book or a record: "Review: The Lamplighter's Daughter", "Kritik: …",
     * "… – recensione". There "Reviewed by" names the critic who wrote it, where elsewhere it names who checked a text.
     */
    private static final Pattern REVIEW_HEADLINE = Pattern.compile("(?iu)(?<!\\p{L})(?:review|kritik|critique"
            + "|recensione|reseña|recensie|recension|anmeldelse|arvostelu)(?!\\p{L})");
    private static final Pattern CRITIC = Pattern.compile("(?iu)\\s*reviewed\\s+by\\s+(?=\\p{Lu})");
    private static final TextProbe.Words CRITIC_OPENERS = TextProbe.Words.of("reviewed");
    /** The Indonesian and Malay "by", with the colon that makes it a label on a page in any language. */
    private static final Pattern OLEH = Pattern.compile("\\s*(?i:oleh)(\\s*:)?\\s+(?=\\p{L})");
    /**
     * The word for "by" that opens a credit in languages whose word is also a common word or name elsewhere, read
     * so only on a page declared in the language: Indonesian and Malay "Oleh" (a Ukrainian first name), Swahili
     * "Na" ("and"), Filipino "Ni", Albanian "Nga" ("from"), Yoruba "Láti ọwọ́", Scottish Gaelic "Sgrìobhte le",
     * Luganda "Bya", Setswana "Ka", Lingala "Ekomami na" ("written by"), Welsh "gan" ("with", "by"), Slovenian
     * "Oddal/a" ("submitted", also a form of "to give away").
     */
    private static final Map<String, String> LOCAL_BY = Map.ofEntries(Map.entry("id", "oleh"), Map.entry("ms", "oleh"),
            Map.entry("sw", "na"), Map.entry("fil", "ni"), Map.entry("tl", "ni"), Map.entry("sq", "nga"),
            Map.entry("yo", "láti ọwọ́"), Map.entry("gd", "sgrìobhte le"),
            Map.entry("el", "γράφει(?:\\s+(?:ο|η|οι))?"), Map.entry("ar", "كتبت?"), Map.entry("lg", "bya"),
            Map.entry("tn", "ka"), Map.entry("ln", "ekomami na"), Map.entry("cy", "gan"),
            // Drupal's Slovenian "Submitted by": "Oddal/a Matej Kovač dne ned, 15.11.2026 - 19:47"
            Map.entry("sl", "oddal(?:/a|a)?"),
            // Sinhala papers' "සටහන - …" ("notes by")
            Map.entry("si", "සටහන\\s*[-–—]?"));
    /** A Korean byline, the name before the word for reporter: "홍길동 기자", "김영희 특파원". */
    private static final Pattern KOREAN_BYLINE = Pattern.compile("^\\s*(\\p{IsHangul}{2,4})\\s*(?:기자|특파원)(?:\\s|$)");
    /**
     * The words {@link #CREDIT_START}, {@link #LABEL_ONLY} and {@link #BY_LINE} start with, after space ("By", "Von",
     * "Text", "Autor", "Posted", "Ein Beitrag von", "Fotos von", "Gespeichert von" …): a line that starts with none
     * of them is no credit line, and its text need not be built.
     */
    private static final String[] OPENER_WORDS = {"by", "von", "par", "por", "door", "text", "tekst", "texto", "testo",
        "aut",
        "verfass", "written", "posted", "submitted", "published", "hosted", "presented", "moderiert", "ein", "foto",
        "photo", "gespeichert", "geschrieben", "erstellt", "words", "story"};
    private static final TextProbe.Words CREDIT_OPENERS = TextProbe.Words.of(OPENER_WORDS);
    /** {@link #CREDIT_OPENERS} and a {@link #LOCAL_BY} word, for pages declared in its language. */
    private static final Map<String, TextProbe.Words> LOCAL_OPENERS = new java.util.HashMap<>();
    /** "Oleh Dewi Lestari", "Na Halima Chande": a credit line on a page declared in the word's language. */
    private static final Map<String, Pattern> LOCAL_CREDIT = new java.util.HashMap<>();

    static {
        for (Map.Entry<String, String> by : LOCAL_BY.entrySet()) {
            // the probe looks for the credit's first word: Yoruba's "láti ọwọ́" ("from the hand of") opens "láti"; a
            // page in another script (Greek "Γράφει η …") is read without the probe, which reads Latin letters
            String first = by.getValue().split("[ (]")[0];
            if (first.chars().allMatch(c -> c < 0x100)) {
                LOCAL_OPENERS.put(by.getKey(), TextProbe.Words.of(withWord(OPENER_WORDS, first)));
            }
            // the name after it capitalised, or in a script without case (Arabic "كتبت ريما حداد")
            LOCAL_CREDIT.put(by.getKey(), Pattern.compile("\\s*(?iu:" + by.getValue()
                    + ")\\s*:?\\s+(?=\\p{Lu}|\\p{Lo})"));
        }
    }
    /** A word each of the labels of {@link #CREDIT_LABEL} holds: "Autor", "verfasst von", "posted on … by" … */
    private static final TextProbe.Words LABEL_WORDS = TextProbe.Words.of("aut", "verfass", "written",
            "geschrieben", "gespeichert", "erstellt", "eingestellt", "posted", "submitted", "publi", "veröffentlicht",
            "created",
            "preacher", "prediger", "text:", "texto:", "testo:", "tekst:", "writer:");
    /**
     * {@link #LABEL_WORDS} and the labels of the languages that write "Yazar:", "Szerző:", "Teksti:", "Penulis:",
     * "Författare:", "Forfatter:", "Tác giả:": looked for only on pages declared in one of them, as their common
     * endings ("-ar", "-is", "-er") would make the probe compare at most characters of every other page.
     */
    private static final TextProbe.Words MORE_LABEL_WORDS = TextProbe.Words.of("aut", "verfass", "written",
            "geschrieben", "gespeichert", "erstellt", "eingestellt", "posted", "submitted", "publi", "veröffentlicht",
            "created",
            "yazar", "haber", "szerz", "teksti", "kirjoittaja", "penulis", "författare", "forfatter", "tác", "preacher",
            "prediger", "text:", "texto:", "testo:", "tekst:", "writer:");
    private static final Set<String> MORE_LABEL_LANGUAGES = Set.of("tr", "hu", "fi", "id", "ms", "sv", "da", "nb",
            "no", "nn", "vi");
    private static final String[] LABEL_STEMS = {"autor", "author", "auteur", "verfasser", "written by", "verfasst",
        "автор", "муаллиф", "yazar", "haber", "szerző", "teksti", "kirjoittaja", "penulis", "författare", "forfatter",
        "tác giả",
        "geschrieben", "gespeichert", "erstellt", "eingestellt", "posted", "submitted", "published", "created",
        "veröffentlicht", "publié", "作者", "记者", "記者", "撰文", "报道", "報導", "text:", "texto:", "testo:", "tekst:"};
    /** A label alone in its element, the name follows it: {@code <h5>Autor:</h5> Peter Maahn}. */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)\\s*(?:(?:autor(?:in)?|author|auteur|autore"
            + "|verfasser(?:in)?|written by|words by|story by|(?:verfasst|geschrieben)\\s+von)\\s*:?"
            + "|(?:text|von|by|par)\\s*:|(?:submitted|posted)\\s+by\\s*:"
            // a university's release closes with its writer and how to reach her: "Writer: Dana Kowalczyk-Reyes, 605-…"
            + "|writer\\s*:"
            // a sermon's page labels the one who preached it, its author: "Preacher: Miriam Okafor"
            + "|(?:preacher|prediger(?:in)?)\\s*:)\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|&copy;|\\(c\\)|\\bcopyright\\b)(?:\\s*(?:©|\\(c\\)))?"
            + "\\s*(?:by\\s+)?");
    private static final Pattern REPEATED = Pattern.compile("(?i)^(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:(?:19|20)\\d{2})?)?"
            + "\\s*)?(?:©|\\(c\\)|copyright)\\s*");
    /** Where the holder's name ends: "All rights reserved", a sentence end, "Design by …". */
    private static final Pattern RESERVED = Pattern.compile("(?i)\\ball rights\\b|\\balle rechte\\b|\\btous droits\\b"
            + "|\\btodos los derechos\\b|все права|(?<=\\p{L}{3}|\\p{L}{2}[»\"”’)])\\.\\s|\\|");
    /** A company's form after its name, "Co., Ltd.": one name, whose comma separates no second holder. */
    private static final Pattern COMPANY_FORM = Pattern.compile("(?i)\\b(co)\\.?,\\s*(ltd|limited|inc)\\b\\.?");
    private static final String PICTURE = "figure, figcaption, picture, [class~=(?i)(caption|credit|media|image|photo"
            + "|foto|bild|legal)]";
    /** "Hamburg (dpa/lno) –", "WASHINGTON (AP) —": a place, the agency in brackets, a dash. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L} .'/-]{1,40}?\\s\\((\\p{L}{2,8}(?:/\\p{L}{2,8})"
            + "{0,2})\\)\\s*[-–—:]\\s");
    private static final Pattern ARCHIVED = Pattern.compile("(?i)https?://web\\.archive\\.org/web/[^/]+/(https?://.+)");
    /** Comment sections, and the replies and mentions other sites sent ("webmentions"), each with its own author. */
    private static final String DISCUSSION = "[itemtype~=(?i)comment], [class~=(?i)comment], [id~=(?i)comment], "
            + "[class~=(?i)webmention], [id~=(?i)webmention], [class~=(?i)guestbook|condolence|reaction|replies], "
            + "[id~=(?i)guestbook|condolence|replies], [aria-label~=(?i)comment|guestbook|condolence]";
    /** Other stories' blocks: related lists, teasers, recommendations ("o-recommendNotes"), asides and footers. */
    private static final String ELSEWHERE = "[class~=(?i)related|teaser|recommend], footer, aside";
    private static final String COMMENTS = DISCUSSION + ", " + ELSEWHERE;
    private static final String[] DISCUSSION_MARKS = {"class", "id", "itemtype", "aria-label"};
    private static final String[] DISCUSSION_WORDS = {"comment", "webmention", "guestbook", "condolence",
        "reaction", "replies"};
    private static final Set<String> BESIDE_TAGS = Set.of("footer", "aside");
    static final ScreenedQuery DISCUSSION_PLACES = ScreenedQuery.of(DISCUSSION, Set.of(),
            ScreenedQuery.holds(DISCUSSION_MARKS, DISCUSSION_WORDS));
    static final ScreenedQuery ELSEWHERE_PLACES = ScreenedQuery.of(ELSEWHERE, BESIDE_TAGS,
            ScreenedQuery.holds(new String[] {"class"}, "related", "teaser", "recommend"));
    static final ScreenedQuery COMMENT_PLACES = ScreenedQuery.of(COMMENTS, BESIDE_TAGS,
            ScreenedQuery.holds(DISCUSSION_MARKS, DISCUSSION_WORDS)
                    .or(ScreenedQuery.holds(new String[] {"class"}, "related", "teaser", "recommend")));
    static final ScreenedQuery MENUS = ScreenedQuery.of("nav, menu, [class~=(?i)(^|[-_ ])(menu|dropdown|navbar|nav)"
            + "($|[-_ ])]", Set.of("nav", "menu"), ScreenedQuery.holds(new String[] {"class"}, "menu", "dropdown",
            "nav"));
    static final ScreenedQuery PICTURE_PLACES = ScreenedQuery.of(PICTURE, Set.of("figure", "figcaption", "picture"),
            ScreenedQuery.holds(new String[] {"class"}, "caption", "credit", "media", "image", "photo", "foto",
                    "bild", "legal"));
    /** An author box's title: "About the author", "Über die Autorin", "この記事を書いた人", "关于作者", "기자 프로필". */
    private static final String BOX_TITLE = "about the (author|creator)|über (den|die) autor"
            // ja "the one who wrote this article", zh "about the author", ko "reporter's profile"
            + "|この記事を書いた人|この記事の筆者|关于作者|關於作者|作者简介|作者簡介|기자\\s*프로필";
    private static final Pattern BOX_TITLES = Pattern.compile("(?iu)" + BOX_TITLE);
    private static final Pattern BOX_WORDS = Pattern.compile("(?iu)" + BOX_TITLE
            + "|mehr (von|zum) autor|more from|all posts|alle (artikel|beiträge)|view all|follow"
            + "|(more|all|other) (stories|articles|posts|columns) (by|from)|\\bikuti\\b"
            // "Follow" in Chinese, Japanese and Korean: "＋追蹤", "关注", "フォローする", "팔로우"
            + "|追蹤|追踪|关注|關注|フォローする|팔로우");

    private BylineReader() {
    }

    private static String[] withWord(String[] words, String word) {
        String[] out = java.util.Arrays.copyOf(words, words.length + 1);
        out[words.length] = word;
        return out;
    }

    static List<Author> authors(Document doc) {
        List<Element> boxes = new ArrayList<>();
        List<Element> hidden = new ArrayList<>();
        PageIndex index = PageIndex.of(doc);
        Element h1 = firstH1(index);
        List<List<Author>> credited = new ArrayList<>(1);
        List<Element> placed = new ArrayList<>(1);
        // in document order, and only as far as the first place that names someone: most bylines sit near the top
        index.anyMatch(AUTHOR_PLACES, e -> {
            List<Author> found = place(e, h1, doc, hidden, boxes);
            if (found.isEmpty()) {
                return false;
            }
            credited.add(found);
            placed.add(e);
            return true;
        });
        if (!credited.isEmpty()) {
            List<Author> cards = placed.isEmpty() ? List.of() : labelledCardsAround(placed.get(0));
            return cards.size() > credited.get(0).size() ? cards : credited.get(0);
        }
        List<Author> lines = authorLines(doc, h1);
        if (!lines.isEmpty()) {
            return lines;
        }
        List<Author> property = propertyAuthors(doc, h1);
        if (!property.isEmpty()) {
            return property;
        }
        List<Author> data = dataAuthor(h1);
        if (!data.isEmpty()) {
            return data;
        }
        List<Author> sender = archivedSender(h1);
        if (!sender.isEmpty()) {
            return sender;
        }
        for (Element e : hidden) {
            List<Author> found = named(e, e.text());
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Element box : boxes) {
            List<Author> found = inner(box, BOX_NAMES_OR_LINKS);
            if (found.isEmpty()) {
                found = bioSubject(box);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The page's first h1, or null. */
    private static Element firstH1(PageIndex index) {
        List<Element> h1s = index.tag("h1");
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /**
     * The critic of a review that credits no one else, or only the site's account: "Reviewed by Fiona Dalgleish" under
     * "Review: The Lamplighter's Daughter". Beside another credit ("Tested by Dana Kowalczyk / Reviewed by Felix
     * Aranda") the line names who checked the text, as on other pages, and is not read.
     */
    static List<Author> critic(Document doc) {
        PageIndex index = PageIndex.of(doc);
        Element h1 = firstH1(index);
        if (h1 == null || !REVIEW_HEADLINE.matcher(h1.text()).find()) {
            return List.of();
        }
        TextStats stats = index.textStats();
        for (Element e : index.tags(AUTHOR_LINE_TAGS)) {
            if (stats.text(e) == 0 || stats.text(e) > 80 || !TextProbe.mayStartWith(e, CRITIC_OPENERS)) {
                continue;
            }
            String t = e.text();
            if (CRITIC.matcher(t).lookingAt() && !elsewhere(e, h1)) {
                List<Author> found = named(e, t);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The authors a property table names: a row whose header cell says "Author", "Created by" or "Verfasser" and
     * whose next cell holds the name ({@code <th>}/{@code <td>}, {@code <dt>}/{@code <dd>}, ARIA {@code rowheader}
     * and {@code cell}, or a Drupal field's {@code field__label} and {@code field__item}), as notes apps, wikis,
     * documentation sites and Drupal's labelled fields show a page's properties.
     */
    private static List<Author> propertyAuthors(Document doc, Element h1) {
        PageIndex index = PageIndex.of(doc);
        List<Element> headers = new ArrayList<>(index.tags(PROPERTY_HEADERS));
        headers.addAll(index.withRole("rowheader"));
        // a Drupal field's label, its value beside it
        headers.addAll(index.classedWith(PageIndex.ClassMarks.FIELD_LABEL));
        for (Element header : headers) {
            Element value = header.nextElementSibling();
            // a header over a column ("Author | Title" over a table of books) has another header after it
            if (value == null || !(header.nameIs("th") ? value.nameIs("td") : header.nameIs("dt") ? value.nameIs("dd")
                    : PageIndex.ClassMarks.FIELD_LABEL.in(Attrs.className(header))
                    ? FIELD_ITEM.in(Attrs.className(value))
                    : value.attr("role").equalsIgnoreCase("cell") || value.attr("role").equalsIgnoreCase("gridcell"))
                    || !PROPERTY_LABEL.matcher(header.text()).matches() && !mailSender(header)
                    || elsewhere(header, h1)) {
                continue;
            }
            List<Author> found = named(value, propertyValue(value));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static final Pattern FROM = Pattern.compile("\\s*(?iu:from|von|de|da)\\s*:?\\s*");
    private static final Pattern SUBJECT = Pattern.compile("\\s*(?iu:subject|betreff|objet|asunto|oggetto)\\s*:?\\s*");

    /**
     * Whether {@code header} is the "From:" of a message's headers, as a mailing list's web archive shows them: a
     * "Subject:" header in the same table or list says it is a message, where "From: London" in a timetable is not.
     */
    private static boolean mailSender(Element header) {
        if (!FROM.matcher(header.text()).matches()) {
            return false;
        }
        Element row = header.parent();
        Element group = header.nameIs("dt") ? row : row == null ? null : row.parent();
        if (group == null) {
            return false;
        }
        for (Element other : group.select(header.normalName())) {
            if (SUBJECT.matcher(other.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The attributes in which a template names the author of the story block: {@code data-author-name="…"}. */
    private static final String[] DATA_AUTHOR = {"data-author-name", "data-author"};

    /**
     * The author a block around the headline names in its data attributes ({@code <article data-author-name="Mara
     * Lindqvist">}), as community platforms do when the name shows only as a profile link or a button: none when no
     * such block names a plausible person (an id such as {@code data-author="884213"} names no one).
     */
    private static List<Author> dataAuthor(Element h1) {
        for (Element e = h1; e != null && !e.nameIs("body"); e = e.parent()) {
            for (String key : DATA_AUTHOR) {
                String value = e.attributesSize() == 0 ? "" : e.attr(key);
                if (!value.isBlank()) {
                    List<Author> found = new ArrayList<>();
                    for (String n : AuthorNames.parse(value)) {
                        found.add(Author.named(n));
                    }
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /** A mail address as a list archive shows it: {@code ingrid.szm at fennick.net} or {@code ingrid@fennick.net}. */
    private static final Pattern SHOWN_ADDRESS = Pattern.compile("[^\\s@]+(?:@| at )[^\\s@]+\\.[^\\s@]+");

    /**
     * The sender of a message in a mailing-list archive: the bold name right under the subject, followed by a
     * {@code mailto:} link showing the address ({@code <h1>…</h1> <b>Ingrid Szabo</b> <a href="mailto:…">ingrid at
     * fennick.net</a>}), as Mailman's archive pages set it. None when the headline has no such pair after it.
     */
    private static List<Author> archivedSender(Element h1) {
        Element name = h1 == null ? null : h1.nextElementSibling();
        Element address = name == null ? null : name.nextElementSibling();
        if (address == null || !(name.nameIs("b") || name.nameIs("strong")) || !address.nameIs("a")
                || !address.attr("href").regionMatches(true, 0, "mailto:", 0, 7)
                || !SHOWN_ADDRESS.matcher(address.text()).matches()) {
            return List.of();
        }
        return named(name, name.text());
    }

    /** The text of a property's value cell without a lone letter: the initial on an avatar beside the name. */
    private static String propertyValue(Element value) {
        StringBuilder b = new StringBuilder();
        value.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = t.text().strip();
                if (s.codePointCount(0, s.length()) > 1) {
                    b.append(b.isEmpty() ? "" : " ").append(s);
                }
            }
        });
        return b.toString();
    }

    /**
     * The authors an author place names, or none: a place in a teaser, comment or footer of another story names
     * none, and a hidden one or an author box is put aside for when the page has no byline.
     */
    private static List<Author> place(Element e, Element h1, Document doc, List<Element> hidden,
            List<Element> boxes) {
        if (elsewhere(e, h1) || h1 != null && h1 != e && ContentScorer.isAncestor(e, h1)) {
            // a header block named for its byline ("ccm-block-page-title-byline") that holds the headline too: the
            // credit is a place inside it, read next
            return List.of();
        }
        if (datePart(e)) {
            return List.of(); // "<div class=mvp-author-info-date>Paskelbta prieš 19 dienų</div>": the name's date
        }
        if (hidden.size() < 5 && e.closest(HIDDEN) != null) {
            // markup for search engines the reader never sees: read only when no shown line credits anyone
            hidden.add(e);
            return List.of();
        }
        String text = e.text();
        if (text.length() > 150 || BOX_WORDS.matcher(text).find() || BIO_OPENING.matcher(text).lookingAt()) {
            // an author box ("About the author … Follow", a biography "Jana Novak is a …"): its name is read only when
            // the page has no byline
            if (boxes.size() < 5) {
                boxes.add(e);
            }
            return List.of();
        }
        if (titlesBox(e, boxes)) {
            return List.of(); // "<h2 class=author-cards__heading>Malunga nababhali</h2>" ("About the authors")
        }
        if (inBox(e, boxes)) {
            return List.of(); // the body of an author box set aside ("この記事を書いた人"), read with the box
        }
        text = withoutReviewerLines(e, withoutDatePart(e, creditLines(e, text)));
        if (e.nameIs("a") && (!sameSite(e, doc) || inRoster(e)) || reviewer(e) || pictureCredit(e, text) || quoted(e)
                || addressCard(e) || subjectCard(e) || OTHER_PIECES.matcher(e.className()).find()) {
            return List.of();
        }
        List<Author> found = cards(e);
        if (found.isEmpty()) {
            // "<a href=/authors/priya>Priya Okonjo</a> and <a href=/authors/mats>Mats Delvaux</a>" in a line of no
            // mark of its own: the line credits them both
            Element line = coauthorLine(e);
            Element bold = line == null ? boldNameOverItsRole(e) : null;
            found = line != null ? named(line, line.text()) : bold != null ? named(e, bold.text())
                    : named(e, withoutLabel(e, text));
        }
        if (found.isEmpty()) {
            // a credit inside the place, beside the writer's title ("<span class=tnt-byline>By Dana Whitcomb</span>
            // <span class=tnt-byline-title>Courier meteorologist</span>")
            found = innerCredit(e);
        }
        if (found.isEmpty()) {
            // "Beitrag von <a class=username>r23</a>": the name element inside a credit the line does not parse;
            // authors' cards side by side each hold one ("<strong>Ann Roe</strong> Maintainer")
            found = peers(e, BOX_NAMES);
        }
        return found;
    }

    /**
     * Whether {@code e} is inside one of {@code boxes} titled as about the writer ({@link #BOX_TITLES}): not a place
     * set aside only for its length, which may hold the byline's own link ("Par <a>Kab Niang</a> Le …"), nor a byline
     * with a "Follow" button.
     */
    private static boolean inBox(Element e, List<Element> boxes) {
        for (Element box : boxes) {
            if (box != e && ContentScorer.isAncestor(box, e)) {
                return BOX_TITLES.matcher(box.text()).find();
            }
        }
        return false;
    }

    private static final Set<String> BOX_TITLE_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * Whether {@code e} is the title of an author box set aside before it: a heading inside the box, which names its
     * writers in links of its own. The title says what the box is in the page's words ("About the authors" in any
     * language), and is no one's name.
     */
    private static boolean titlesBox(Element e, List<Element> boxes) {
        if (!BOX_TITLE_TAGS.contains(e.normalName())) {
            return false;
        }
        for (Element box : boxes) {
            if (box != e && ContentScorer.isAncestor(box, e)) {
                for (Element link : box.getElementsByTag("a")) {
                    if (!ContentScorer.isAncestor(e, link) && !AuthorNames.parse(link.text()).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A class of an author's block naming its date: "mvp-author-info-date", "byline__date", "author-time". */
    private static final Pattern DATE_PART = Pattern.compile("(?i)(?:auth|byline|autor)[\\w-]*[-_](?:date|time|datum"
            + "|timestamp)$");

    private static final Ascii.Words AUTHOR_WORDS = Ascii.Words.of("auth", "byline", "autor");

    /**
     * Whether {@code e} is the date of an author's block, not the author: every class naming the author names its
     * date, and the id does not name the author.
     */
    private static boolean datePart(Element e) {
        String classes = e.className();
        if (classes.isEmpty() || !e.id().isEmpty() && AUTHOR_WORDS.in(e.id())) {
            return false;
        }
        boolean any = false;
        for (String c : classes.split("\\s+")) {
            if (AUTHOR_WORDS.in(c)) {
                if (!DATE_PART.matcher(c).find()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The place's {@code text} without the date block inside it ("<div class=mvp-author-info-date>Paskelbta prieš 19
     * dienų, 2026-11-09</div><div class=mvp-author-info-name>Autorė Vaida Petrauskienė</div>"); as it is when it holds
     * none.
     */
    private static String withoutDatePart(Element e, String text) {
        for (Element inner : Subtree.all(e)) {
            if (inner != e && inner.attributesSize() > 0 && datePart(inner)) {
                String date = inner.text();
                int at = date.isEmpty() ? -1 : text.indexOf(date);
                return at < 0 ? text : (text.substring(0, at) + " " + text.substring(at + date.length())).strip();
            }
        }
        return text;
    }

    /**
     * The place's {@code text} without the lines inside it that name a reviewer ("Written by Dr Hanne Voss" above
     * "Scientific review: Dr Tomas Ekberg, hydrometeorologist" in one byline block): the block credits its writer.
     */
    private static String withoutReviewerLines(Element e, String text) {
        if (e.childrenSize() == 0) {
            return text;
        }
        for (Element inner : Subtree.all(e)) {
            if (inner == e || longerThan(inner, 150) || !REVIEWER.matcher(inner.text()).find()) {
                continue;
            }
            String line = inner.text();
            int at = text.indexOf(line);
            if (at >= 0 && line.length() < text.length()) {
                text = (text.substring(0, at) + " " + text.substring(at + line.length())).strip();
            }
        }
        return text;
    }

    /**
     * A class naming a label: Drupal's "field__label", "byline-label", "meta-label"; not Drupal's "field--label-hidden"
     * or "field--label-above", which says where a field's label goes (a field that hides it is the value itself:
     * "Megan Thorburn").
     */
    private static final Pattern LABEL_CLASS = Pattern.compile("(?i)(^|[-_ ])(?<!field--)label($|[-_ ])");
    /** A field's label naming the writer, its colon left to the style sheet: "Tekst", "Text", "Autor", "Author". */
    private static final Pattern FIELD_CREDIT = Pattern.compile("(?iu)\\s*(?:text|tekst|teksti|texte|texto|testo"
            + "|autor(?:in)?|author|auteur|autore|verfasser(?:in)?)\\s*:?\\s*");
    /** The most text a field item naming writers holds. */
    private static final int FIELD_ITEM_MAX = 80;

    /** Whether {@code e}, with text {@code t}, is a field's label classed as one that names the writer. */
    private static boolean isFieldLabel(Element e, String t) {
        return FIELD_CREDIT.matcher(t).matches() && LABEL_CLASS.matcher(e.className()).find();
    }

    /** How long a label set apart before a name may be: "Gabaasaa", "Written by", "Reporter:". */
    private static final int LABEL_MAX = 24;

    /**
     * The place's {@code text} without the label a template sets in an element of its own before the name, in a
     * language the credit patterns may not know: Drupal's field label ("<div class=field__label>Gabaasaa</div><div
     * class=field__item>Tolasaa Gammachuu</div>"), or a short first element ending in a colon or a Tibetan shad
     * ("<span class=meta_text>སྙན་ཞུ་བ།</span><a …>བསོད་ནམས་དབང་མོ</a>"), past an avatar. The text as it is when
     * its first element with text is no such label or nothing follows it.
     */
    static String withoutLabel(Element e, String text) {
        Element first = null;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return text; // text before it: the first element is inside the line, not its label
            }
            if (n instanceof Element child && !child.text().isBlank()) {
                first = child; // past an avatar or an icon
                break;
            }
        }
        if (first == null || first.is(LINK) || Subtree.first(first, LINK) != null) {
            return text;
        }
        String label = first.text().strip();
        if (label.isEmpty() || label.length() > LABEL_MAX || !text.startsWith(label)) {
            return text;
        }
        char last = label.charAt(label.length() - 1);
        String rest = text.substring(label.length()).strip();
        if (!LABEL_CLASS.matcher(first.className()).find() && last != ':' && last != '：' && last != '།'
                && !namesProfile(first.nextElementSibling(), rest)) {
            return text;
        }
        return rest.isEmpty() ? text : rest;
    }

    /**
     * Whether {@code link} is a link to an author's page ({@link #AUTHOR_PATH}) reading all of {@code rest}: what
     * the place says after its first element is the name that page is for, so that element is the label, in any
     * language ("<span class=meta_text>ရေးသားသူ</span> <a href=/author/khinthidamyint/>ခင်သီတာမြင့်</a>", tagDiv's
     * "<div class=td-author-by>Skrivað av</div> <a href=/author/birita/>Birita Hansen</a> -").
     */
    private static boolean namesProfile(Element link, String rest) {
        return link != null && link.nameIs("a") && !rest.isEmpty()
                && link.text().strip().equals(TRAILING_MARKS.matcher(rest).replaceAll(""))
                && AUTHOR_PATH.matcher(link.attr("href")).find();
    }

    /** Separators a template sets after the name: "Birita Hansen -" before the date. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\\p{P}]+$");

    /**
     * The names of the author places that are children of {@code e}, two or more made alike (same element, same
     * classes): a list of authors, each item its own card ("<li class=blog-post-author>Priya Raman<span>@praman-dev
     * </span></li>"), read item by item; or of the places one or two levels down, through a place that is the only one
     * among {@code e}'s children ("<div class=byline-area><span class=story-byline><span class=byline-name>Ava Lind,
     * <span>Staff Writer</span></span><span class=byline-name>…"), whose text runs the cards' roles into the next name.
     * Empty when {@code e} holds no such list.
     */
    private static List<Author> cards(Element e) {
        for (int level = 0; level < CARD_LEVELS; level++) {
            List<Element> cards = new ArrayList<>();
            for (Element child : e.children()) {
                if (child.attributesSize() > 0 && AUTHOR_PLACES.matches(e, child) && (cards.isEmpty()
                        || child.normalName().equals(cards.get(0).normalName())
                        && child.className().equals(cards.get(0).className()))) {
                    cards.add(child);
                }
            }
            if (cards.size() >= 2) {
                return cardNames(cards, level > 0);
            }
            if (cards.isEmpty()) {
                return List.of();
            }
            e = cards.get(0);
        }
        return List.of();
    }

    /** How deep a list of authors' cards is looked for under a place. */
    private static final int CARD_LEVELS = 3;

    /**
     * The names the cards give, each read on its own, the first of each alone when {@code onePerCard} (cards found
     * under a place's only child, each a person with what follows her: "Sumaiya Akter, Cox's Bazar"); none from a
     * picture credit's or a reviewer's card.
     */
    private static List<Author> cardNames(List<Element> cards, boolean onePerCard) {
        List<Author> out = new ArrayList<>();
        List<Author> handles = new ArrayList<>();
        for (Element card : cards.subList(0, Math.min(cards.size(), MAX_PEERS))) {
            // "Story by …" beside "Photography by …", "Written by …" beside "Edited by …" and "Fact checked by …"
            if (!pictureCredit(card, card.text()) && !reviewer(card) && !photographersCard(card)) {
                List<Author> named = nameAbove(card);
                named = named.isEmpty() ? named(card, card.text()) : named;
                // the writer's social handle in a card of its own beside her name ("@marisolwrites") is how to reach
                // her, not a second writer
                (HANDLE_CARD.matcher(card.text()).matches() ? handles : out)
                        .addAll(onePerCard && named.size() > 1 ? named.subList(0, 1) : named);
            }
        }
        return AuthorNames.dedupe(out.isEmpty() ? handles : out);
    }

    /** A card that holds a social handle alone: "@marisolwrites". */
    private static final Pattern HANDLE_CARD = Pattern.compile("\\s*@[\\p{L}\\p{N}._-]+\\s*");

    /**
     * The name a card sets in an element of its own above the rest ({@code <span>Harriet Okonjo</span><span>Environment
     * correspondent</span>}, set as two lines by the style sheet, read as one word "OkonjoEnvironment" by the text):
     * the first child's whole text when it is one name; empty otherwise.
     */
    private static List<Author> nameAbove(Element card) {
        if (card.childrenSize() < 2 || card.textNodes().stream().anyMatch(t -> !t.isBlank())) {
            return List.of();
        }
        String first = card.child(0).text().strip();
        List<Author> named = named(card.child(0), first);
        return named.size() == 1 && named.get(0).name().equals(first) ? named : List.of();
    }

    /**
     * The line around the author link {@code e} that holds other author links beside it (a parent of at most 150
     * characters, below the body); null when {@code e} is no link or stands alone.
     */
    private static Element coauthorLine(Element e) {
        // the link itself, or wrappers around it alone ("<span class=author-highlighted><a …>Ilse</a></span>"); the
        // line is the first parent that holds more, past RDFa's "<span property=author><span property=name><a …>"
        Element link = e;
        for (int level = 0; level < LINK_WRAPPERS && !link.nameIs("a") && link.childrenSize() == 1
                && link.textNodes().stream().allMatch(TextNode::isBlank); level++) {
            link = link.child(0);
        }
        link = link.nameIs("a") ? link : null;
        Element line = e.parent();
        for (int level = 0; level < LINK_WRAPPERS && line != null && line.childrenSize() == 1
                && line.textNodes().stream().allMatch(TextNode::isBlank); level++) {
            line = line.parent(); // up through the wrappers around the place alone
        }
        if (link == null || line == null || line.nameIs("body") || line.text().length() > 150) {
            return null;
        }
        for (Element other : line.getElementsByTag("a")) {
            if (other != link && AUTHOR_PLACES.matches(line, other)) {
                return line;
            }
        }
        return null;
    }

    /** How many wrappers around an author's link alone are looked through for it. */
    private static final int LINK_WRAPPERS = 3;

    /** The first place inside {@code e} whose whole text is a credit line ("By Dana Whitcomb"); empty when none. */
    private static List<Author> innerCredit(Element e) {
        for (Element inner : Subtree.select(e, AUTHOR_PLACES)) {
            String text = inner.text();
            if (inner != e && text.length() < 80 && CREDIT_START.matcher(text).find()) {
                List<Author> found = named(inner, text);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The class of a box that holds a quotation ("pc-quote", "pull-quote", "zitat"); not "citation", which journals'
     * templates give the article's own header.
     */
    private static final Pattern QUOTATION_CLASS = Pattern.compile("(?i)(^|[-_ ])(quote|pullquote|zitat|testimonial)s?"
            + "($|[-_ ])");
    /** A word {@link #QUOTATION_CLASS} needs, in any ASCII case: most classes of a byline's ancestors hold none. */
    private static final Ascii.Words QUOTATION_WORDS = Ascii.Words.of("quote", "zitat", "testimonial");

    /**
     * A quotation's attribution ("<figcaption class=byline>Ilse Brandauer, head baker</figcaption>", "<p
     * class=pc-quote__author>Margarethe Solvik-Andersen, Executive Vice-President</p>"): who said it.
     */
    private static boolean quoted(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String classes = Attrs.get(p, "class");
            if (p.nameIs("blockquote") || !classes.isEmpty() && QUOTATION_WORDS.in(classes)
                    && QUOTATION_CLASS.matcher(classes).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} holds {@code e}. */
    private static boolean within(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The most names read from cards side by side in one author place. */
    private static final int MAX_PEERS = 6;

    /**
     * The first name in {@code e} ({@link #inner}) and the names in the elements made like its element (same tag,
     * same classes) after it in {@code e}: a place listing several authors' cards, each with its name and a role,
     * names them all.
     */
    private static List<Author> peers(Element e, Evaluator names) {
        List<Author> out = new ArrayList<>();
        Element first = null;
        for (Element name : e.select(names)) {
            String text = name.text();
            if (name == e || text.length() >= 80 || BOX_WORDS.matcher(text).find() || reviewer(name)
                    || first != null && (!name.normalName().equals(first.normalName())
                    || !name.className().equals(first.className()) || within(name, first))) {
                continue;
            }
            List<Author> found = named(name, text);
            if (!found.isEmpty()) {
                first = first == null ? name : first;
                out.addAll(found);
                if (out.size() >= MAX_PEERS) {
                    break;
                }
            }
        }
        return AuthorNames.dedupe(out);
    }

    /**
     * "author-articles", "author_posts": the list of the author's other pieces, not a byline. (Read here, not in the
     * selector: jsoup may match selector patterns with RE2, which has no look-ahead.)
     */
    private static final Pattern OTHER_PIECES = Pattern.compile("(?i)(^|[-_ ])(author|autor|writer)s?[-_](articles?"
            + "|posts?|stories|more|other|archive)($|[-_ ])");
    private static final Evaluator VCARD = QueryParser.parse(".vcard");
    private static final Evaluator ADDRESS_PARTS = QueryParser.parse(".adr, .street-address, .locality, "
            + ".postal-code");

    /**
     * The name on an organisation's address card (an hCard whose name is its {@code org}, beside an {@code adr}),
     * as a newsletter's footer prints the sender's mailing address: who sent it, not who wrote it.
     */
    private static boolean addressCard(Element e) {
        if (!e.hasClass("org")) {
            return false;
        }
        Element card = e.closest(VCARD);
        return card != null && Subtree.first(card, ADDRESS_PARTS) != null;
    }

    /**
     * The name heading an infobox: an hCard set as a table ({@code <table class="infobox vcard">}), as wikis describe
     * an article's subject, a person, a place or a building, not its writer.
     */
    private static boolean subjectCard(Element e) {
        Element card = e.closest(VCARD);
        return card != null && (card.nameIs("table") || card.hasClass("infobox"));
    }

    /** The first name in an element that holds a name: a heading, a name class, a profile link. */
    private static List<Author> inner(Element e, Evaluator names) {
        for (Element name : e.select(names)) {
            String text = name.text();
            if (name != e && text.length() < 80 && !BOX_WORDS.matcher(text).find()) {
                List<Author> found = named(name, text);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The person an author box's biography opens with, in a box whose markup names no one ("Jana Novak is a payroll
     * specialist who …"): a name of two to four capitalised words and then "is", "ist", "est" or the like.
     */
    private static final Pattern BIO_OPENING = Pattern.compile("((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)"
            + "\\s+(?:is|was|ist|war|est|était|es|fue|è|era|é|foi|is een|jest)\\s");

    private static List<Author> bioSubject(Element box) {
        int read = 0;
        for (Element p : Subtree.select(box, PARAGRAPH)) {
            Matcher m = BIO_OPENING.matcher(p.text());
            if (m.lookingAt() && AuthorNames.plausible(m.group(1))) {
                return List.of(Author.named(m.group(1)));
            }
            if (++read == 3) {
                break;
            }
        }
        return List.of();
    }

    /**
     * A link in a list of several links to author pages, like a menu of the site's columnists: a byline credits one or a
     * few people in a line, a roster of writers names none of them as this story's author.
     */
    private static boolean inRoster(Element a) {
        Element item = a.closest(LIST_ITEM);
        if (item == null || item.parent() == null) {
            return false;
        }
        int linked = 0;
        for (Element sibling : item.parent().children()) {
            Element link = sibling.nameIs("li") ? Subtree.first(sibling, LINK) : null;
            if (link != null && PROFILE_PATH.matcher(link.attr("href")).find() && ++linked >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hidden from the reader: "rich-snippet-hidden", "sr-only", "screen-reader-text", an inline display:none; not
     * Drupal's "field-label-hidden" or "field--label-hidden", which hides only the label of a field it shows. (The
     * words before "hidden" are spelt out, as RE2 reads the query too and has no look-behind.)
     */
    static final ScreenedQuery HIDDEN = ScreenedQuery.of("[class~=(?i)(^| |(^|[^l _-])[-_]{1,2}|(^|[^e])l[-_]{1,2}"
            + "|(^|[^b])el[-_]{1,2}|(^|[^a])bel[-_]{1,2}|(^|[^l])abel[-_]{1,2})(hidden|sr-only|visually-hidden"
            + "|screen-reader-text)($|[-_ ])], [style~=(?i)display\\s*:\\s*none]", Set.of(),
            ScreenedQuery.holds(new String[] {"class"}, "hidden", "sr-only", "screen-reader-text")
                    .or(ScreenedQuery.holds(new String[] {"style"}, "display")));
    private static final Pattern PROFILE_PATH = Pattern.compile("(?i)/(?:author|authors|autor|autoren|auteur|auteurs"
            + "|autore|redakteur|journalists?|profile|profil|writers?|staff|contributors?)/[^/?#]+/?$");
    /**
     * Who checked, edited or translated the story is not who wrote it: "Reviewed by", "Verified by", "Fact checked
     * by", "Edited by", "Translated from the German by". A label set in an element of its own runs into the name in
     * the text ("Fact checked byRuben Castellanos").
     */
    private static final Pattern REVIEWER = Pattern.compile("(?iu)^\\s*(?:(?:medically\\s+)?reviewed|verified"
            + "|fact[-\\s]?checked|edited|geprüft|überprüft|faktengeprüft)\\s+(?:by|von)(?:\\b|(?=\\p{Lu}))"
            // a label before the reviewer's name: "Scientific review: Dr Tomas Ekberg", "Medical reviewer: …"
            + "|^\\s*(?:scientific|medical|clinical|expert)\\s+review(?:er)?\\s*:"
            + "|^\\s*(?:translated|übersetzt"
            + "|traduit|traduite|traducido|traducida|tradotto|tradotta|vertaald)(?:\\s+\\S+){0,4}?\\s+(?:by|von|par|por"
            + "|da|door)\\b");

    /** The element names a reviewer: it or its line starts with "Reviewed by" or the like. */
    private static boolean reviewer(Element e) {
        Element line = e.parent();
        return !longerThan(e, 150) && REVIEWER.matcher(e.text()).find()
                || line != null && !longerThan(line, 150) && REVIEWER.matcher(line.text()).find();
    }

    /**
     * Where a photographer is credited: "Fot. PAP", "Photo: Jo Lee", {@code <span class="photo-author">}; and the
     * shoot's other hands: "Styled by", "Hair and make-up by", "Set design by".
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)^\\W*(?:fot\\.|fotos?\\b|photos?\\b"
            + "|photograph|bild(?:er)?\\b|zdj(?:\\.|ęci)|images?\\b|imagen\\b|crédits? photo|illustrat|infografi"
            + "|infographic|styl(?:ed|ing)\\b|hair\\b|make-?up\\b|set\\s+design)");
    private static final Ascii.Words PICTURE_MARKS = Ascii.Words.of("photo", "foto", "image", "picture", "bild",
            "illustrat");

    /**
     * A credit for a picture, not for the story: the place's own class or id names a photo or an illustration
     * ("photo-author", "image-credit", "illustrationCredit"), or its line opens with a photo or illustration credit.
     * Such a place names the photographer or the illustrator.
     */
    private static boolean pictureCredit(Element e, String text) {
        if (PICTURE_MARKS.in(e.className()) || PICTURE_MARKS.in(e.id())
                || PICTURE_CREDIT.matcher(text).lookingAt()) {
            return true;
        }
        // a profile link inside the credit line: "<p class=illustrationCredit>Illustration by <a …>Tamsin …</a></p>"
        Element line = e.parent();
        return e.nameIs("a") && line != null && !line.nameIs("body") && line.childrenSize() == 1
                && line.text().length() <= 150 && pictureCredit(line, line.text());
    }

    /**
     * A role naming the one who took the pictures, set after the name on an author's card: "Photographer",
     * "Fotograf", "Fotógrafa", the Northern Sami "Govvejeaddji", the Finnish "Kuvaaja", the Icelandic "Ljósmyndari".
     */
    private static final Pattern PHOTOGRAPHER_ROLE = Pattern.compile("(?iu)\\W*(?:photographer|photographe|fotograf"
            + "|fotografin|fotografo|fotografa|fotógrafo|fotógrafa|govvejeaddji|kuvaaja|ljósmyndari|videographer)\\W*");

    /** Whether {@code card}'s last element, after the name, gives a photographer's role. */
    private static boolean photographersCard(Element card) {
        Element role = card.lastElementChild();
        return card.childrenSize() >= 2 && role != null && role.text().length() <= 30
                && PHOTOGRAPHER_ROLE.matcher(role.text()).matches();
    }

    /** The original address of an archived copy: every link of an archived page is on the archive's host. */
    private static String archived(String url) {
        var m = ARCHIVED.matcher(url == null ? "" : url);
        return m.matches() ? m.group(1) : url;
    }

    /** A link to a page of the same site, not in a menu: a profile link of another site names no author here. */
    private static boolean sameSite(Element a, Document doc) {
        if (a.closest(MENUS) != null) {
            return false;
        }
        String href = archived(a.absUrl("href"));
        String base = archived(doc.location());
        try {
            String host = java.net.URI.create(href).getHost();
            String own = java.net.URI.create(base).getHost();
            return host == null || own == null || host.equalsIgnoreCase(own)
                    || host.endsWith("." + own.replaceFirst("^www\\.", ""))
                    || own.endsWith("." + host.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The agency of a dateline, for wire stories that credit no person: {@code <p>Hamburg (dpa/lno) – Trotz …</p>}
     * gives "dpa/lno", {@code <p>LONDON (Reuters) - Shares …</p>} gives "Reuters". Only the first paragraphs are read.
     */
    static List<Author> datelineAgency(Document doc) {
        int read = 0;
        for (Element p : PageIndex.of(doc).tag("p")) {
            if (++read > 40) {
                break;
            }
            String t = p.text();
            if (t.length() < 40) {
                continue;
            }
            var m = DATELINE.matcher(t);
            if (m.find() && !elsewhere(p, null)) {
                return List.of(Author.named(m.group(1)));
            }
        }
        return List.of();
    }

    private static final Evaluator ARTICLE_TAG = QueryParser.parse("article");
    /** "… is written by Oona Brekke on a small island": the capitalised name after "written by". */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?:^|\\s)(?iu:written|authored)\\s+by\\s+"
            + "(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){1,3})");

    /** Where a sentence ends: a full stop after a word, before the next. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2})\\.\\s+(?=\\p{Lu})");

    /**
     * The writer a site's footer names for all its posts ({@code <footer><p>Slow Kettle is written by Oona Brekke on
     * a small island.</p></footer>}), as a personal blog says who keeps it: read for a page that credits nobody
     * else, before the copyright line. Only the first sentence of each of the footer's lines is read, if short. A
     * footer is a {@code <footer>}, the {@code contentinfo} role or a block classed so ("email-footer" under a
     * newsletter's letter: "You're receiving this because you subscribed to Marsh Static, … written by Ines Varga").
     */
    static List<Author> footerWriter(Document doc) {
        PageIndex index = PageIndex.of(doc);
        List<Element> footers = new ArrayList<>(index.tag("footer"));
        footers.addAll(index.withRole("contentinfo"));
        footers.addAll(index.classedWith(PageIndex.ClassMarks.FOOTER));
        List<Element> read = new ArrayList<>();
        for (Element footer : footers) {
            if (read.stream().anyMatch(r -> ContentScorer.isAncestor(r, footer))) {
                continue; // a footer classed so inside one read already ("footer-widgets" in "site-footer")
            }
            read.add(footer);
            for (Element line : Subtree.all(footer)) {
                String own = line.ownText();
                if (own.isEmpty() || line.closest(ARTICLE_TAG) != null) {
                    continue;
                }
                // the note's first sentence: "Slow Ferry Notes is written by Odalys Fenn, a records clerk who …."
                String text = SENTENCE_END.split(line.text(), 2)[0];
                Matcher m = WRITTEN_BY.matcher(text);
                if (text.length() <= 200 && m.find()) {
                    List<Author> out = new ArrayList<>();
                    for (String n : AuthorNames.parse(m.group(1))) {
                        out.add(Author.named(n));
                    }
                    if (!out.isEmpty()) {
                        return out;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The copyright holder, the last resort for pages that credit nobody else: personal sites and company pages name
     * their author only there. {@code <footer><p>© 2012–2026 Gregory Sand. All rights reserved.</p></footer>} gives
     * "Gregory Sand". Picture credits (in figures and captions) are not read.
     */
    static List<Author> copyrightHolder(Document doc, String metaCopyright) {
        List<String> lines = new ArrayList<>();
        if (metaCopyright != null) {
            lines.add(metaCopyright);
        }
        for (Element e : doc.body() == null ? List.<Element>of() : PageIndex.of(doc).within(doc.body())) {
            if (!COPYRIGHT_PLACES.contains(e.normalName()) || !mayHoldCopyright(e)) {
                continue;
            }
            String own = e.ownText();
            if (own.length() < 200 && COPYRIGHT.matcher(own).find()
                    && e.closest(PICTURE_PLACES) == null) {
                String t = e.text();
                if (t.length() < 200) {
                    lines.add(t);
                }
                if (lines.size() > 3) {
                    break;
                }
            }
        }
        for (String line : lines) {
            var m = COPYRIGHT.matcher(line);
            if (!m.find()) {
                continue;
            }
            // "Copyright © 2026 Copyright Harbour Media": a year and the word again before the holder
            String rest = REPEATED.matcher(line.substring(m.end())).replaceFirst("");
            String holder = rest.replaceAll("\\b(?:19|20)\\d{2}\\b(?:\\s*[-–]\\s*(?:(?:19|20)\\d{2})?)?", " ");
            holder = COMPANY_FORM.matcher(RESERVED.split(holder, 2)[0]).replaceAll("$1. $2");
            List<String> names = AuthorNames.parse(holder);
            String site = names.size() < 2 ? null : MetaReader.firstOf(MetaReader.metaMap(doc), "og:site_name");
            if (site != null && site.strip().length() > 3 && holder.strip().regionMatches(true, 0, site.strip(), 0,
                    site.strip().length())) {
                return List.of(Author.named(site.strip())); // the site's own name is one holder: "Health & Care Union"
            }
            if (!coversWords(names, holder)) {
                continue; // "Halvorsen Museum of Art & Design": "Design" read from an institution's name
            }
            List<Author> out = new ArrayList<>();
            for (String n : names) {
                // after the first, one word is the holder's place or form: "…Collective, Oakland, California", "…, Inc"
                if (out.isEmpty() || n.strip().contains(" ")) {
                    out.add(Author.named(n));
                }
            }
            if (!out.isEmpty()) {
                return AuthorNames.dedupe(out);
            }
        }
        return List.of();
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    /**
     * Whether every capitalised word of {@code holder} up to its first comma is in one of the {@code names} read
     * from it: a holder the names reader cut short ("Halvorsen Museum of Art & Design" read as "Design") is an
     * institution's name, not people's. What follows a comma may be a place ("…, Oakland, California") or lower-case
     * words ("…, and contributors").
     */
    private static boolean coversWords(List<String> names, String holder) {
        String read = " " + String.join(" ", names) + " ";
        int comma = holder.indexOf(',');
        Matcher m = WORD.matcher(comma < 0 ? holder : holder.substring(0, comma));
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.codePointAt(0)) && !read.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the own text of {@code e} may hold a {@link #COPYRIGHT} mark, seen without building that text. */
    private static boolean mayHoldCopyright(Element e) {
        for (int k = 0; k < e.childNodeSize(); k++) {
            if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '©' || c == '(' && s.regionMatches(true, i, "(c)", 0, 3)
                            || (c == 'c' || c == 'C') && s.regionMatches(true, i, "copyright", 0, 9)
                            || c == '&' && s.regionMatches(true, i, "&copy;", 0, 6)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The names in {@code text}, each with the profile link of {@code e} when it has one: of several names, each
     * with the link that reads it ("par <a>Margaux Lefèvre</a> et <a>Théo Barrault</a>"), or none.
     */
    private static List<Author> named(Element e, String text) {
        Document doc = e.ownerDocument();
        List<String> names = AuthorNames.hanNamesApart(doc == null ? "" : MetaReader.htmlLang(doc),
                AuthorNames.parse(withoutLocalBy(e, text)));
        if (names.isEmpty()) {
            return new ArrayList<>(); // the link is resolved only for a line that names someone
        }
        List<Author> out = new ArrayList<>();
        if (names.size() > 1 && !e.is(LINK)) {
            for (String n : names) {
                out.add(new Author(asLinked(n, e), profile(linkReading(e, n))));
            }
            return AuthorNames.dedupe(out);
        }
        String url = profile(e.is(LINK) ? e : nameLink(e, names));
        for (String n : names) {
            out.add(new Author(asLinked(n, e), url));
        }
        return AuthorNames.dedupe(out);
    }

    /** The address {@code link} points to, or null for no link or none it resolves. */
    private static String profile(Element link) {
        String href = link == null ? "" : link.absUrl("href");
        return href.isEmpty() ? null : href;
    }

    /** The link in {@code e} whose text holds {@code name} ("Dr. Ann Roe" for "Ann Roe"); null when none does. */
    private static Element linkReading(Element e, String name) {
        for (Element a : Subtree.select(e, LINK)) {
            if (a.text().contains(name)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The link of a credit that reads one of {@code names}, else its first: "Beitrag von <a>r23</a>" after a link to
     * the post itself links the writer's profile; a link to the post's category or tag ("Posted in <a
     * rel="category tag">Datenschutz</a> by damianduchamps") links no one.
     */
    private static Element nameLink(Element e, List<String> names) {
        Element first = null;
        for (Element a : Subtree.select(e, LINK)) {
            if (names.contains(a.text().strip())) {
                return a;
            }
            first = first == null && !TAXONOMY_REL.matcher(Attrs.get(a, "rel")).find() ? a : first;
        }
        return first;
    }

    /** The {@code rel} of a link to a post's category or tag page. */
    private static final Pattern TAXONOMY_REL = Pattern.compile("(?i)\\b(?:category|tag)\\b");

    /**
     * The word joining two names in the languages of {@link #LOCAL_BY} ("Ni Ana Villanueva at Roberto Magsino"), as
     * a pattern over the names after the opener: read only there, where "at" is no English preposition.
     */
    private static final Map<String, Pattern> LOCAL_AND = Map.of("fil", localAnd("at"), "tl", localAnd("at"),
            "id", localAnd("dan"), "ms", localAnd("dan"), "sw", localAnd("na"), "yo", localAnd("àti"),
            "gd", localAnd("agus"), "lg", localAnd("ne"), "tn", localAnd("le"), "cy", localAnd("(?:a|ac)"));

    private static Pattern localAnd(String word) {
        return Pattern.compile("\\s+" + word + "\\s+(?=\\p{Lu})");
    }

    /**
     * The names a local credit gives after its opener ({@code credit}, on a page declared {@code lang}), their
     * language's "and" read as the names reader's.
     */
    static String localNames(String lang, String credit) {
        Pattern and = LOCAL_AND.get(Scripts.primary(lang));
        return and == null ? credit : and.matcher(credit).replaceAll(" and ");
    }

    /** The credit opener {@link #LOCAL_BY} gives a page declared {@code lang}, as a pattern to look at; or null. */
    static Pattern localCredit(String lang) {
        return LOCAL_CREDIT.get(Scripts.primary(lang));
    }

    /**
     * The credit without the {@link #LOCAL_BY} word that opens it, on a page declared in its language; and without
     * "Oleh:" with its colon on any page, where "Oleh Petrenko" stays a Ukrainian name.
     */
    private static String withoutLocalBy(Element e, String text) {
        Document doc = e.ownerDocument();
        String lang = doc == null ? "" : MetaReader.htmlLang(doc);
        Pattern credit = doc == null ? null : LOCAL_CREDIT.get(Scripts.primary(lang));
        Matcher local = credit == null ? null : credit.matcher(text);
        if (local != null && local.lookingAt()) {
            return localNames(lang, text.substring(local.end()));
        }
        Matcher m = OLEH.matcher(text);
        return m.lookingAt() && m.group(1) != null ? text.substring(m.end()) : text;
    }

    /** The address of an author's page: "/author/mara-lind/", "/authors/theo-grant", "/people/omar-haddad". */
    private static final Pattern AUTHOR_PATH = Pattern.compile("(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autore"
            + "|people|profile|profil|writers?|staff|journalists?|contributors?|redakteure?|team)/");

    /** A news agency's code, as its stories credit it: "IBE", "AFP", "ANSA". */
    private static final Pattern AGENCY_CODE = Pattern.compile("\\p{Lu}{2,6}");

    /**
     * The name as one of the author links in {@code e} gives it, when the line runs on past it into words of its own:
     * "Theo Grant Local Democracy" read from {@code <a rel=author>Theo Grant</a> <span>Local Democracy Reporter</span>}
     * is "Theo Grant".
     */
    private static String asLinked(String name, Element e) {
        for (Element a : e.is(LINK) ? List.of(e) : Subtree.select(e, LINK)) {
            String linked = a.text().strip();
            if (!a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("author")
                    && !AUTHOR_PATH.matcher(a.attr("href")).find() && !namesItsPage(a.attr("href"), linked)) {
                continue; // the publisher's or a section's link, not the author's
            }
            if (linked.indexOf(' ') > 0 && name.startsWith(linked + " ")) {
                return linked;
            }
        }
        // or as an author place inside it gives it: "<a data-automation-id=authorBylineName>Tamsin Okereke</a>
        // <div>Internal Communications Partner</div>"; an agency's code in capitals before its town too ("<span
        // class=author-name>IBE</span> <span class=place>Logroño</span>")
        for (Element inner : Subtree.select(e, AUTHOR_PLACES)) {
            String named = inner.text().strip();
            if (inner != e && (named.indexOf(' ') > 0 || AGENCY_CODE.matcher(named).matches())
                    && name.startsWith(named + " ")) {
                return named;
            }
        }
        return name;
    }

    /**
     * Whether the last segment of the path of {@code href} spells {@code text} ("/about-us/our-team/rhiannon-castell/"
     * for "Rhiannon Castell"): a page of its own for what the link names, such as a person's profile under any path.
     */
    static boolean namesItsPage(String href, String text) {
        String path = href;
        int cut = indexOfAny(path, "?#");
        path = cut < 0 ? path : path.substring(0, cut);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return !slug.isEmpty() && slug.indexOf('-') > 0 && last.equalsIgnoreCase(slug);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The names opening the cards after a credit label, two or more made alike (same element, same classes, each
     * opening with a name on a line of its own): "<h2>Written by</h2><div class=card><p>Priya Raman</p><p>Staff
     * Engineer</p></div><div class=card>…". The label may sit alone in wrappers of its own, and the cards in one row
     * after them, as page builders nest each text in a frame ({@code <div><p>Written by</p></div><div class=row><div
     * class=card>…}). Empty when no such cards follow.
     */
    private static List<Author> labelledCards(Element label) {
        Element at = label;
        while (at.nextElementSibling() == null && at.parent() != null && at.parent().childrenSize() == 1) {
            at = at.parent();
        }
        Element first = at.nextElementSibling();
        if (first != null && !alike(first, first.nextElementSibling()) && first.childrenSize() >= 2
                && alike(first.child(0), first.child(1))) {
            first = first.child(0); // the row of cards
        }
        List<Author> out = new ArrayList<>();
        for (Element card = first; card != null && out.size() < MAX_PEERS; card = card.nextElementSibling()) {
            if (!alike(card, first)) {
                break;
            }
            Element name = TextProbe.firstTextHolder(card);
            List<String> names = name == null ? List.of() : AuthorNames.parse(name.text());
            if (names.size() != 1) {
                return List.of();
            }
            out.add(Author.named(names.get(0)));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Whether {@code a} and {@code b} are made alike: the same element with the same classes. */
    /** A label over writers' cards: {@link #LABEL_ONLY}, or the word for authors ("Authors", "Autoren"). */
    private static final Pattern CARDS_LABEL = Pattern.compile(LABEL_ONLY.pattern()
            + "|(?iu)\\s*(?:authors|autoren|auteurs|autori|autores)\\s*:?\\s*");

    /**
     * The writers' cards around {@code place} when it sits in one of several cards made alike under a credit label, or
     * opens with the label over them ("<h2>Authors</h2><div><article class=card><h3><a>Eleanor Whitcombe</a></h3>…
     * </article><article class=card>…"): each card's name, where the place named only the first; empty otherwise.
     */
    private static List<Author> labelledCardsAround(Element place) {
        Element opening = place.firstElementChild(); // the place may be the section the label opens
        if (opening != null && CARDS_LABEL.matcher(opening.text()).matches()) {
            return labelledCards(opening);
        }
        for (Element card = place; card.parent() != null && !card.parent().nameIs("body"); card = card.parent()) {
            Element other = card.nextElementSibling() != null ? card.nextElementSibling()
                    : card.previousElementSibling();
            if (alike(card, other)) {
                Element label = card.parent().previousElementSibling();
                return label != null && CARDS_LABEL.matcher(label.text()).matches() ? labelledCards(label)
                        : List.of();
            }
        }
        return List.of();
    }

    private static boolean alike(Element a, Element b) {
        return b != null && a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /**
     * The name a place sets in bold on a line of its own, its role on the next ({@code <p class=reporter-name>
     * <strong>ප්‍රියන්ත කුමාර</strong><br>තංගල්ල ප්‍රාදේශීය වාර්තාකරු</p>}); null when the place opens otherwise.
     */
    private static Element boldNameOverItsRole(Element e) {
        Element bold = e.firstElementChild();
        Element br = bold == null ? null : bold.nextElementSibling();
        if (bold == null || br == null || !(bold.nameIs("strong") || bold.nameIs("b")) || !br.nameIs("br")
                || bold.previousSibling() instanceof TextNode t && !t.isBlank()) {
            return null;
        }
        Node after = br.nextSibling();
        return after instanceof TextNode t && !t.isBlank() && br.nextElementSibling() == null ? bold : null;
    }

    /** The text of {@code e} before its first line break ({@code <br>}). */
    static String firstLine(Element e) {
        List<String> lines = lines(e, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** Whether one of {@code e}'s own children is a {@code <br>}: its text is set in lines. */
    private static boolean breaksLines(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element br && br.nameIs("br")) {
                return true;
            }
        }
        return false;
    }

    /** The most text a signature block of a few lines holds: a label, a name, a role, an office, a phone number. */
    private static final int SIGNATURE_BLOCK_MAX = 250;

    /** A line that goes on with the names of the line before: "and Bo Lindqvist", "& Tom Poe", "und Lea Vogt". */
    private static final Pattern NAMES_GO_ON = Pattern.compile("(?iu)(?:and|&|und|et|y|e|en|og|och|i|,)\\s.*");

    /**
     * The credit a place's first line gives, when its {@code <br>}s set the writer's affiliation or title on the
     * lines under it ("By Lorraine Becker<br>Keystone Features", the syndicate that sells the column): the first
     * line, and the lines after it that go on with more names ({@link #NAMES_GO_ON}). {@code text} as it is when
     * the place has one line, or its first opens with no credit word or names no one ("By<br>Lorraine Becker").
     */
    private static String creditLines(Element e, String text) {
        if (e.getElementsByTag("br").isEmpty()) {
            return text;
        }
        List<String> lines = lines(e, 4);
        if (lines.size() < 2 || !CREDIT_START.matcher(lines.get(0)).find()
                || AuthorNames.parse(lines.get(0)).isEmpty()) {
            return text; // a card's name over its role ("Sanne Vermeulen<br>Maintainer"), read with the cards beside
        }
        StringBuilder credit = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size() && NAMES_GO_ON.matcher(lines.get(i)).matches(); i++) {
            credit.append(' ').append(lines.get(i));
        }
        return credit.toString();
    }

    /** The first {@code most} lines of {@code e}'s text that hold some, as its {@code <br>}s break it. */
    private static List<String> lines(Element e, int most) {
        List<String> lines = new ArrayList<>(most);
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element br && br.nameIs("br") && !b.toString().isBlank()) {
                    lines.add(b.toString().strip());
                    b.setLength(0);
                    return lines.size() == most ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode text) {
                    b.append(text.text());
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (lines.size() < most && !b.toString().isBlank()) {
            lines.add(b.toString().strip());
        }
        return lines;
    }

    /**
     * Short lines that credit someone: "By Mara Lind", "Ein Artikel von Pamela Berg | 27.01.2022", "Datum: 03.11.2021
     * Autor: Peter Maahn", "Posted on September 21, 2020 by Adi Tal", and a label element followed by the name
     * ({@code <h5>Autor:</h5> Peter Maahn}).
     */
    private static List<Author> authorLines(Document doc, Element h1) {
        int seen = 0;
        TextStats stats = PageIndex.of(doc).textStats();
        // the probe words are Latin: on a page declared in a language of other letters (Chinese, Russian, Greek…)
        // every short line is read
        String lang = MetaReader.htmlLang(doc);
        boolean otherLetters = !lang.isBlank() && !Scripts.writes(lang, Scripts.Script.LATIN);
        TextProbe.Words labels = MORE_LABEL_LANGUAGES.contains(Scripts.primary(lang)) ? MORE_LABEL_WORDS : LABEL_WORDS;
        Pattern localCredit = LOCAL_CREDIT.get(Scripts.primary(lang));
        TextProbe.Words openers = LOCAL_OPENERS.getOrDefault(Scripts.primary(lang), CREDIT_OPENERS);
        for (Element e : PageIndex.of(doc).tags(AUTHOR_LINE_TAGS)) {
            if (stats.text(e) > 80 && stats.text(e) <= 400) {
                // "Written by <strong>Marguerite Okafor</strong> who lives and works in Duluth …": a blog's bio line
                List<Author> led = ledByCredit(e, h1);
                if (!led.isEmpty()) {
                    return led;
                }
            }
            if (stats.text(e) > 0 && stats.text(e) <= SIGNATURE_BLOCK_MAX && breaksLines(e)
                    && TextProbe.mayHold(e, labels)) {
                // a release's signature block, its label on a line of its own: "Submitted by:<br>Renee Vosberg<br>
                // Public Information Officer<br>Bramwell County Sheriff's Office<br>641-555-0143"
                List<String> lines = lines(e, 2);
                if (lines.size() == 2 && LABEL_ONLY.matcher(lines.get(0)).matches() && !elsewhere(e, h1)) {
                    List<Author> found = named(e, lines.get(1));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            if (stats.text(e) > 120 || stats.text(e) == 0 || moreChildrenThan(e, 6)
                    || stats.wrapsOne(e, AUTHOR_LINE_TAGS)) {
                continue;
            }
            if (!otherLetters && !TextProbe.mayStartWith(e, openers) && !TextProbe.mayHold(e, labels)) {
                continue; // neither a credit nor a label can match: the three patterns below all need such a word
            }
            String t = e.text();
            if (t.length() < 3 || t.length() >= 120) {
                continue;
            }
            String credit = null;
            if (isFieldLabel(e, t)) {
                // Drupal's inline field: "<div class=field__label>Tekst</div><div class=field__item>Mari-Liis
                // Kask</div>", the colon set by the style sheet
                Element item = e.nextElementSibling();
                credit = item == null || stats.text(item) > FIELD_ITEM_MAX ? null : item.text();
            } else if (LABEL_ONLY.matcher(t).matches()) {
                // "<h2>Written by</h2>" over author cards made alike: the name each card opens with
                List<Author> cards = labelledCards(e);
                if (!cards.isEmpty() && !elsewhere(e, h1)) {
                    return cards;
                }
                credit = followingText(e);
            } else if (CREDIT_START.matcher(t).find() || localCredit != null && localCredit.matcher(t).lookingAt()) {
                // "<b>By Lorna Vandekamp</b><br><i>Courier Editor</i>": the name ends with its line
                credit = e.getElementsByTag("br").isEmpty() ? t : firstLine(e);
            } else {
                var korean = KOREAN_BYLINE.matcher(t);
                var label = CREDIT_LABEL.matcher(t);
                if (korean.find()) {
                    credit = korean.group(1);
                } else if (mayLabel(t) && label.find()) {
                    credit = t.substring(label.end());
                }
            }
            if (credit == null || elsewhere(e, h1) || e.closest(PageIndex.evaluator("pre, code")) != null) {
                continue;
            }
            List<Author> found = named(e, credit);
            if (!found.isEmpty()) {
                return found;
            }
            if (++seen > 8) {
                break;
            }
        }
        return List.of();
    }

    /** The words opening a sentence that credits the name after them: "Written by", "By", "Von". */
    private static final Pattern LEADING_CREDIT = Pattern.compile("(?iu)\\s*(?:written\\s+by|geschrieben\\s+von"
            + "|écrit\\s+par|escrito\\s+por|by|von|par|por)\\s*");
    private static final Set<String> NAME_TAGS = Set.of("strong", "b", "a");

    /**
     * The name set apart right after the credit opening {@code e}'s text ({@code Written by <strong>Name</strong> who
     * …}): a sentence about the writer that starts with the credit. Empty when {@code e} opens otherwise.
     */
    private static List<Author> ledByCredit(Element e, Element h1) {
        if (e.childNodeSize() < 2 || !(e.childNode(0) instanceof TextNode opening)
                || !(e.childNode(1) instanceof Element name) || !NAME_TAGS.contains(name.normalName())
                || !LEADING_CREDIT.matcher(opening.getWholeText()).matches() || elsewhere(e, h1)) {
            return List.of();
        }
        String text = name.text();
        return text.length() > 60 ? List.of() : named(name, text);
    }

    /** {@code e.childrenSize() > limit}, counted without building the list of children. */
    private static boolean moreChildrenThan(Element e, int limit) {
        int n = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element && ++n > limit) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} holds a word {@link #CREDIT_LABEL} needs: most lines don't, and skip the pattern. */
    private static boolean mayLabel(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        for (String stem : LABEL_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The text after a label element, up to the next line break or block: {@code <b>Von:</b> Anna Berg<br>}. */
    private static String followingText(Element label) {
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.Node n = label.nextSibling(); n != null && b.length() < 100; n = n.nextSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode tn) {
                b.append(tn.text());
            } else if (n instanceof Element el) {
                if (el.nameIs("br") || el.isBlock()) {
                    if (!b.toString().isBlank() || el.isBlock() && el.hasText()) {
                        break; // the name's line ended; or the label heads a section of other text (a sidebar's bio)
                    }
                    continue;
                }
                b.append(' ').append(el.text());
            }
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A date written in the byline or near it: absolute first, else relative to {@code fetchedAt}, counted on the
     * page's clock ({@code zone}): "gestern" on a German page fetched at 23:30 UTC is the day before the Berlin day
     * then begun.
     */
    static DatedValue date(Document doc, ZoneId zone, OffsetDateTime fetchedAt) {
        return date(doc, zone, fetchedAt, null);
    }

    /**
     * As {@link #date(Document, ZoneId, OffsetDateTime)}, with the day the page's address names ({@code addressDay},
     * or null): a phrase that counts whole days ("2 days ago") leaves the day open by one, and the address settles it.
     */
    static DatedValue date(Document doc, ZoneId zone, OffsetDateTime fetchedAt, java.time.LocalDate addressDay) {
        DatedValue[] shown = new DatedValue[1];
        DateParser.Numeric numeric = VisibleDates.numeric(doc);
        OffsetDateTime fetchedHere = fetchedAt == null ? null : fetchedAt.atZoneSameInstant(zone).toOffsetDateTime();
        // the date places in document order, as far as the first that shows a date; then the byline lines
        if (PageIndex.of(doc).anyMatch(DATE_PLACES,
                e -> (shown[0] = placeDate(e, zone, fetchedHere, numeric, addressDay)) != null)) {
            return shown[0];
        }
        for (Element e : bylineLines(doc)) {
            DatedValue d = placeDate(e, zone, fetchedHere, numeric, addressDay);
            if (d != null) {
                return d;
            }
        }
        return postedLine(doc, zone, numeric);
    }

    private static final TextProbe.Words POSTED_OPENERS = TextProbe.Words.of("posted", "published");
    /** A line saying when the post went up, and nothing else: "Posted on 31 October 2026". */
    private static final Pattern POSTED_LINE = Pattern.compile("(?iu)\\s*(?:posted|published)(?:\\s+on)?\\s*:?\\s+");
    /** The longest such line. */
    private static final int POSTED_LINE_MAX = 60;
    /** A weekday's name before the date, one word and a comma: "Thursday, ", "Do., ". */
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("\\p{L}{2,12}\\.?,?\\s+");

    /**
     * The date of a line of its own that says when the post went up ("Posted on 31 October 2026"), wherever it stands
     * but in comments: a blog generator may set it only in the sidebar's card about the post. A last resort, after
     * the byline places and lines.
     */
    private static DatedValue postedLine(Document doc, ZoneId zone, DateParser.Numeric numeric) {
        TextStats stats = PageIndex.of(doc).textStats();
        for (Element e : PageIndex.of(doc).tags(BYLINE_TAGS)) {
            if (stats.text(e) > POSTED_LINE_MAX || stats.text(e) == 0 || !TextProbe.mayStartWith(e, POSTED_OPENERS)) {
                continue;
            }
            String t = e.text();
            Matcher m = POSTED_LINE.matcher(t);
            if (!m.lookingAt() || inComments(e)) {
                continue;
            }
            String rest = t.substring(m.end());
            DateParser.Found found = DateParser.find(rest, zone, numeric);
            if (found != null && (found.start() == 0
                    || WEEKDAY_FIRST.matcher(rest.substring(0, found.start())).matches())) {
                return new DatedValue(found.value(), DateSource.BYLINE); // "Posted Thursday, November 19, 2026"
            }
        }
        return null;
    }

    /**
     * The date a byline place shows, absolute or relative to {@code fetchedAt}; null if none or if it is a comment's.
     * Numeric dates read as the page writes them ({@code numeric}: month first in US English, Solar Hijri on a
     * Persian page), as the dates by the headline do.
     */
    private static DatedValue placeDate(Element e, ZoneId zone, OffsetDateTime fetchedAt,
            DateParser.Numeric numeric, java.time.LocalDate addressDay) {
        if (inComments(e) || TODAY_MARKS.in(e.className()) || e.closest(NAV) != null) {
            // a comment's date; the site's "today" in its top bar ("topbar-today-date"), or in its navigation ("<nav
            // class='has-date-breaking-components'>")
            return null;
        }
        String text = e.text();
        if (text.length() > 200) {
            return null;
        }
        DateParser.Found found = DateParser.find(text, zone, numeric);
        Optional<OffsetDateTime> d = found == null ? Optional.empty() : Optional.of(found.value());
        if (d.isEmpty()) {
            d = tooltipDate(e, zone, numeric);
        }
        if (d.isEmpty()) {
            d = RelativeDates.resolve(text, fetchedAt, addressDay);
        }
        if (d.isEmpty()) {
            d = RelativeDates.compact(text, fetchedAt);
        }
        if (d.isPresent() && addressDay != null && d.get().toLocalDate().isAfter(addressDay)
                && UPDATE_LABEL.matcher(text).find() && !VisibleDates.PUBLISHED.matcher(text).find()) {
            return null; // "last modified by … 5 hours ago" on a page whose address names the day it went up
        }
        if (d.isPresent() && VisibleDates.future(d.get(), fetchedAt)) {
            return null; // "rolls close at 8 pm on Monday 30 November" in an alert bar: a deadline, after the fetch
        }
        return d.map(value -> new DatedValue(value, DateSource.BYLINE)).orElse(null);
    }

    private static final Evaluator NAV = QueryParser.parse("nav");
    /** The class words of a top bar's date of the day: "topbar-today-date", "current-date". */
    private static final Ascii.Words TODAY_MARKS = Ascii.Words.of("today", "current-date", "current_date",
            "currentdate");

    /** The longest tooltip read for a date. */
    private static final int TOOLTIP_MAX = 80;

    /**
     * The full date a place's tooltip gives when its text gives none or a short one: {@code <span class="byline-time"
     * title="Saturday, November 28, 2026 at 1:54 AM">3h</span>}, the microformat's {@code <abbr class="published"
     * title="2026-11-20T09:00:00+01:00">20 November</abbr>}.
     */
    private static Optional<OffsetDateTime> tooltipDate(Element e, ZoneId zone, DateParser.Numeric numeric) {
        String title = e.attributesSize() == 0 ? "" : e.attr("title");
        if (title.isEmpty() || title.length() > TOOLTIP_MAX) {
            return Optional.empty();
        }
        DateParser.Found found = DateParser.find(title, zone, numeric);
        return found == null ? Optional.empty() : Optional.of(found.value());
    }

    /** A word saying a date is when the page last changed. */
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?iu)\\b(?:updated|modified|edited|revised"
            + "|aktualisiert|geändert|mis à jour|mise à jour|actualizado|atualizado|aggiornato|bijgewerkt|päivitetty"
            + "|zaktualizowano)\\b|更新|수정");

    private static List<Element> bylineLines(Document doc) {
        List<Element> out = new ArrayList<>();
        TextStats stats = PageIndex.of(doc).textStats();
        for (Element e : PageIndex.of(doc).tags(BYLINE_TAGS)) {
            if (stats.text(e) > 120 || stats.text(e) == 0 || moreChildrenThan(e, 6) || stats.wrapsOne(e, BYLINE_TAGS)
                    || !TextProbe.mayStartWith(e, CREDIT_OPENERS)) {
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

    /** Whether {@code e} is in a comment section, or is one ({@link #DISCUSSION_PLACES}). */
    static boolean inDiscussion(Element e) {
        return closestBelowBody(e, DISCUSSION_PLACES) != null;
    }

    /**
     * In comments, or in a teaser, a related list, an aside or a footer that is not the story's own: a teaser block
     * that holds the headline is the story's header, a footer inside the {@code <article>} is the story's footer.
     */
    private static boolean elsewhere(Element e, Element h1) {
        if (inDiscussion(e)) {
            return true;
        }
        if (otherArticle(e, h1)) {
            return true;
        }
        // from the parent up: "teaser-cat" on the credit itself says how it looks, not that it is another story's
        Element block = e.parent() == null ? null : closestBelowBody(e.parent(), ELSEWHERE_PLACES);
        if (block == null) {
            return false;
        }
        if (h1 != null && (block == h1 || h1.parents().contains(block))) {
            return false;
        }
        if (!(block.nameIs("footer") || block.nameIs("aside"))) {
            return true;
        }
        // the footer of an article that is itself a teaser or a related story belongs to that other story
        Element story = block.closest(ARTICLE);
        return story == null || story.closest(TEASER) != null && (h1 == null || !h1.parents().contains(story));
    }

    /**
     * Whether {@code e} is in an {@code <article>} other than the one holding the headline: a card of another story
     * (an "Editor's picks" carousel above the story, made of the site's teaser cards) credits that story's writer.
     */
    private static boolean otherArticle(Element e, Element h1) {
        Element story = h1 == null ? null : h1.closest(ARTICLE);
        if (story == null) {
            return false;
        }
        Element around = e.closest(ARTICLE);
        return around != null && around != story && !around.parents().contains(story)
                && !story.parents().contains(around);
    }

    private static final Evaluator ARTICLE = PageIndex.evaluator("article");
    private static final Evaluator TEASER = QueryParser.parse("[class~=(?i)related], [class~=(?i)teaser]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private static final Evaluator LIST_ITEM = QueryParser.parse("li");
    private static final java.util.Set<String> COPYRIGHT_PLACES = java.util.Set.of("p", "small", "span", "div", "li",
            "td", "footer");
    /** Where a credit line can sit: the elements of these names, in document order. */
    private static final java.util.Set<String> AUTHOR_LINE_TAGS = java.util.Set.of("p", "span", "div", "li",
            "address", "strong", "em", "b", "small", "h2", "h3", "h4", "h5", "h6", "dd", "td", "font");
    private static final java.util.Set<String> BYLINE_TAGS = java.util.Set.of("p", "span", "div", "li", "address",
            "strong", "em", "b", "small");

    /**
     * Whether the text of {@code e} is longer than {@code limit} characters, found without building it: the walk
     * stops as soon as the limit is passed, so a page-wrapping div costs no more than a short line.
     */
    static boolean longerThan(Element e, int limit) {
        int[] seen = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    seen[0] += TextStats.nonSpace(t.getWholeText()); // fewer than text() has, never more
                }
                return seen[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return seen[0] > limit;
    }

    static boolean inComments(Element e) {
        return closestBelowBody(e, COMMENT_PLACES) != null;
    }

    /**
     * {@code e} or its nearest ancestor that {@code query} matches, short of the body: the classes of {@code <body>}
     * and {@code <html>} set up the whole page ("tweak-blog-item-comments", "has-related-posts"), they mark no part
     * of it.
     */
    private static Element closestBelowBody(Element e, org.jsoup.select.Evaluator query) {
        Element root = e.ownerDocument() != null ? e.ownerDocument() : e.root(); // is(query) would find it per step
        for (Element a = e; a != null && !a.nameIs("body") && !a.nameIs("html"); a = a.parent()) {
            if (query.matches(root, a)) {
                return a;
            }
        }
        return null;
    }
}
