package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it, word by word.
 *
 * <p>{@code <div class="share-bar">} is {@link Kind#BOILERPLATE} ("share"), {@code <div class="site-header">}
 * is {@link Kind#CHROME} ("header"), {@code <div class="entry-content">} is {@link Kind#CONTENT}. Words are split
 * on punctuation and camelCase, so {@code commentList} and {@code comment-list} both say "comment".
 */
final class Hints {
    enum Kind { DISCUSSION, BOILERPLATE, CHROME, CONTENT, NONE }

    /** Comment sections: removed wherever found (unless they hold the article element itself), however long. */
    private static final Set<String> DISCUSSION = Set.of("comment", "comments", "commentlist", "kommentare",
            "kommentar", "commentaires", "comentarios", "disqus", "respond", "replies", "reactions");
    /** Never the article: removed unless they hold the article element or most of the page's running text. */
    private static final Set<String> BOILERPLATE = Set.of("cookie", "cookies", "consent",
            "gdpr", "cmp", "newsletter", "subscribe", "subscription", "abo", "share", "shares", "sharing", "shariff",
            "sharebar", "social", "socials", "socialmedia", "sociable", "related", "recommended", "recommendation",
            "recommendations", "outbrain", "taboola", "plista", "sponsor", "sponsored", "ad", "ads", "adsense",
            "advert", "advertisement", "advertising", "anzeige", "werbung", "dfp", "adslot", "adunit", "paywall",
            "popup", "modal", "overlay", "banner", "promo", "promotion", "donate", "donation", "breadcrumb",
            "breadcrumbs", "skiplink", "skip", "print", "toolbar", "rating", "poll", "survey", "signup", "login",
            "signin", "register", "pagination", "pager", "authorbox", "avatar", "follow", "jump", "lightbox",
            "mostread", "mostpopular", "trending", "weitere", "empfehlungen", "feedback",
            "sronly", "screenreader", "visuallyhidden", "offscreen", "tooltip", "notification", "affiliate",
            "disclaimer", "placeholder");
    /** Page chrome: removed unless they hold much of the page's text. */
    private static final Set<String> CHROME = Set.of("nav", "navbar", "navigation", "menu", "header", "masthead",
            "footer", "sidebar", "aside", "widget", "widgets", "teaser", "teasers", "tags", "tag", "tagcloud",
            "topics", "bio", "author", "byline", "meta", "postmeta", "entrymeta", "dateline", "timestamp", "date",
            "more", "links", "linklist", "nextprev", "prevnext", "hidden", "hide", "invisible", "noprint",
            "dropdown", "search", "rail", "infobox", "box", "boxes", "carousel", "slider", "gallery", "video",
            "player", "newsticker", "ticker", "sitemap", "copyright", "legal", "contact", "logo", "postmetadata",
            "categories", "category", "archive", "calendar", "community", "extra", "extras", "tools", "utility",
            "actions", "icons", "credits", "subline", "kicker", "sticky", "fixed", "flyout", "submenu", "list",
            "listing", "cards", "card", "grid", "module", "storylist", "feed");
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry",
            "entrycontent", "main", "post", "postbody", "postcontent", "story", "storybody", "text", "blog",
            "hentry", "artikel", "inhalt", "beitrag", "richtext", "prose", "copy", "paragraph", "longform");

    /**
     * Class tokens that name the post's taxonomy, not the block's role: WordPress puts {@code category-news
     * tag-harbour format-standard} on the article element itself.
     */
    private static final String[] TAXONOMY = {"category-", "tag-", "format-", "status-", "type-", "post_tag-",
        "topic-"};
    /** Consent and cookie banners under any of the names consent tools give them ("cookiebanner", "cmplz-…"). */
    private static final String[] CONSENT_STEMS = {"cookie", "consent", "gdpr", "dsgvo", "cmplz", "borlabs", "brlbs",
        "onetrust", "didomi", "usercentrics", "cookiebot"};
    /**
     * Boilerplate that is a widget of its own, never a wrapper the story sits in ("has-ads" and "paywall" can be). A
     * "placeholder" stands in for an embed the reader has not let load yet, with the consent tool's text.
     */
    private static final Set<String> WIDGETS = Set.of("login", "signin", "signup", "register", "newsletter",
            "subscribe", "subscription", "popup", "modal", "overlay", "dialog", "poll", "survey", "rating",
            "feedback", "notification", "tooltip", "donate", "donation", "lightbox", "toolbar", "pagination", "pager",
            "affiliate", "disclaimer", "placeholder");

    private Hints() {
    }

    static Kind of(Element e) {
        if (saysNothing(e)) {
            return Kind.NONE;
        }
        String role = e.attr("role");
        // the words in the order they are read: classes, id, a custom element's name, role; the first deciding word
        // settles it
        Said classes = said(CLASS_WORDS, e.className(), true);
        Said id = said(NAME_WORDS, e.id(), false);
        Said tag = isCustomElement(e) ? said(NAME_WORDS, e.normalName(), false) : Said.NOTHING;
        Said roleWords = said(NAME_WORDS, role, false);
        Kind decisive = classes.decisive() != null ? classes.decisive() : id.decisive() != null ? id.decisive()
                : tag.decisive() != null ? tag.decisive() : roleWords.decisive();
        if (decisive != null) {
            return decisive;
        }
        role = role.toLowerCase(Locale.ROOT);
        boolean chrome = role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                || role.equals("complementary") || role.equals("search") || role.equals("menu");
        if (chrome || classes.chrome() || id.chrome() || tag.chrome() || roleWords.chrome()) {
            return Kind.CHROME;
        }
        return classes.content() || id.content() || tag.content() || roleWords.content() ? Kind.CONTENT : Kind.NONE;
    }

    /**
     * What the words of one class list, id or role say: the first word that decides the kind on its own (a
     * discussion, boilerplate or consent word), and whether any names chrome or content.
     */
    private record Said(Kind decisive, boolean chrome, boolean content) {
        static final Said NOTHING = new Said(null, false, false);
    }

    /**
     * Class lists repeat across a page and across a site's pages ("menu-item menu-item-type-post_type"), so each is
     * read once; the memo is emptied when full, which bounds it whatever the pages hold.
     */
    private static final int MAX_REMEMBERED = 20_000;
    private static final Map<String, Said> CLASS_WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Said> NAME_WORDS = new ConcurrentHashMap<>();

    private static Said said(Map<String, Said> memo, String mark, boolean classes) {
        if (mark.isEmpty()) {
            return Said.NOTHING;
        }
        Said s = memo.get(mark);
        if (s == null) {
            List<String> words = new ArrayList<>();
            if (classes) {
                classWords(mark, words);
            } else {
                words(mark, 0, mark.length(), words);
            }
            s = said(words);
            if (memo.size() >= MAX_REMEMBERED) {
                memo.clear();
            }
            memo.put(mark, s);
        }
        return s;
    }

    private static Said said(List<String> words) {
        boolean chrome = false;
        boolean content = false;
        for (String w : words) {
            if (consent(w)) {
                return new Said(Kind.BOILERPLATE, chrome, content);
            }
            if (DISCUSSION.contains(w)) {
                return new Said(Kind.DISCUSSION, chrome, content);
            }
            if (BOILERPLATE.contains(w)) {
                return new Said(Kind.BOILERPLATE, chrome, content);
            }
            chrome |= CHROME.contains(w);
            content |= CONTENT.contains(w);
        }
        return chrome || content ? new Said(null, chrome, content) : Said.NOTHING;
    }

    /** Chrome words that also name parts of an article: an ingredient list, a fact box, a module of the story. */
    private static final Set<String> WEAK_CHROME = Set.of("list", "listing", "box", "boxes", "infobox", "module",
            "grid", "card", "cards", "extra", "extras", "more");

    /** Chrome only by weak words ("list--ingredients", "fact-box"), so inside an article it can be its part. */
    static boolean isWeakChrome(Element e) {
        if (!e.attr("role").isEmpty()) {
            return false;
        }
        boolean weak = false;
        for (String w : classAndIdWords(e)) {
            if (CHROME.contains(w)) {
                if (!WEAK_CHROME.contains(w)) {
                    return false;
                }
                weak = true;
            }
        }
        return weak;
    }

    private static final Pattern ABOUT_AUTHOR = Pattern.compile("(?i)author|autor|auteur|bio\\b|biography|vcard");

    /** A login box, newsletter form, pop-up or consent banner: boilerplate that never wraps the story. */
    static boolean isWidget(Element e) {
        List<String> words = new ArrayList<>();
        String classes = e.className();
        words(classes, 0, classes.length(), words);
        words(e.id(), 0, e.id().length(), words);
        for (String w : words) {
            if (WIDGETS.contains(w) || consent(w)) {
                return true;
            }
        }
        return false;
    }

    /** An "about the author" box, which can read as prose but is never the story. */
    static boolean isAboutAuthor(Element e) {
        return ABOUT_AUTHOR.matcher(e.className() + " " + e.id()).find();
    }

    /**
     * The words of the element's classes, less the taxonomy of the post it shows, of its id and of a custom element's
     * name.
     */
    private static List<String> classAndIdWords(Element e) {
        List<String> words = new ArrayList<>();
        classWords(e.className(), words);
        String id = e.id();
        words(id, 0, id.length(), words);
        if (isCustomElement(e)) {
            words(e.normalName(), 0, e.normalName().length(), words);
        }
        return words;
    }

    /** The words of a class list, less the tokens that name the post's taxonomy. */
    private static void classWords(String classes, List<String> words) {
        for (int i = 0; i < classes.length(); ) {
            int start = i;
            while (i < classes.length() && !isSpace(classes.charAt(i))) {
                i++;
            }
            if (i > start && !isTaxonomy(classes, start, i)) {
                words(classes, start, i, words);
            }
            i++;
        }
    }

    /** No class, id or role to read, nor a custom element's name: most elements of a page. */
    static boolean saysNothing(Element e) {
        return e.attributesSize() == 0 && !isCustomElement(e);
    }

    /**
     * A custom element ({@code <pp-inline-teaser>}, {@code <amp-ad>}): its name says what it is, as a class would.
     */
    private static boolean isCustomElement(Element e) {
        return e.normalName().indexOf('-') > 0;
    }

    /**
     * Adds the words of {@code s[from, to)}, lower-cased: runs of letters and digits, split where a lower-case letter
     * meets an upper-case one ({@code commentList} is "comment", "list").
     */
    private static void words(String s, int from, int to, List<String> out) {
        int start = -1;
        int previous = 0;
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            boolean word = Character.isLetter(c) || isNumber(c);
            if (start >= 0 && (!word || previous >= 'a' && previous <= 'z' && c >= 'A' && c <= 'Z')) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
            }
            previous = c;
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(s.substring(start, to).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean consent(String word) {
        for (String stem : CONSENT_STEMS) {
            if (word.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whitespace as class lists separate their tokens. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTaxonomy(String s, int from, int to) {
        for (String prefix : TAXONOMY) {
            if (to - from > prefix.length() && s.regionMatches(true, from, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** +25 for content words, -25 for chrome or boilerplate words, as a scoring weight. */
    static int weight(Element e) {
        return switch (of(e)) {
            case CONTENT -> 25;
            case CHROME, BOILERPLATE, DISCUSSION -> -25;
            default -> 0;
        };
    }
}
