package dev.ingest.core.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD: the article node (NewsArticle, BlogPosting, … also inside {@code @graph}, arrays and
 * {@code mainEntity}), its authors (strings, objects, arrays, {@code @id} references), dates, section, keywords.
 *
 * <p>{@code {"@type":["NewsArticle"],"headline":"Dam opens","author":[{"@type":"Person","name":"Mara Lind"}],
 * "datePublished":"2026-11-28T09:00:00+01:00"}} gives title "Dam opens", author "Mara Lind", published
 * 2026-11-28T09:00+01:00 (source {@code jsonld}). Broken blocks are skipped, never thrown.
 */
final class JsonLdReader {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle", "scholarlyarticle", "techarticle",
            "report", "liveblogposting", "socialmediaposting", "discussionforumposting", "posting", "review",
            "medicalscholarlyarticle", "advertisercontentarticle", "creativework", "qapage", "question");
    private static final Set<String> DATED_WORK_TYPES = Set.of("howto", "podcastepisode", "episode", "course",
            "musicrecording", "dataset");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "profilepage",
            "medicalwebpage", "collectionpage", "searchresultspage", "videoobject", "recipe", "event", "product");

    private JsonLdReader() {
    }

    /** {@code "isAccessibleForFree": false}, as a paywalled page declares itself for search engines. */
    private static final Pattern NOT_FREE = Pattern.compile(
            "\"isAccessibleForFree\"\\s*:\\s*(?:false|\"false\"|\"False\")");

    /** Whether the page's JSON-LD says its content is not free to read: behind a subscription or sign-in wall. */
    static boolean lockedAway(Document doc) {
        for (Element script : PageIndex.of(doc).jsonLd()) {
            String data = script.data();
            if (data.contains("isAccessibleForFree") && NOT_FREE.matcher(data).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The CSS selectors of the parts the page declares not free to read ({@code "hasPart": {"isAccessibleForFree":
     * false, "cssSelector": ".paywalled-content"}}), as a publisher marks the subscribers' text it ships hidden in the
     * page for search engines: that text is the article's. Empty when the page declares none.
     */
    static List<String> lockedParts(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element script : PageIndex.of(doc).jsonLd()) {
            String data = script.data();
            if (data.contains("cssSelector") && NOT_FREE.matcher(data).find()) {
                JsonNode root = parse(data);
                if (root != null) {
                    lockedParts(root, out, 0);
                }
            }
        }
        return out;
    }

    /** How deep in a JSON-LD block a declared part is looked for: the article, its {@code hasPart} list, a part. */
    private static final int PART_DEPTH = 6;

    private static void lockedParts(JsonNode node, List<String> out, int depth) {
        if (depth > PART_DEPTH) {
            return;
        }
        if (node.isObject()) {
            JsonNode free = node.get("isAccessibleForFree");
            JsonNode selector = node.get("cssSelector");
            if (free != null && selector != null && free.asText().equalsIgnoreCase("false")) {
                for (JsonNode one : selector.isArray() ? selector : List.of(selector)) {
                    if (one.isTextual() && !one.asText().isBlank()) {
                        out.add(one.asText());
                    }
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                lockedParts(child, out, depth + 1);
            }
        }
    }

    /** The schema.org type of a forum thread's opening post. */
    private static final String FORUM_POSTING = "DiscussionForumPosting";

    /**
     * Whether the page declares itself a forum thread ({@code "@type": "DiscussionForumPosting"} in its JSON-LD, or as
     * its microdata's {@code itemtype}), as forum platforms do: its comment section's opening post is its story.
     */
    static boolean declaresForumPosting(Document doc) {
        PageIndex index = PageIndex.of(doc);
        for (Element script : index.jsonLd()) {
            if (script.data().contains(FORUM_POSTING)) {
                return true;
            }
        }
        for (Element e : index.all()) { // what [itemtype] selects, asked without a query of every element
            if (Attrs.has(e, "itemtype") && e.attr("itemtype").contains(FORUM_POSTING)) {
                return true;
            }
        }
        return false;
    }

    /** The facts of the page's most article-like JSON-LD node; {@link PageFacts#EMPTY} when there is none. */
    static PageFacts read(Document doc, ZoneId zone) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : PageIndex.of(doc).jsonLd()) {
            JsonNode root = parse(script.data());
            if (root != null) {
                flatten(root, nodes, 0);
            }
        }
        if (nodes.isEmpty()) {
            return PageFacts.EMPTY;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = text(n.get("@id"));
            if (id != null && n.size() > 1) {
                byId.putIfAbsent(id, n);
            }
        }
        JsonNode article = null;
        JsonNode page = null;
        for (JsonNode n : nodes) {
            Set<String> types = types(n);
            if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)
                    && (n.has("headline") || n.has("datePublished") || n.has("author") || n.has("articleBody"))) {
                article = n;
            }
            if (page == null && types.stream().anyMatch(PAGE_TYPES::contains)) {
                page = n;
            }
        }
        String type = article != null ? "article" : page != null && types(page).contains("videoobject") ? "video"
                : page != null && (types(page).contains("collectionpage") || types(page).contains("searchresultspage"))
                ? "listing" : page != null && types(page).contains("profilepage") ? "profile" : null;
        JsonNode main = article != null ? article : page;
        if (main == null) {
            return new PageFacts(null, siteName(nodes, null, byId), null, List.of(), datedWork(nodes, zone), null,
                    null, List.of(), null, null, null, type);
        }
        // (an event's "startDate" is when it happens, not when its page came out)
        String published = first(main, "datePublished", "dateCreated", "uploadDate");
        String modified = first(main, "dateModified");
        return new PageFacts(
                article != null ? first(main, "headline", "name", "alternativeHeadline") : null,
                siteName(nodes, main, byId),
                first(main, "description"),
                authors(main.get("author"), byId),
                dated(published, zone),
                dated(modified, zone),
                joined(main.get("articleSection")),
                keywords(main.get("keywords")),
                image(main.get("image")),
                null,
                first(main, "inLanguage"),
                type);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        String s = json.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        try {
            return LENIENT.readTree(s);
        } catch (Exception e) {
            // Broken JSON-LD is common; try once more without raw line breaks inside strings.
            try {
                return LENIENT.readTree(s.replaceAll("[\\r\\n\\t]+", " "));
            } catch (Exception again) {
                return null;
            }
        }
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6 || out.size() > 500) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            flatten(n.get("mainEntity"), out, depth + 1);
            flatten(n.get("mainEntityOfPage"), out, depth + 1);
            flatten(n.get("hasPart"), out, depth + 1);
            flatten(n.get("itemListElement"), out, depth + 1);
        }
    }

    private static Set<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText("").toLowerCase(Locale.ROOT).replace("http://schema.org/", "")
                    .replace("https://schema.org/", "")));
        } else {
            out.add(t.asText("").toLowerCase(Locale.ROOT).replace("http://schema.org/", "")
                    .replace("https://schema.org/", ""));
        }
        return out;
    }

    private static List<Author> authors(JsonNode n, Map<String, JsonNode> byId) {
        List<Author> people = new ArrayList<>();
        List<Author> organisations = new ArrayList<>();
        collectAuthors(n, byId, people, organisations, 0);
        return AuthorNames.dedupe(people.isEmpty() ? organisations : people);
    }

    private static void collectAuthors(JsonNode n, Map<String, JsonNode> byId, List<Author> people,
            List<Author> organisations, int depth) {
        if (n == null || depth > 3) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collectAuthors(c, byId, people, organisations, depth + 1);
            }
            return;
        }
        if (n.isTextual()) {
            for (String name : AuthorNames.declared(n.asText())) {
                people.add(Author.named(name));
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        JsonNode node = n;
        String ref = text(n.get("@id"));
        if (!n.has("name") && ref != null && byId.containsKey(ref)) {
            node = byId.get(ref);
        }
        String name = text(node.get("name"));
        if (name == null) {
            String given = text(node.get("givenName"));
            String family = text(node.get("familyName"));
            name = given == null && family == null ? null : ((given == null ? "" : given) + " "
                    + (family == null ? "" : family)).strip();
        }
        if (name == null) {
            return;
        }
        String url = text(node.get("url"));
        if (url == null) {
            JsonNode same = node.get("sameAs");
            url = same != null && same.isArray() && same.size() > 0 ? text(same.get(0)) : text(same);
        }
        boolean organisation = types(node).contains("organization") || types(node).contains("newsmediaorganization");
        // an organisation's name is no person's credit line: "Department for Coastal Affairs" is kept whole
        for (String clean : organisation ? organisationName(name) : AuthorNames.declared(name)) {
            (organisation ? organisations : people).add(new Author(clean, url != null && url.startsWith("http")
                    ? url : null));
        }
    }

    /**
     * The declared name of an organisation, whole, when the reading of a credit line finds a name in it (it finds none
     * in a web address or a site's domain): that reading would cut "Department for Coastal Affairs" at "for".
     */
    private static List<String> organisationName(String name) {
        String tidy = name.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return AuthorNames.declared(tidy).isEmpty() || tidy.length() > 120 ? List.of() : List.of(tidy);
    }

    private static String siteName(List<JsonNode> nodes, JsonNode main, Map<String, JsonNode> byId) {
        if (main != null && main.get("publisher") != null) {
            JsonNode p = main.get("publisher");
            if (p.isArray() && p.size() > 0) {
                p = p.get(0);
            }
            String ref = text(p.get("@id"));
            if (!p.has("name") && ref != null && byId.containsKey(ref)) {
                p = byId.get(ref);
            }
            String name = text(p.get("name"));
            if (name != null) {
                return name;
            }
        }
        for (JsonNode n : nodes) {
            if (types(n).contains("website")) {
                String name = text(n.get("name"));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The publish date of a page's own work that is no article: a how-to, a podcast episode, a course. */
    private static DatedValue datedWork(List<JsonNode> nodes, ZoneId zone) {
        for (JsonNode n : nodes) {
            if (types(n).stream().anyMatch(DATED_WORK_TYPES::contains)) {
                DatedValue d = dated(first(n, "datePublished", "dateCreated", "uploadDate"), zone);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static DatedValue dated(String raw, ZoneId zone) {
        if (raw == null) {
            return null;
        }
        return DateParser.parse(raw, zone).map(d -> new DatedValue(d, DateSource.JSONLD)).orElse(null);
    }

    private static String first(JsonNode n, String... keys) {
        for (String k : keys) {
            String v = text(n.get(k));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String joined(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        return text(n);
    }

    private static List<String> keywords(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(k -> {
                String t = text(k);
                if (t != null) {
                    out.add(t);
                }
            });
        } else {
            String t = text(n);
            if (t != null) {
                for (String k : t.split(",")) {
                    if (!k.isBlank()) {
                        out.add(k.strip());
                    }
                }
            }
        }
        return out;
    }

    private static String image(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : image(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("url") ? n.get("url") : n.get("contentUrl"));
        }
        return text(n);
    }

    /** The text of a scalar, or the first scalar of an array; null when empty. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("name") ? n.get("name") : n.get("@value"));
        }
        String s = org.jsoup.parser.Parser.unescapeEntities(n.asText(""), false).strip();
        return s.isEmpty() ? null : s;
    }
}
