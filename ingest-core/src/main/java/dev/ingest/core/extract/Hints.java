package dev.ingest.core.extract;

import java.util.Locale;
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
            "sronly", "screenreader", "visuallyhidden", "offscreen", "tooltip", "notification");
    /** Page chrome: removed unless they hold much of the page's text. */
    private static final Set<String> CHROME = Set.of("nav", "navbar", "navigation", "menu", "header", "masthead",
            "footer", "sidebar", "aside", "widget", "widgets", "teaser", "teasers", "tags", "tag", "tagcloud",
            "topics", "bio", "author", "byline", "meta", "postmeta", "entrymeta", "dateline", "timestamp", "date",
            "more", "links", "linklist", "nextprev", "prevnext", "hidden", "hide", "invisible", "noprint",
            "dropdown", "search", "rail", "infobox", "box", "boxes", "carousel", "slider", "gallery", "video",
            "player", "newsticker", "ticker", "sitemap", "copyright", "legal", "contact", "logo",
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
    private static final Pattern TAXONOMY = Pattern.compile(
            "(?i)(?<=^|\\s)(?:category|tag|format|status|type|post_tag|topic)-\\S+");
    /** Consent and cookie banners under any of the names consent tools give them ("cookiebanner", "cmplz-…"). */
    private static final Pattern CONSENT_STEM = Pattern.compile(
            "cookie|consent|gdpr|dsgvo|cmplz|borlabs|brlbs|onetrust|didomi|usercentrics|cookiebot");
    /** Boilerplate that is a widget of its own, never a wrapper the story sits in ("has-ads" and "paywall" can be). */
    private static final Set<String> WIDGETS = Set.of("login", "signin", "signup", "register", "newsletter",
            "subscribe", "subscription", "popup", "modal", "overlay", "dialog", "poll", "survey", "rating",
            "feedback", "notification", "tooltip", "donate", "donation", "lightbox", "toolbar", "pagination", "pager");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Hints() {
    }

    static Kind of(Element e) {
        String attrs = TAXONOMY.matcher(e.className()).replaceAll(" ") + " " + e.id() + " " + e.attr("role");
        if (attrs.isBlank()) {
            return Kind.NONE;
        }
        boolean chrome = false;
        boolean content = false;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                || role.equals("complementary") || role.equals("search") || role.equals("menu")) {
            chrome = true;
        }
        for (String word : SEPARATORS.split(CAMEL.matcher(attrs).replaceAll(" "))) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.toLowerCase(Locale.ROOT);
            if (CONSENT_STEM.matcher(w).find()) {
                return Kind.BOILERPLATE;
            }
            if (DISCUSSION.contains(w)) {
                return Kind.DISCUSSION;
            }
            if (BOILERPLATE.contains(w)) {
                return Kind.BOILERPLATE;
            }
            chrome |= CHROME.contains(w);
            content |= CONTENT.contains(w);
        }
        if (chrome) {
            return Kind.CHROME;
        }
        return content ? Kind.CONTENT : Kind.NONE;
    }

    /** Chrome words that also name parts of an article: an ingredient list, a fact box, a module of the story. */
    private static final Set<String> WEAK_CHROME = Set.of("list", "listing", "box", "boxes", "infobox", "module",
            "grid", "card", "cards", "extra", "extras", "more");

    /** Chrome only by weak words ("list--ingredients", "fact-box"), so inside an article it can be its part. */
    static boolean isWeakChrome(Element e) {
        if (!e.attr("role").isEmpty()) {
            return false;
        }
        String attrs = TAXONOMY.matcher(e.className()).replaceAll(" ") + " " + e.id();
        boolean weak = false;
        for (String word : SEPARATORS.split(CAMEL.matcher(attrs).replaceAll(" "))) {
            String w = word.toLowerCase(Locale.ROOT);
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
        String attrs = e.className() + " " + e.id();
        for (String word : SEPARATORS.split(CAMEL.matcher(attrs).replaceAll(" "))) {
            String w = word.toLowerCase(Locale.ROOT);
            if (WIDGETS.contains(w) || !w.isEmpty() && CONSENT_STEM.matcher(w).find()) {
                return true;
            }
        }
        return false;
    }

    /** An "about the author" box, which can read as prose but is never the story. */
    static boolean isAboutAuthor(Element e) {
        return ABOUT_AUTHOR.matcher(e.className() + " " + e.id()).find();
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
