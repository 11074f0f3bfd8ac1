package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
            "kommentar", "commentaires", "comentarios", "disqus", "respond", "replies", "reactions", "webmention",
            "webmentions", "guestbook", "condolence", "condolences", "gaestebuch", "kondolenz", "kondolenzen",
            "conversation", "conversations", "hozzaszolas", "hozzaszolasok");
    /** Never the article: removed unless they hold the article element or most of the page's running text. */
    private static final Set<String> BOILERPLATE = Set.of("cookie", "cookies", "consent",
            "gdpr", "cmp", "newsletter", "subscribe", "subscription", "abo", "abonnement", "subscripcio", "suscripcion",
            "assinatura", "abbonamento", "abonelik", "prenumerata", "prenumeration", "share", "shares", "sharing",
            "shariff",
            "sharebar", "social", "socials", "socialmedia", "sociable", "related", "relatedposts", "relatedarticles",
            "relatedstories", "relatedcontent", "relatedlinks", "recommended", "recommendation",
            "recommendations", "outbrain", "taboola", "plista", "sponsor", "sponsored", "ad", "ads", "adsense",
            "advert", "advertisement", "advertising", "anzeige", "werbung", "dfp", "adslot", "adunit", "paywall",
            "popup", "modal", "overlay", "banner", "promo", "promotion", "donate", "donation", "appeal", "petition",
            "breadcrumb",
            "breadcrumbs", "skiplink", "skip", "print", "toolbar", "rating", "poll", "survey", "quiz", "signup",
            "login", "signin", "register", "pagination", "pager", "authorbox", "avatar", "follow", "jump", "lightbox",
            "mostread", "mostpopular", "trending", "weitere", "empfehlungen", "feedback",
            "sronly", "screenreader", "visuallyhidden", "offscreen", "tooltip", "notification", "affiliate",
            "disclaimer", "placeholder", "cta", "calltoaction", "meter", "tweet", "instagram", "tiktok", "regwall",
            "loginwall", "lasso", "license", "licence", "lizenz", "republish", "republication",
            "whatsapp", "pinterest", "playlist", "autosummary");
    /** Page chrome: removed unless they hold much of the page's text. */
    private static final Set<String> CHROME = Set.of("nav", "navbar", "navigation", "menu", "header", "masthead",
            "footer", "sidebar", "aside", "widget", "widgets", "teaser", "teasers", "tags", "tag", "tagcloud",
            "topics", "bio", "author", "szerzo", "byline", "meta", "postmeta", "entrymeta", "dateline", "timestamp",
            "date",
            "more", "links", "linklist", "nextprev", "prevnext", "hidden", "hide", "invisible", "noprint",
            "dropdown", "search", "rail", "infobox", "box", "boxes", "carousel", "slider", "gallery", "video",
            "player", "tts", "newsticker", "ticker", "sitemap", "copyright", "legal", "contact", "logo",
            "postmetadata", "categories", "category", "archive", "calendar", "community", "extra", "extras", "tools",
            "utility", "actions", "icons", "credits", "subline", "kicker", "sticky", "fixed", "flyout", "submenu",
            "list", "listing", "cards", "card", "grid", "module", "storylist", "feed");
    /**
     * Chrome when a class says it, not an id: a forum post's signature ({@code class="signature"}) is the poster's,
     * while an id "…_android_signature" is what a mail client leaves in text pasted from a message.
     */
    private static final Set<String> CLASS_CHROME = Set.of("signature");
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry",
            "entrycontent", "main", "post", "postbody", "postcontent", "story", "storybody", "text", "blog",
            "hentry", "artikel", "inhalt", "beitrag", "richtext", "prose", "copy", "paragraph", "longform");

    /**
     * Class tokens that name the post's taxonomy or what a block has, not the block's role: WordPress puts {@code
     * category-news tag-harbour format-standard} on the article element itself, and {@code has-fixed-layout},
     * {@code has-background} on the story's own tables and paragraphs.
     */
    private static final String[] TAXONOMY = {"category-", "tag-", "format-", "status-", "type-", "post_tag-",
        "topic-", "has-"};
    /** Consent and cookie banners under any of the names consent tools give them ("cookiebanner", "cmplz-…"). */
    private static final String[] CONSENT_STEMS = {"cookie", "consent", "gdpr", "dsgvo", "cmplz", "borlabs", "brlbs",
        "onetrust", "didomi", "usercentrics", "cookiebot"};

    /** The consent stems and "cmp", looked for at once. */
    private static final Ascii.Words CONSENT_WORDS = Ascii.Words.of(consentWords());

    private static String[] consentWords() {
        String[] out = java.util.Arrays.copyOf(CONSENT_STEMS, CONSENT_STEMS.length + 1);
        out[CONSENT_STEMS.length] = "cmp";
        return out;
    }
    /**
     * Boilerplate that is a widget of its own, never a wrapper the story sits in ("has-ads" and "paywall" can be). A
     * "placeholder" stands in for an embed the reader has not let load yet, with the consent tool's text; an embedded
     * social post ("twitter-tweet", "instagram-media", "tiktok-embed") is someone else's words, quoted whole; the
     * product boxes of the common affiliate plugin ("lasso-container", "lasso-display") sell, they do not report; a
     * licence notice ("license-notice", "republish-box") says how the text may be reused, in sentences of its own; a
     * playlist lists other videos by their titles.
     */
    private static final Set<String> WIDGETS = Set.of("login", "signin", "signup", "register", "newsletter",
            "subscribe", "subscription", "abonnement", "subscripcio", "suscripcion", "assinatura", "abbonamento",
            "popup", "modal", "overlay", "dialog", "poll", "survey", "quiz", "rating",
            "feedback", "notification", "tooltip", "donate", "donation", "appeal", "petition", "lightbox", "toolbar",
            "pagination", "pager",
            "affiliate", "disclaimer", "placeholder", "relatedposts", "relatedarticles", "relatedstories",
            "relatedcontent", "relatedlinks", "meter", "cta", "calltoaction", "tweet", "instagram", "tiktok",
            "pinterest", "regwall", "loginwall", "lasso", "license", "licence", "lizenz", "republish",
            "republication", "playlist", "autosummary");

    /**
     * ARIA roles that say what an element is built as, not what it is for: SPIP's {@code <ul role="list">} holds a
     * story's list, whatever the word "list" says in a class.
     */
    private static final Set<String> STRUCTURE_ROLES = Set.of("list", "listitem", "group", "presentation", "none",
            "img", "figure", "table", "row", "cell", "rowgroup", "term", "definition");

    private Hints() {
    }

    static Kind of(Element e) {
        if (saysNothing(e)) {
            return Kind.NONE;
        }
        String role = Attrs.get(e, "role");
        // the words in the order they are read: classes, id, a custom element's name, role; the first deciding word
        // settles it
        Said classes = classesSay(Attrs.className(e));
        Said id = said(Attrs.id(e), false);
        Said tag = isCustomElement(e) ? said(e.normalName(), false) : Said.NOTHING;
        Said roleWords = STRUCTURE_ROLES.contains(role.toLowerCase(Locale.ROOT)) ? Said.NOTHING : said(role, false);
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
    record Said(Kind decisive, boolean chrome, boolean content) {
        static final Said NOTHING = new Said(null, false, false);
    }

    /**
     * Class lists repeat within a page and across a site's pages ("menu-item menu-item-type-post_type"): each thread
     * remembers what the last few thousand said, and forgets them all when that many are held (small enough to stay
     * in the processor's cache, which a memo shared by all threads and pages was not).
     */
    private static final int MAX_REMEMBERED = 4096;
    private static final ThreadLocal<Map<String, Said>> CLASS_LISTS = ThreadLocal.withInitial(java.util.HashMap::new);

    private static Said classesSay(String classes) {
        if (classes.isEmpty()) {
            return Said.NOTHING;
        }
        Map<String, Said> memo = CLASS_LISTS.get();
        Said said = memo.get(classes);
        if (said == null) {
            said = said(classes, true);
            if (memo.size() >= MAX_REMEMBERED) {
                memo.clear();
            }
            memo.put(classes, said);
        }
        return said;
    }

    /**
     * What {@code mark} (a class list when {@code classes}, else an id, role or element name) says. An ASCII mark, as
     * nearly all are, is read where it stands, word by word, without making strings of its words: a page has a few
     * hundred elements with a class or id, most of which no other page shares.
     */
    static Said said(String mark, boolean classes) {
        if (mark.isEmpty()) {
            return Said.NOTHING;
        }
        if (!isAscii(mark)) {
            return saidByWords(mark, classes);
        }
        boolean chrome = false;
        boolean content = false;
        // the two words read before this one, across tokens as the words of saidByWords run on
        int callStart = 0;
        int callEnd = 0;
        int toStart = 0;
        int toEnd = 0;
        boolean afterCmp = false; // the word before was "cmp": consent, unless a component's name follows
        int length = mark.length();
        for (int i = 0; i < length; ) {
            int tokenStart = i;
            int tokenEnd = length;
            if (classes) {
                while (i < length && !isSpace(mark.charAt(i))) {
                    i++;
                }
                tokenEnd = i;
                i++;
                if (tokenEnd == tokenStart || isTaxonomy(mark, tokenStart, tokenEnd)) {
                    continue;
                }
            } else {
                i = length;
            }
            // the words of the token, as words() splits them: runs of letters and digits, cut at "aB"
            int start = -1;
            char previous = 0;
            for (int j = tokenStart; j <= tokenEnd; j++) {
                char c = j < tokenEnd ? mark.charAt(j) : ' ';
                boolean word = isAsciiLetterOrDigit(c);
                if (start >= 0 && (!word || previous >= 'a' && previous <= 'z' && c >= 'A' && c <= 'Z')) {
                    if (afterCmp && !isComponentAt(mark, start, j)) {
                        return new Said(Kind.BOILERPLATE, chrome, content);
                    }
                    afterCmp = j - start == 3 && Ascii.startsWithAt(mark, start, "cmp");
                    if (!afterCmp && consentAt(mark, start, j)
                            || isCallToAction(mark, callStart, callEnd, toStart, toEnd, start, j)
                            || isCiteBox(mark, toStart, toEnd, start, j)
                            || isAiSummary(mark, toStart, toEnd, start, j)
                            || isSignUp(mark, toStart, toEnd, start, j)
                            || isContentGate(mark, toStart, toEnd, start, j)) {
                        return new Said(Kind.BOILERPLATE, chrome, content);
                    }
                    callStart = toStart;
                    callEnd = toEnd;
                    toStart = start;
                    toEnd = j;
                    int kinds = afterCmp || labelHidden(mark, callStart, callEnd, start, j)
                            || inlinePlaceholder(mark, callStart, callEnd, start, j) ? 0
                            : LEXICON.kinds(mark, start, j);
                    if ((kinds & DISCUSSION_WORD) != 0) {
                        return new Said(Kind.DISCUSSION, chrome, content);
                    }
                    if ((kinds & BOILERPLATE_WORD) != 0) {
                        return new Said(Kind.BOILERPLATE, chrome, content);
                    }
                    chrome |= (kinds & CHROME_WORD) != 0 || classes && (kinds & CLASS_CHROME_WORD) != 0;
                    content |= (kinds & CONTENT_WORD) != 0;
                    start = -1;
                }
                if (word && start < 0) {
                    start = j;
                }
                previous = c;
            }
        }
        if (afterCmp) {
            return new Said(Kind.BOILERPLATE, chrome, content);
        }
        return chrome || content ? new Said(null, chrome, content) : Said.NOTHING;
    }

    /**
     * The components of the content platform whose class names all start "cmp-" ("cmp-title", "cmp-text__paragraph",
     * "cmp-container"): there "cmp" names the component library, not a consent tool, and the words after it are read
     * as in any other class.
     */
    private static final Set<String> COMPONENTS = Set.of("accordion", "breadcrumb", "button", "carousel",
            "container", "contentfragment", "contentfragmentlist", "download", "embed", "experiencefragment", "form",
            "image", "languagenavigation", "list", "navigation", "pdfviewer", "progressbar", "search", "separator",
            "sharing", "socialmedia", "tabs", "teaser", "text", "title", "tableofcontents", "page");
    private static final int LONGEST_COMPONENT = COMPONENTS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether the words {@code s[labelStart, labelEnd)} and {@code s[start, end)} are "label", "hidden": a field whose
     * label is hidden ("field--label-hidden", on every field a Drupal page shows without its label), not a hidden
     * element.
     */
    private static boolean labelHidden(String s, int labelStart, int labelEnd, int start, int end) {
        return end - start == 6 && labelEnd - labelStart == 5 && Ascii.startsWithAt(s, start, "hidden")
                && Ascii.startsWithAt(s, labelStart, "label");
    }

    /**
     * Whether the words {@code s[inlineStart, inlineEnd)} and {@code s[start, end)} are "inline", "placeholder": a
     * content platform's mark on each paragraph an editor may fill ("paragraph inline-placeholder"), not a stand-in
     * for an embed not yet loaded.
     */
    private static boolean inlinePlaceholder(String s, int inlineStart, int inlineEnd, int start, int end) {
        return end - start == 11 && inlineEnd - inlineStart == 6 && Ascii.startsWithAt(s, start, "placeholder")
                && Ascii.startsWithAt(s, inlineStart, "inline");
    }

    /** Whether the ASCII {@code s[from, to)} is one of {@link #COMPONENTS}, in any case. */
    private static boolean isComponentAt(String s, int from, int to) {
        return to - from <= LONGEST_COMPONENT && COMPONENTS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** What {@code mark} says, read by making a lower-cased string of each word: the reading for any mark. */
    static Said saidByWords(String mark, boolean classes) {
        List<String> words = new ArrayList<>();
        if (classes) {
            classWords(mark, words);
        } else {
            words(mark, 0, mark.length(), words);
        }
        return said(words, classes);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static Said said(List<String> words, boolean classes) {
        boolean chrome = false;
        boolean content = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("cmp") && i + 1 < words.size() && COMPONENTS.contains(words.get(i + 1))) {
                continue; // a component's class ("cmp-title"), not a consent tool's
            }
            if (w.equals("hidden") && i > 0 && words.get(i - 1).equals("label")
                    || w.equals("placeholder") && i > 0 && words.get(i - 1).equals("inline")) {
                continue; // the element's label is hidden, not the element; an editable paragraph, no stand-in
            }
            if (consent(w) || callToAction(words, i) || citeBox(words, i) || aiSummary(words, i) || signUp(words, i)
                    || contentGate(words, i)) {
                return new Said(Kind.BOILERPLATE, chrome, content);
            }
            if (DISCUSSION.contains(w)) {
                return new Said(Kind.DISCUSSION, chrome, content);
            }
            if (BOILERPLATE.contains(w)) {
                return new Said(Kind.BOILERPLATE, chrome, content);
            }
            chrome |= CHROME.contains(w) || classes && CLASS_CHROME.contains(w);
            content |= CONTENT.contains(w);
        }
        return chrome || content ? new Said(null, chrome, content) : Said.NOTHING;
    }

    private static final int DISCUSSION_WORD = 1;
    private static final int BOILERPLATE_WORD = 2;
    private static final int CHROME_WORD = 4;
    private static final int CONTENT_WORD = 8;
    private static final int CLASS_CHROME_WORD = 16;
    /** Every word of the five sets with the sets it is in, so a word is looked up once. */
    private static final Lexicon LEXICON = lexicon();

    private static Lexicon lexicon() {
        Map<String, Integer> out = new java.util.HashMap<>();
        DISCUSSION.forEach(w -> out.merge(w, DISCUSSION_WORD, (a, b) -> a | b));
        BOILERPLATE.forEach(w -> out.merge(w, BOILERPLATE_WORD, (a, b) -> a | b));
        CHROME.forEach(w -> out.merge(w, CHROME_WORD, (a, b) -> a | b));
        CLASS_CHROME.forEach(w -> out.merge(w, CLASS_CHROME_WORD, (a, b) -> a | b));
        CONTENT.forEach(w -> out.merge(w, CONTENT_WORD, (a, b) -> a | b));
        return new Lexicon(out);
    }

    /**
     * Lower-case ASCII words and their kinds, looked up by a region of a string compared without regard to ASCII
     * case: an open-addressing table, small enough to stay in the processor's cache.
     */
    private static final class Lexicon {
        private final String[] words;
        private final int[] kinds;
        private final int mask;
        private final int longest;

        Lexicon(Map<String, Integer> entries) {
            int size = Integer.highestOneBit(Math.max(4, entries.size() * 4));
            words = new String[size];
            kinds = new int[size];
            mask = size - 1;
            longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
            entries.forEach((word, kind) -> {
                int slot = hash(word, 0, word.length()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                kinds[slot] = kind;
            });
        }

        /** The kinds of {@code s[from, to)} lower-cased, 0 for a word not listed. */
        int kinds(String s, int from, int to) {
            if (to - from > longest) {
                return 0;
            }
            for (int slot = hash(s, from, to) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                    String w = words[slot];
                if (w.length() == to - from && Ascii.startsWithAt(s, from, w)) {
                    return kinds[slot];
                }
            }
            return 0;
        }

        private static int hash(String s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + Ascii.lower(s.charAt(i));
            }
            return h ^ h >>> 16;
        }
    }

    /**
     * False only when no mark of {@code e} (class, id, role, a custom element's name) can hold a discussion word, so
     * that {@link #of} cannot say {@link Kind#DISCUSSION}: a cheaper question for a pass that looks for comment
     * sections alone.
     */
    static boolean mayBeDiscussion(Element e) {
        return !saysNothing(e) && (mayHold(Attrs.className(e), DISCUSSION_BY_LETTER, DISCUSSION_PAIRS)
                || mayHold(Attrs.id(e), DISCUSSION_BY_LETTER, DISCUSSION_PAIRS)
                || mayHold(Attrs.get(e, "role"), DISCUSSION_BY_LETTER, DISCUSSION_PAIRS)
                || isCustomElement(e) && mayHold(e.normalName(), DISCUSSION_BY_LETTER, DISCUSSION_PAIRS));
    }

    /** Whether {@code mark} holds a word of {@code byLetter} in any ASCII case, or any letter beyond ASCII. */
    private static boolean mayHold(String mark, String[][] byLetter, long[] pairs) {
        int n = mark.length();
        for (int i = 0; i < n; i++) {
            char c = mark.charAt(i);
            if (c >= byLetter.length) {
                return true; // lower-casing beyond ASCII can make the word: leave it to the full reading
            }
            char next = i + 1 < n ? mark.charAt(i + 1) : 0; // a second letter beyond ASCII is the answer one step on
            int pair = c << 7 | next;
            if (next != 0 && next < 128 && (pairs[pair >> 6] & 1L << pair) != 0) { // a pair that starts a word
                for (String w : byLetter[c]) {
                    if (n - i >= w.length() && Ascii.startsWithAt(mark, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The pairs of ASCII characters that start one of the words, in any ASCII case, as bits
     * {@code first << 7 | second}.
     */
    private static long[] firstPairs(String[] words) {
        long[] bits = new long[(1 << 14) >> 6];
        for (String w : words) {
            for (char a : new char[] {w.charAt(0), Character.toUpperCase(w.charAt(0))}) {
                for (char b : new char[] {w.charAt(1), Character.toUpperCase(w.charAt(1))}) {
                    int pair = a << 7 | b;
                    bits[pair >> 6] |= 1L << pair;
                }
            }
        }
        return bits;
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

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ABOUT_AUTHOR = Pattern.compile("(?i)author|autor|auteur|bio\\b|biography|vcard");

    /** Whether a link's {@code rel} marks it as paid for ("sponsored", the web's mark for affiliate and ad links). */
    static boolean saysPaid(String rel) {
        for (String word : SPACES.split(rel.toLowerCase(Locale.ROOT))) {
            if (word.equals("sponsored")) {
                return true;
            }
        }
        return false;
    }

    /** A login box, newsletter form, pop-up or consent banner: boilerplate that never wraps the story. */
    static boolean isWidget(Element e) {
        List<String> words = new ArrayList<>();
        String classes = e.className();
        words(classes, 0, classes.length(), words);
        words(e.id(), 0, e.id().length(), words);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("placeholder") && i > 0 && words.get(i - 1).equals("inline")) {
                continue; // "paragraph inline-placeholder": an editable paragraph
            }
            if (WIDGETS.contains(words.get(i)) || consent(words.get(i)) || callToAction(words, i)
                    || citeBox(words, i) || aiSummary(words, i) || signUp(words, i) || contentGate(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A consent tool's block: its class or id holds a consent word ("cookie", "consent", "cmplz", …) or "cmp" not
     * before a component's name ("cmp-wall", not "cmp-text").
     */
    static boolean isConsent(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String marks = e.className() + " " + e.id();
        if (!CONSENT_WORDS.in(marks)) {
            return false; // most marks: no consent word, and no word made into one by splitting it
        }
        List<String> words = new ArrayList<>();
        String classes = e.className();
        words(classes, 0, classes.length(), words);
        words(e.id(), 0, e.id().length(), words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (consent(w) || w.equals("cmp") && (i + 1 == words.size() || !COMPONENTS.contains(words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} ends "call", "to", "action" in a row: "wprm-call-to-action", "callToAction". */
    private static boolean callToAction(List<String> words, int i) {
        return i >= 2 && words.get(i).equals("action") && words.get(i - 1).equals("to")
                && words.get(i - 2).equals("call");
    }

    /**
     * Whether the word at {@code i} ends "cite" and "this", "box" or "tool": a box telling how to cite the page
     * ("cite-box", "citeThis"). "cite" alone marks a reference's own citation ("cite web"), which is the article's.
     */
    private static boolean citeBox(List<String> words, int i) {
        return i >= 1 && words.get(i - 1).equals("cite") && CITE_BOX.contains(words.get(i));
    }

    private static final Set<String> CITE_BOX = Set.of("this", "box", "tool", "as");

    /**
     * Whether the word at {@code i} ends "ai" and "summary", "takeaways" or the like: a machine's digest of the story
     * ("ai-summary", "AiSummary_box"), a reader's shortcut the page sets beside the text, not the text.
     */
    private static boolean aiSummary(List<String> words, int i) {
        return i >= 1 && words.get(i - 1).equals("ai") && AI_SUMMARY.contains(words.get(i));
    }

    /**
     * Whether the word at {@code i} ends "sign" and "up": a sign-up box written as two words ("sign-up__text",
     * "SignUpPromo"), as "signup" is one.
     */
    private static boolean signUp(List<String> words, int i) {
        return i >= 1 && words.get(i).equals("up") && words.get(i - 1).equals("sign");
    }

    /**
     * Whether the word at {@code i} ends "content" and "gate": the gate a paywall plugin sets after the free part of a
     * story ("newspack-content-gate__inline-gate"), its offer and its buttons.
     */
    private static boolean contentGate(List<String> words, int i) {
        return i >= 1 && words.get(i).equals("gate") && words.get(i - 1).equals("content");
    }

    /** {@link #contentGate} on the ASCII words {@code s[contentStart, contentEnd)} and {@code s[start, end)}. */
    private static boolean isContentGate(String s, int contentStart, int contentEnd, int start, int end) {
        return end - start == 4 && contentEnd - contentStart == 7 && Ascii.startsWithAt(s, start, "gate")
                && Ascii.startsWithAt(s, contentStart, "content");
    }

    /** {@link #signUp} on the ASCII words {@code s[signStart, signEnd)} and {@code s[start, end)}. */
    private static boolean isSignUp(String s, int signStart, int signEnd, int start, int end) {
        return end - start == 2 && signEnd - signStart == 4 && Ascii.startsWithAt(s, start, "up")
                && Ascii.startsWithAt(s, signStart, "sign");
    }

    private static final Set<String> AI_SUMMARY = Set.of("summary", "summaries", "takeaways", "highlights",
            "overview", "digest");

    /** {@link #aiSummary} on the ASCII words {@code s[aiStart, aiEnd)} and {@code s[start, end)}. */
    private static boolean isAiSummary(String s, int aiStart, int aiEnd, int start, int end) {
        if (aiEnd - aiStart != 2 || !Ascii.startsWithAt(s, aiStart, "ai")) {
            return false;
        }
        for (String w : AI_SUMMARY) {
            if (end - start == w.length() && Ascii.startsWithAt(s, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #citeBox} on the ASCII words {@code s[citeStart, citeEnd)} and {@code s[start, end)}. */
    private static boolean isCiteBox(String s, int citeStart, int citeEnd, int start, int end) {
        if (citeEnd - citeStart != 4 || !Ascii.startsWithAt(s, citeStart, "cite")) {
            return false;
        }
        for (String w : CITE_BOX) {
            if (end - start == w.length() && Ascii.startsWithAt(s, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** The words that name a news ticker: its entries are short news of the moment, each with its time. */
    private static final Set<String> TICKER = Set.of("ticker", "newsticker", "liveticker");

    /** Whether the class or id words of {@code e} name a ticker ("ticker-embed", "newsticker"). */
    static boolean namesTicker(Element e) {
        for (String w : classAndIdWords(e)) {
            if (TICKER.contains(w)) {
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
     * Whether the only chrome word among the class and id words of {@code e} is "header": a subheading styled as a
     * header ({@code <h2 class="c-heading b-header">}), not a page's header.
     */
    static boolean chromeOnlyAsHeader(Element e) {
        boolean header = false;
        for (String w : classAndIdWords(e)) {
            if (w.equals("header")) {
                header = true;
            } else if (CHROME.contains(w) || BOILERPLATE.contains(w) || DISCUSSION.contains(w)) {
                return false;
            }
        }
        return header;
    }

    /** Whether a class of {@code e} names it a signature: a forum post's, or the one a blog sets under every post. */
    static boolean isSignature(Element e) {
        List<String> words = new ArrayList<>();
        classWords(e.className(), words);
        return words.contains("signature");
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

    /** Whether the ASCII {@code s[from, to)} contains one of {@link #CONSENT_STEMS}, in any case. */
    private static boolean consentAt(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String stem : CONSENT_BY_LETTER[s.charAt(i)]) {
                if (to - i >= stem.length() && Ascii.startsWithAt(s, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words {@code s[callStart, callEnd)}, {@code s[toStart, toEnd)} and {@code s[start, end)} are "call",
     * "to", "action", as in "call-to-action", "call_to_action" or "callToAction": a box asking the reader to do
     * something (rate the recipe, sign up, buy), whose words alone say nothing.
     */
    private static boolean isCallToAction(String s, int callStart, int callEnd, int toStart, int toEnd, int start,
            int end) {
        return end - start == 6 && toEnd - toStart == 2 && callEnd - callStart == 4 && Ascii.startsWithAt(s, start,
                "action") && Ascii.startsWithAt(s, toStart, "to") && Ascii.startsWithAt(s, callStart, "call");
    }

    private static final String[] NONE = {};
    private static final String[][] CONSENT_BY_LETTER = byFirstLetter(CONSENT_STEMS);
    private static final String[][] DISCUSSION_BY_LETTER = byFirstLetter(DISCUSSION.toArray(String[]::new));
    private static final long[] DISCUSSION_PAIRS = firstPairs(DISCUSSION.toArray(String[]::new));
    private static final String[][] TAXONOMY_BY_LETTER = byFirstLetter(TAXONOMY);

    /**
     * Lower-case ASCII words of two letters or more by the ASCII character they start with, in either case, so that
     * a scan asks only the words a character can start.
     */
    private static String[][] byFirstLetter(String[] words) {
        String[][] out = new String[128][];
        java.util.Arrays.fill(out, NONE);
        for (String w : words) {
            if (w.length() < 2) {
                throw new IllegalArgumentException("a mark word has two letters or more, not '" + w + "'");
            }
            char c = w.charAt(0);
            out[c] = java.util.Arrays.copyOf(out[c], out[c].length + 1);
            out[c][out[c].length - 1] = w;
            if (c >= 'a' && c <= 'z') {
                out[c - ('a' - 'A')] = out[c];
            }
        }
        return out;
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
        char first = s.charAt(from);
        // beyond ASCII, case folding can match a prefix from another letter ("ſ" is "s"): every prefix is tried
        for (String prefix : first < TAXONOMY_BY_LETTER.length ? TAXONOMY_BY_LETTER[first] : TAXONOMY) {
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
