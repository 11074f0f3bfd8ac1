package dev.ingest.core.extract;

import dev.ingest.core.model.PageType;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Says what kind of page was extracted, from how much article text there is, how link-heavy the page is, and what
 * the page declares about itself.
 *
 * <p>A page with 40 words of text is {@link PageType#EMPTY}; one declaring {@code og:type=video.other} with a player
 * and 60 words is {@link PageType#VIDEO}; a {@code /tag/} page whose text is mostly link teasers is
 * {@link PageType#LISTING}; 600 words of prose is {@link PageType#ARTICLE}.
 */
final class PageClassifier {
    private static final Pattern LISTING_PATH = Pattern.compile("(?i)/(tag|tags|category|categories|topic|topics|"
            + "thema|themen|temas?|etiquetas?|assuntos?|schlagwort|rubrik|section|search|suche|archive|archiv|authors?"
            + "|autor(?:en)?|auteurs?"
            + "|autores|profile|profil|page|events|veranstaltungen|termine|calendar|kalender|agenda)(/|$|\\?)");
    /** A site search's query in the address: "/?s=harbour+ferry", "/search?q=ferry", Drupal's "/search?keys=ferry". */
    private static final Pattern SEARCH_QUERY = Pattern.compile("(?i)[?&](?:s|q|query|search|suche|keywords?|keys"
            + "|search_api_fulltext|searchterm|term)="
            + "(?!\\d*(?:&|$))"); // "?s=20" is a share link's tag, no search
    /**
     * The link density above which a site search's results or a profile's pieces are a listing: their snippets run
     * longer than a section page's teasers.
     */
    private static final double SEARCH_LINKS = 0.15;

    /**
     * What the classifier looks at; gathered by the extractor. The page's link count and whether it has a player are
     * asked only of the pages whose other signals leave the type open, so they are counted only then.
     */
    record Signals(int textChars, double pageLinkDensity, IntSupplier pageLinks, String declaredType,
            BooleanSupplier hasVideo, boolean hasArticleMetadata, String url, java.util.List<String> titles,
            boolean lockedAway, int linkedHeadlines, int linkedRows, int longestParagraph) {
    }

    /**
     * Rows of a table that lead with a link each (a forum board's topics, a directory's entries), from which a page
     * that declares no article and holds no paragraph of {@link #LISTED_ROWS_PARAGRAPH} characters is a listing.
     */
    private static final int LISTED_ROWS = 10;
    private static final int LISTED_ROWS_PARAGRAPH = 400;

    /**
     * Headings that are a link each and little else, from which a page at a listing's address that declares itself a
     * listing is one whatever its link density (an archive whose excerpts run long), and one that declares itself a
     * website is one when its text is short (an events calendar, whose items' dates read as a publish date).
     */
    private static final int LISTED_HEADLINES = 5;

    /**
     * The most text a page declared not free to read ({@code isAccessibleForFree: false}) shows and is still no
     * article: a headline, a standfirst and the first sentence above a sign-in or subscription wall.
     */
    private static final int LOCKED_TEASER = 600;

    /**
     * The title of an error page, all of it or all before the site's name: "Page not found | Kestrel Ledger", "Error
     * 404", "Seite nicht gefunden – Harbour Post". A headline that goes on ("Not found: the missing ferry") is none.
     */
    private static final Pattern NOT_FOUND = Pattern.compile("(?iu)\\W*(?:(?:error|fehler|erreur|oops)\\W*)?(?:404\\W*)?"
            + "(?:(?:(?:page|seite|página|pagina|strona)\\s+)?(?:not\\s+found|(?:wurde\\s+)?nicht\\s+gefunden"
            + "|(?:non\\s+)?introuvable|no\\s+encontrada|non\\s+trovata|niet\\s+gevonden"
            + "|nie\\s+(?:została\\s+)?znaleziona)|(?<=404\\W{0,3}))\\s*(?:$|[|·–—-])");

    /** A section's address: one word or a few joined by hyphens, at the top of the site ("/politics/", "/uk-news"). */
    private static final Pattern SECTION_PATH = Pattern.compile("/[\\p{L}]+(?:-[\\p{L}]+){0,2}/?");
    /** Links a page with a listing's address or declared type needs to be one when its own text is too short. */
    private static final int MIN_LISTING_LINKS = 20;

    private PageClassifier() {
    }

    static PageType classify(Signals s) {
        String type = s.declaredType() == null ? "" : s.declaredType();
        if (s.textChars() < 1500 && s.titles().stream().anyMatch(PageClassifier::saysNotFound)) {
            return PageType.EMPTY; // an error page served as a page: its "popular stories" make it no listing
        }
        if (s.lockedAway() && s.textChars() < LOCKED_TEASER) {
            return PageType.EMPTY; // the story is behind the wall: what shows is its opening
        }
        if ((type.startsWith("video") || type.equals("video")) && s.textChars() < 1500 && s.hasVideo().getAsBoolean()) {
            return PageType.VIDEO;
        }
        String path = s.url() == null ? null : pathOf(s.url());
        boolean search = path != null && SEARCH_QUERY.matcher(path).find();
        boolean listingUrl = path != null && (LISTING_PATH.matcher(path).find() || path.isEmpty() || path.equals("/")
                || search);
        // a profile page lists its person's pieces under a short bio, and like a search's results its teasers may run
        // longer than their linked headlines
        boolean profile = type.equals("profile");
        if (profile) {
            type = "listing";
        }
        double listLinks = search || profile ? SEARCH_LINKS : 0.3;
        if (s.textChars() < 250) {
            if (s.hasVideo().getAsBoolean() && s.textChars() > 0) {
                return PageType.VIDEO;
            }
            // teasers are what the cleaner takes away, so a category page can leave no text: its links say what it is
            boolean listingPage = listingUrl || type.equals("website") || type.equals("listing");
            return listingPage && s.pageLinkDensity() > listLinks && s.pageLinks().getAsInt() >= MIN_LISTING_LINKS
                    ? PageType.LISTING : PageType.EMPTY;
        }
        if ((type.equals("listing") && listingUrl || search || profile) && (s.pageLinkDensity() > listLinks
                || type.equals("listing") && listingUrl && s.linkedHeadlines() >= LISTED_HEADLINES)
                || type.equals("website") && listingUrl && s.textChars() < 1500
                && s.linkedHeadlines() >= LISTED_HEADLINES
                // a section front that says it is a collection, at a section's address ("/politics/"): its teasers
                || type.equals("listing") && path != null && SECTION_PATH.matcher(path).matches()
                && s.linkedHeadlines() >= LISTED_HEADLINES) {
            // a tag or category archive that says so in its data, or a site search's results: SEO plugins give every
            // page og:type=article, and its teasers' dates read as a publish date, so the article signals below say
            // nothing here; an archive of long excerpts says it by its teasers' linked headlines
            return PageType.LISTING;
        }
        if (!s.hasArticleMetadata() && (listingUrl || type.equals("website") || type.equals("listing"))
                && s.pageLinkDensity() > 0.45 && s.textChars() < 3000) {
            return PageType.LISTING;
        }
        if (s.pageLinkDensity() > 0.65 && s.pageLinks().getAsInt() > 60 && s.textChars() < 1500) {
            return PageType.LISTING;
        }
        if (!s.hasArticleMetadata() && s.linkedRows() >= LISTED_ROWS
                && s.longestParagraph() < LISTED_ROWS_PARAGRAPH) {
            return PageType.LISTING; // a table of linked topics with their counts, and no story in paragraphs
        }
        return PageType.ARTICLE;
    }

    /**
     * What a page says when its story was taken down: "This article is no longer available", "Dieser Artikel ist nicht
     * mehr verfügbar", "Cet article n'est plus disponible".
     */
    private static final Pattern GONE = Pattern.compile("(?iu)\\W*(?:this\\s+)?(?:article|page|story|post|content)\\s+"
            + "(?:is\\s+no\\s+longer\\s+available|has\\s+been\\s+(?:removed|deleted|taken\\s+down)|was\\s+removed)"
            + "|\\W*(?:dieser\\s+)?(?:artikel|beitrag|inhalt)\\s+ist\\s+nicht\\s+mehr\\s+verfügbar"
            + "|\\W*(?:cet\\s+)?article\\s+n['’]est\\s+plus\\s+disponible"
            + "|\\W*(?:este\\s+)?(?:artículo|contenido)\\s+ya\\s+no\\s+está\\s+disponible");

    /**
     * Whether {@code title} is an error page's: a not-found phrase or a 404, with nothing but a site name after; or
     * a notice that the story was taken down ({@link #GONE}).
     */
    static boolean saysNotFound(String title) {
        return title != null && (NOT_FOUND.matcher(title.strip()).lookingAt()
                || GONE.matcher(title.strip()).lookingAt());
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }
}
