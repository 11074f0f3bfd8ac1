package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads {@code <meta>} tags (OpenGraph, Twitter cards, Dublin Core, parsely, sailthru, plain names),
 * {@code itemprop} microdata, {@code <link rel>} and the document language.
 *
 * <p>{@code <meta property="article:published_time" content="2026-11-28T09:00:00+01:00">} gives published
 * 2026-11-28T09:00+01:00 from {@code og}; {@code <meta name="author" content="By Mara Lind">} gives author
 * "Mara Lind".
 */
final class MetaReader {
    private static final String[] OG_PUBLISHED = {"article:published_time", "og:published_time",
        "article:published", "og:article:published_time", "og:pubdate", "article:published_date"};
    private static final String[] META_PUBLISHED = {"pubdate", "publishdate", "publish-date", "publish_date",
        "published_time", "published-date", "datepublished", "date_published", "publication_date",
        "publication-date", "article.published", "article_date_original", "original-publish-date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "parsely-pub-date",
        "sailthru.date", "cxenseparse:recs:publishtime", "date", "article:publication_date", "datecreated",
        "creation_date", "displaydate", "firstpublisheddate", "og:regdate", "nv:date", "date.available",
        "last-modified-date", "prism.publicationdate", "citation_publication_date", "citation_date",
        "bt:pubdate", "dc.created", "content_date"};
    private static final String[] OG_MODIFIED = {"article:modified_time", "og:updated_time", "article:modified",
        "og:article:modified_time", "article:updated_time"};
    private static final String[] META_MODIFIED = {"datemodified", "last-modified", "lastmod", "dcterms.modified",
        "dc.date.modified", "modified", "updated", "article.updated", "parsely-updated", "revised"};

    private static final Evaluator TAG_LINK = QueryParser.parse("a[rel~=(?i)\\btag\\b]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator HEADLINE = QueryParser.parse("[itemprop=headline]:not(meta)");
    private static final Evaluator AUTHOR_ITEMS = QueryParser.parse("[itemprop=author], [itemprop=creator]");
    private static final Evaluator REL_AUTHOR = QueryParser.parse("a[rel~=(?i)\\bauthor\\b]");
    private static final Evaluator TIMES = QueryParser.parse("time[datetime], time[pubdate], [data-datetime], "
            + "[data-timestamp]");
    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private MetaReader() {
    }

    /** The document's meta tags, all keys lower-cased; the first value of each key, and all values of repeated ones. */
    static Map<String, List<String>> metaMap(Document doc) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (Element m : PageIndex.of(doc).tag("meta")) {
            if (!m.hasAttr("content")) {
                continue;
            }
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return meta;
    }

    /**
     * The clock the page writes dates by ({@link PageZone}): from its declared language and the first full ISO
     * timestamp in its meta tags, JSON-LD or {@code <time>}; null when neither tells one.
     */
    static ZoneId pageZone(Document doc, Map<String, List<String>> meta) {
        String lang = htmlLang(doc);
        if (lang.isBlank()) {
            lang = firstOf(meta, "content-language", "dc.language", "language", "og:locale");
        }
        return PageZone.of(firstStamp(doc, meta), lang);
    }

    private static OffsetDateTime firstStamp(Document doc, Map<String, List<String>> meta) {
        for (String k : OG_PUBLISHED) {
            Optional<OffsetDateTime> o = first(meta, k).flatMap(DateParser::stampOf);
            if (o.isPresent()) {
                return o.get();
            }
        }
        for (Element s : PageIndex.of(doc).jsonLd()) {
            String data = s.data();
            int i = data.indexOf("datePublished");
            if (i >= 0) {
                Optional<OffsetDateTime> o = DateParser.stampOf(data.substring(i, Math.min(data.length(), i + 80)));
                if (o.isPresent()) {
                    return o.get();
                }
            }
        }
        Element time = PageIndex.of(doc).selectFirst(TIME_DATETIME, PageIndex.of(doc).tag("time"));
        return time == null ? null : DateParser.stampOf(time.attr("datetime")).orElse(null);
    }

    static PageFacts read(Document doc, Map<String, List<String>> meta, ZoneId zone) {
        String title = firstOf(meta, "og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title",
                "sailthru.title", "headline", "title");
        String site = firstOf(meta, "og:site_name", "application-name", "publisher", "dc.publisher",
                "twitter:app:name:iphone");
        String description = firstOf(meta, "og:description", "description", "twitter:description", "dc.description",
                "dcterms.description");
        List<Author> authors = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
            "sailthru.author", "byl", "citation_author", "article:author_name", "og:article:author", "creator",
            "dc.contributor"}) {
            for (String raw : meta.getOrDefault(key, List.of())) {
                // a scholarly record names one author per tag, family name first
                String v = key.equals("citation_author") ? AuthorNames.givenFirst(raw) : raw;
                List<String> names = AuthorNames.hanNamesApart(htmlLang(doc), AuthorNames.declared(v));
                if (names.isEmpty() && AuthorNames.mayNameBody(v.strip()) && shownAsLink(doc, v.strip())) {
                    names = List.of(v.strip()); // "Patrimoine maritime Canada", linked from its byline
                }
                for (String name : names) {
                    authors.add(Author.named(name));
                }
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        DatedValue published = dated(meta, OG_PUBLISHED, DateSource.OPENGRAPH, zone);
        if (published == null) {
            published = dated(meta, META_PUBLISHED, DateSource.META, zone);
        }
        DatedValue modified = dated(meta, OG_MODIFIED, DateSource.OPENGRAPH, zone);
        if (modified == null) {
            modified = dated(meta, META_MODIFIED, DateSource.META, zone);
        }
        String section = firstOf(meta, "article:section", "parsely-section", "section", "category",
                "article.section", "sailthru.section");
        Set<String> tags = new LinkedHashSet<>();
        for (String key : new String[] {"article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords"}) {
            for (String v : meta.getOrDefault(key, List.of())) {
                for (String t : v.split(key.equals("article:tag") ? "\\n" : ",")) {
                    if (!t.isBlank() && t.strip().length() < 80) {
                        tags.add(t.strip());
                    }
                }
            }
            if (!tags.isEmpty()) {
                break;
            }
        }
        for (Element a : PageIndex.of(doc).select(TAG_LINK, PageIndex.of(doc).linksWithRel())) {
            String t = a.text().strip();
            if (!t.isEmpty() && t.length() < 80) {
                tags.add(t);
            }
        }
        String image = firstOf(meta, "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                "twitter:image:src");
        Elements canonicalLinks = PageIndex.of(doc).select(CANONICAL, PageIndex.of(doc).tag("link"));
        Element canonicalLink = canonicalLinks.isEmpty() ? null : canonicalLinks.get(0);
        String canonical = canonicalLink != null ? canonicalLink.absUrl("href") : firstOf(meta, "og:url");
        String type = firstOf(meta, "og:type");
        return new PageFacts(title, site, description, authors, published, modified, section, List.copyOf(tags),
                image, canonical == null || canonical.isEmpty() ? null : canonical, language(doc, meta),
                type == null ? null : type.toLowerCase(Locale.ROOT));
    }

    /** The item types of what readers write under an article: comments, reviews, answers. */
    private static final Pattern COMMENT_TYPE = Pattern.compile("(?i)(comments?|reviews?|answers?|questions?)\\b");

    /** Whether one of the page's links reads {@code name}, and nothing else. */
    private static boolean shownAsLink(Document doc, String name) {
        for (Element a : PageIndex.of(doc).tag("a")) {
            if (a.text().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A schema.org type of a story: "NewsArticle", "BlogPosting", "DiscussionForumPosting"… */
    private static final java.util.regex.Pattern STORY_TYPE = java.util.regex.Pattern.compile("(?i)article|posting");

    /**
     * Of {@code marks} (in document order), those in the story the first is in, or in none: a second story on the page,
     * marked up as the first is, credits its own writer.
     */
    private static List<Element> ofFirstStory(List<Element> marks) {
        if (marks.size() < 2) {
            return marks;
        }
        Element story = storyAround(marks.get(0));
        List<Element> out = new ArrayList<>();
        for (Element e : marks) {
            Element around = storyAround(e);
            if (story == null || around == null || around == story) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The nearest story around {@code e} (not {@code e}'s own item): an {@code <article>}, or an item whose type is a
     * story's; null when none is.
     */
    private static Element storyAround(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("article") || p.attributesSize() > 0 && p.hasAttr("itemscope")
                    && STORY_TYPE.matcher(p.attr("itemtype")).find()) {
                return p;
            }
        }
        return null;
    }

    /** Microdata ({@code itemprop}) on elements, not meta tags: author names, dates, headline. */
    static PageFacts microdata(Document doc, ZoneId zone) {
        String headline = null;
        PageIndex index = PageIndex.of(doc);
        Elements headlines = index.select(HEADLINE, index.itemprop("headline"));
        Element h = headlines.isEmpty() ? null : headlines.get(0);
        if (h != null) {
            headline = h.text().strip();
        }
        List<Author> authors = new ArrayList<>();
        List<Element> marked = new ArrayList<>();
        for (Element a : index.select(AUTHOR_ITEMS, index.inOrder(List.of(index.itemprop("author"),
                index.itemprop("creator"))))) {
            if (!ofComment(a)) {
                marked.add(a);
            }
        }
        for (Element a : ofFirstStory(marked)) {
            Element name = Subtree.first(a, ITEM_NAME);
            String raw = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : a.hasAttr("content") ? a.attr("content") : a.text();
            Element link = a.is(LINK) ? a : Subtree.first(a, LINK);
            for (String n : AuthorNames.parse(raw)) {
                authors.add(new Author(n, link == null ? null : emptyToNull(link.absUrl("href"))));
            }
        }
        DatedValue published = itemDate(doc, "datePublished", zone);
        if (published == null) {
            published = itemDate(doc, "dateCreated", zone);
        }
        if (published == null) {
            // a video or podcast page's publish date (VideoObject has no datePublished of its own on many sites)
            published = itemDate(doc, "uploadDate", zone);
        }
        DatedValue modified = itemDate(doc, "dateModified", zone);
        return new PageFacts(headline == null || headline.isEmpty() ? null : headline, null, null,
                AuthorNames.dedupe(authors), published, modified, null, List.of(), null, null, null, null);
    }

    /** A link's call to see the writer's profile, in any of the words for it: "Profil anzeigen", "Ver perfil". */
    private static final Pattern PROFILE_CALL = Pattern.compile("(?iu)\\bprofi(?:l|le|les|ili|ilia|iili|el|lo)\\b"
            + "|\\bperfil\\b");

    /** Authors linked with {@code rel=author}: {@code <a rel="author" href="/u/mara">Mara Lind</a>}. */
    static List<Author> relAuthors(Document doc) {
        List<Author> out = new ArrayList<>();
        List<Element> marked = PageIndex.of(doc).select(REL_AUTHOR, PageIndex.of(doc).linksWithRel());
        marked.removeIf(MetaReader::inSiteFooter);
        for (Element a : ofFirstStory(marked)) {
            if (PROFILE_CALL.matcher(a.text()).find()) {
                continue; // Blogger's "Tarkastele profiilia", "View my complete profile": a call, no name
            }
            for (String n : AuthorNames.parse(a.text())) {
                out.add(new Author(n, emptyToNull(a.absUrl("href"))));
            }
        }
        return AuthorNames.dedupe(out);
    }

    /**
     * Whether {@code e} is in the site's footer (a {@code <footer>} outside any {@code <article>}, or the ARIA
     * {@code contentinfo}): a theme credits its maker there with {@code rel="author"} ("Theme: ColorMag by <a
     * rel=author>ThemeGrill</a>"), who wrote no story.
     */
    private static boolean inSiteFooter(Element e) {
        boolean footer = false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("article")) {
                return false;
            }
            footer = footer || p.nameIs("footer") || p.attr("role").equalsIgnoreCase("contentinfo");
        }
        return footer;
    }

    /** The first {@code <time datetime>} or {@code <time pubdate>} with a parsable date. */
    static DatedValue timeElement(Document doc, ZoneId zone, OffsetDateTime fetchedAt) {
        // the page's elements in order, asked one by one: the first that dates the page ends the walk. TIMES has no
        // structural part, so matching an element alone is what a selection does.
        for (Element e : PageIndex.of(doc).all()) {
            // an update's time ("Updated <time>3 days ago</time>") is no publish date
            if (e.attributesSize() > 0 && TIMES.matches(doc, e) && !VisibleDates.labelledUpdate(e)) {
                DatedValue d = firstTimeDate(List.of(e), zone);
                // nor is a time after the fetch: an event the page announces ("Upcoming: <time>Dec 5</time>")
                if (d != null && !VisibleDates.future(d.value(), fetchedAt)) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The first {@code <time datetime>} a reader sees labelled as an update ({@link VisibleDates#shownAsUpdate}: "<time
     * datetime=…>Uppdaterad 09.41</time>", a page that shows the update's clock and keeps its day in the attribute)
     * and not after the fetch; null when none is.
     */
    static DatedValue updateTimeElement(Document doc, ZoneId zone, OffsetDateTime fetchedAt) {
        for (Element e : PageIndex.of(doc).tag("time")) {
            if (e.hasAttr("datetime") && VisibleDates.shownAsUpdate(e)) {
                DatedValue d = firstTimeDate(List.of(e), zone);
                if (d != null && !VisibleDates.future(d.value(), fetchedAt)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static DatedValue firstTimeDate(List<Element> times, ZoneId zone) {
        for (Element t : times) {
            String raw = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("data-datetime")
                    ? t.attr("data-datetime") : t.text();
            Optional<OffsetDateTime> d = DateParser.parse(raw, zone);
            if (d.isEmpty()) {
                d = DateParser.parse(t.text(), zone);
            }
            if (d.isPresent()) {
                return new DatedValue(d.get(), DateSource.TIME);
            }
        }
        return null;
    }

    /**
     * Whether the item property {@code e} belongs to a comment or review (the nearest item scope above it is a
     * {@code schema.org/Comment}, {@code Review} or {@code Answer}): a reader's name and date, not the article's.
     */
    static boolean ofComment(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.hasAttr("itemscope")) {
                String type = a.attr("itemtype");
                return COMMENT_TYPE.matcher(type).find();
            }
        }
        return false;
    }

    private static DatedValue itemDate(Document doc, String prop, ZoneId zone) {
        PageIndex index = PageIndex.of(doc);
        for (Element e : index.select(PageIndex.evaluator("[itemprop=" + prop + "]"), index.itemprop(prop))) {
            if (ofComment(e)) {
                continue;
            }
            String raw = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime")
                    : e.text();
            Optional<OffsetDateTime> d = DateParser.parse(raw, zone);
            if (d.isPresent()) {
                return new DatedValue(d.get(), DateSource.MICRODATA);
            }
        }
        return null;
    }

    /** The language the page's {@code <html lang>} declares, as written; empty when it declares none. */
    static String htmlLang(Document doc) {
        Element html = PageIndex.of(doc).selectFirst(HTML_LANG, PageIndex.of(doc).tag("html"));
        if (html != null) {
            return html.attr("lang");
        }
        // an XHTML page may declare its language only as xml:lang (Drupal 7: <html xml:lang="el" …>)
        List<Element> roots = PageIndex.of(doc).tag("html");
        return roots.isEmpty() ? "" : roots.get(0).attr("xml:lang");
    }

    private static String language(Document doc, Map<String, List<String>> meta) {
        String lang = htmlLang(doc);
        if (lang.isBlank()) {
            lang = firstOf(meta, "content-language", "dc.language", "language", "og:locale");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String primary = lang.strip().split("[-_,\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static DatedValue dated(Map<String, List<String>> meta, String[] keys, DateSource source,
            ZoneId zone) {
        for (String k : keys) {
            for (String v : meta.getOrDefault(k, List.of())) {
                Optional<OffsetDateTime> d = DateParser.parse(v, zone);
                if (d.isPresent()) {
                    return new DatedValue(d.get(), source);
                }
            }
        }
        return null;
    }

    private static Optional<String> first(Map<String, List<String>> meta, String key) {
        List<String> v = meta.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    static String firstOf(Map<String, List<String>> meta, String... keys) {
        for (String k : keys) {
            List<String> v = meta.get(k);
            if (v != null && !v.isEmpty() && !v.get(0).isBlank()) {
                return v.get(0).strip();
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
