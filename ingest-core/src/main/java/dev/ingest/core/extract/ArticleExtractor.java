package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Turns a publisher page into an {@link Extraction}: the article text and sanitised HTML, the headline, authors,
 * dates with where each came from, and the page type. Does no I/O and reads no clock: relative dates resolve
 * against {@code fetchedAt}.
 *
 * <p>{@code extract("<h1>Dam opens</h1><p class=byline>By Mara Lind</p><p>The dam…</p>", url, fetchedAt,
 * ExtractionRules.NONE)} gives title "Dam opens", author "Mara Lind" and text "The dam…". It never throws: input
 * it cannot read gives a {@link PageType#EMPTY} extraction.
 */
public final class ArticleExtractor {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$|\\.)");
    private static final Pattern URL_DATE_DMY = Pattern.compile("[/_-](\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})[/_-]");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");

    public ArticleExtractor() {
    }

    /** Parses bytes: charset from the content-type header, else BOM, else {@code <meta charset>}, else UTF-8. */
    public Extraction extract(byte[] body, String contentType, String url, OffsetDateTime fetchedAt,
            ExtractionRules rules) {
        String html;
        try {
            html = Charsets.decode(body, contentType);
        } catch (RuntimeException e) {
            html = "";
        }
        return extract(html, url, fetchedAt, rules);
    }

    public Extraction extract(String html, String url, OffsetDateTime fetchedAt, ExtractionRules rules) {
        try {
            return read(html == null ? "" : html, url == null ? "" : url, fetchedAt,
                    rules == null ? ExtractionRules.NONE : rules);
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is a value for every input; a page the engine cannot read is an empty page.
            return empty();
        }
    }

    private static Extraction empty() {
        return new Extraction(PageType.EMPTY, null, null, null, null, List.of(), null, null, null, null, List.of(),
                "", "", null);
    }

    private Extraction read(String html, String url, OffsetDateTime fetchedAt, ExtractionRules rules) {
        Document doc = Jsoup.parse(html, url);
        Map<String, List<String>> meta = MetaReader.metaMap(doc);
        ZoneOffset pageZone = MetaReader.pageOffset(doc, meta);
        ZoneOffset zone = pageZone != null ? pageZone : ZoneOffset.UTC;

        PageFacts jsonLd = JsonLdReader.read(doc, zone);
        PageFacts metaFacts = MetaReader.read(doc, meta, zone);
        PageFacts micro = MetaReader.microdata(doc, zone);
        PageFacts facts = jsonLd.orElse(micro.withTitle(null)).orElse(metaFacts);

        List<Author> authors = firstNonEmpty(
                ruleAuthors(doc, rules),
                jsonLd.authors(),
                micro.authors(),
                metaFacts.authors(),
                MetaReader.relAuthors(doc),
                BylineReader.authors(doc));
        String siteName = facts.siteName();
        authors = withoutSiteName(authors, siteName);

        DatedValue published = ruleDate(doc, rules, zone);
        if (published == null) {
            // the date shown by the headline settles which declared date is the publish date
            VisibleDates.Shown shown = VisibleDates.find(doc, zone, fetchedAt);
            published = firstDate(VisibleDates.reconcile(shown, jsonLd.published(), micro.published(),
                    metaFacts.published()), MetaReader.timeElement(doc, zone), BylineReader.date(doc, zone, fetchedAt),
                    urlDate(url, zone));
        }
        DatedValue modified = firstDate(jsonLd.modified(), micro.modified(), metaFacts.modified());

        List<String> headings = new ArrayList<>();
        // h1 first, then the other places templates put the headline (h2 on many blogs, itemprop/class hints)
        for (Element h : doc.select(
                "h1, [itemprop=headline], .entry-title, .post-title, .article-title, .headline, h2")) {
            if (!h.text().isBlank() && headings.size() < 12 && !headings.contains(h.text())) {
                headings.add(h.text());
            }
        }
        String ruleTitle = ruleText(doc, rules.title());
        String title = ruleTitle != null ? ruleTitle : TitleCleaner.choose(jsonLd.title(),
                MetaReader.firstOf(meta, "og:title", "twitter:title"), headings, doc.title(), siteName);
        if (title == null) {
            title = micro.title();
        }

        Element bodyRule = ruleElement(doc, rules.body());
        HtmlCleaner.clean(doc, rules.remove());
        List<Element> content = bodyRule != null ? List.of(bodyRule)
                : ContentScorer.withSiblings(ContentScorer.best(doc.body()), doc.body());
        if (bodyRule == null) {
            content.forEach(ContentPruner::prune);
        }
        String text = TextRenderer.render(content);
        String safeHtml = Sanitiser.sanitise(content, doc.location());

        String language = LanguageCheck.language(facts.language(), text);
        Element original = Jsoup.parse(html, url).body();
        TextStats pageStats = TextStats.of(original);
        PageType type = PageClassifier.classify(new PageClassifier.Signals(
                text.length(), text.split("\n\n").length, pageStats.linkDensity(original),
                original.select("a[href]").size(), facts.type(),
                original.selectFirst("video, iframe[src~=(?i)youtube|vimeo|dailymotion|player], [class~=(?i)player]")
                        != null, jsonLd.type() != null && jsonLd.type().equals("article")
                        || metaFacts.type() != null && metaFacts.type().equals("article") || published != null
                        && published.source() != DateSource.URL, url));

        return new Extraction(type, facts.canonicalUrl(), siteName, title, facts.description(), authors, published,
                modified, language, facts.section(), facts.tags(), text, safeHtml, facts.image());
    }

    @SafeVarargs
    private static <T> List<T> firstNonEmpty(List<T>... lists) {
        for (List<T> l : lists) {
            if (l != null && !l.isEmpty()) {
                return l;
            }
        }
        return List.of();
    }

    private static List<Author> withoutSiteName(List<Author> authors, String siteName) {
        if (siteName == null) {
            return authors;
        }
        List<Author> out = new ArrayList<>();
        for (Author a : authors) {
            if (!TitleCleaner.norm(a.name()).equals(TitleCleaner.norm(siteName))) {
                out.add(a);
            }
        }
        return out;
    }

    private static DatedValue firstDate(DatedValue... values) {
        for (DatedValue v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static DatedValue urlDate(String url, ZoneOffset zone) {
        for (Pattern p : new Pattern[] {URL_DATE, URL_DATE_COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                Optional<OffsetDateTime> d = DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), zone);
                if (d.isPresent()) {
                    return new DatedValue(d.get(), DateSource.URL);
                }
            }
        }
        Matcher dmy = URL_DATE_DMY.matcher(url);
        if (dmy.find()) {
            Optional<OffsetDateTime> d = DateParser.parse(dmy.group(3) + "-" + dmy.group(2) + "-" + dmy.group(1), zone);
            if (d.isPresent()) {
                return new DatedValue(d.get(), DateSource.URL);
            }
        }
        return null;
    }

    private static Element ruleElement(Document doc, String selector) {
        if (selector == null) {
            return null;
        }
        try {
            return doc.selectFirst(selector);
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    private static String ruleText(Document doc, String selector) {
        Element e = ruleElement(doc, selector);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static List<Author> ruleAuthors(Document doc, ExtractionRules rules) {
        if (rules.author() == null) {
            return List.of();
        }
        List<Author> out = new ArrayList<>();
        try {
            for (Element e : doc.select(rules.author())) {
                String raw = e.hasAttr("content") ? e.attr("content") : e.text();
                for (String n : AuthorNames.parse(raw)) {
                    out.add(Author.named(n));
                }
            }
        } catch (Selector.SelectorParseException e) {
            return List.of();
        }
        return AuthorNames.dedupe(out);
    }

    private static DatedValue ruleDate(Document doc, ExtractionRules rules, ZoneOffset zone) {
        Element e = ruleElement(doc, rules.date());
        if (e == null) {
            return null;
        }
        for (String raw : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
            Optional<OffsetDateTime> d = DateParser.parse(raw, zone);
            if (d.isPresent()) {
                return new DatedValue(d.get(), DateSource.META);
            }
        }
        return null;
    }
}
