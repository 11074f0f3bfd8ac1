package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Picks the headline from the page's title candidates and strips site-name decorations.
 *
 * <p>{@code clean("Dam opens after ten years | Riverside Gazette", "Riverside Gazette")} is
 * {@code "Dam opens after ten years"}; a heading that the {@code <title>} repeats is preferred over a
 * {@code <title>} it had to be cut from.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—»·•:/\\\\-]\\s+|\\s+::\\s+|\\s*[|｜]\\s*");
    /** Separators that never occur inside a headline (unlike " - " and " : "). */
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[»›>]\\s");
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s+[»«·•]\\s+|\\s*[|｜]\\s*|\\s+::\\s+");

    private TitleCleaner() {
    }

    /** The title without a leading or trailing site-name part. */
    static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = SPACES.matcher(title.replace('\u00a0', ' ')).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return null;
        }
        String site = siteName == null ? null : norm(siteName);
        String withoutSite = site == null ? t : withoutSiteAtAnEnd(t, site);
        if (withoutSite != t) {
            return withoutSite;
        }
        String named = siteName == null ? "" : siteName.strip();
        if (named.length() >= 3 && t.length() > named.length() + 3
                && t.regionMatches(true, 0, named, 0, named.length()) && t.startsWith(": ", named.length())) {
            return t.substring(named.length() + 2).strip(); // "Foxed Pages: What the binder left behind", a blog's way
        }
        var m = SEPARATOR.matcher(t);
        java.util.List<int[]> cuts = new java.util.ArrayList<>();
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return t;
        }
        // Drop a trailing part that is the site name, or a short trailing part after the last separator.
        int[] last = cuts.get(cuts.size() - 1);
        String head = t.substring(0, last[0]).strip();
        String tail = t.substring(last[1]).strip();
        if (site != null && (similar(tail, site))) {
            return clean(head, siteName);
        }
        int[] firstCut = cuts.get(0);
        String lead = t.substring(0, firstCut[0]).strip();
        String rest = t.substring(firstCut[1]).strip();
        if (site != null && similar(lead, site)) {
            return rest;
        }
        if (words(tail) <= 4 && words(head) >= 3 && !t.substring(last[0], last[1]).strip().equals(":")
                && !t.substring(last[0], last[1]).strip().equals("-")) {
            return head;
        }
        if (words(tail) <= 3 && words(head) >= 3 && looksLikeSiteName(tail)) {
            return head;
        }
        return t;
    }

    /**
     * The title without the site name at its start or end, when the name itself has separators in it ("Enchufla -
     * Salsa-Figuren - Rueda" with the site "Salsa-Figuren - Rueda"); {@code title} itself when it does not.
     */
    private static String withoutSiteAtAnEnd(String title, String site) {
        String t = norm(title);
        if (site.length() < 3 || t.length() != title.length() || t.length() <= site.length() + 3
                || !SEPARATOR.matcher(site).find()) {
            return title;
        }
        if (t.endsWith(site)) {
            var m = TRAILING_SEPARATOR.matcher(title.substring(0, title.length() - site.length()));
            if (m.find() && words(title.substring(0, m.start())) >= 1) {
                return title.substring(0, m.start()).strip();
            }
        }
        if (t.startsWith(site)) {
            var m = LEADING_SEPARATOR.matcher(title.substring(site.length()));
            if (m.find()) {
                return title.substring(site.length() + m.end()).strip();
            }
        }
        return title;
    }

    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|–—»·•:/\\\\-]\\s*$|\\s*[|｜]\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|–—»·•:/\\\\-]\\s+|^\\s*[|｜]\\s*");

    /**
     * A visible heading as a headline candidate: its text without kickers and screen-reader-only parts, and, when
     * it opens with a part of its own (a {@code <small>}, {@code <em>} or {@code <span>} before the words), the text
     * after that part. A logo heading has no text and names the site ({@code siteName}); {@code sole} marks the
     * page's one h1; {@code banner} a heading in the site's banner ({@code role="banner"}), where forums and blogs set
     * the site's name as a plain heading.
     */
    record Heading(String text, String withoutLead, String siteName, boolean sole, boolean banner) {
        Heading(String text, String withoutLead) {
            this(text, withoutLead, null, false, false);
        }

        /** This heading as the page's only h1 outside navigation, footer and sidebars. */
        Heading asSole() {
            return new Heading(text, withoutLead, siteName, true, banner);
        }

        /** This heading as one in the site's banner. */
        Heading inBanner() {
            return new Heading(text, withoutLead, siteName, sole, true);
        }
    }

    /** Parts of a heading that are not the headline: kickers, labels, text for screen readers only. */
    // "label" but not Drupal's "field--label-hidden" on the title field itself (RE2 reads it too: no look-around)
    private static final Evaluator KICKER = QueryParser.parse("[class~=(?i)kicker|overline|roofline|topline"
            + "|dachzeile|eyebrow|supertitle|strapline|subtitle|pretitle|pre-title|small|(?:^|[^-]|[^-]-)label"
            + "|rubri|categor"
            + "|visually-?hidden|sr-only|screen-reader|a11y], [hidden], [aria-hidden=true]");
    /** Class words naming the site's own title or logo. */
    private static final Pattern SITE_CLASS = Pattern.compile("(?i)logo|site-?title|site-?name|brand|blog-?title"
            + "|masthead");
    /**
     * A utility class that only styles (a typeface, a colour, a border): "font-brandUI", "dark:text-brand-600" say
     * nothing of what the element is.
     */
    private static final Pattern STYLE_UTILITY = Pattern.compile("(?i)(?:[a-z0-9-]+:)*(?:font|text|bg|border|from"
            + "|via|to|ring|fill|stroke|shadow|outline|decoration|divide|accent|caret)-");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})\\s+[-–—|:]\\s+");

    /** {@code <h1><span class=kicker>Climate</span> Drilling on</h1>} → text "Drilling on". */
    static Heading heading(Element h) {
        Heading heading = ownHeading(h);
        return h.closest(BANNER) != null ? heading.inBanner() : heading;
    }

    private static final Evaluator BANNER = QueryParser.parse("[role=banner]");

    private static Heading ownHeading(Element h) {
        if (h.is(KICKER)) {
            return new Heading("", null);
        }
        if (isSiteName(h)) {
            String site = squash(h.text());
            return new Heading("", null, site.isEmpty() ? null : site, false, false);
        }
        Node lead = firstContent(h);
        if (Subtree.first(h, KICKER) == null && !isLead(lead)) {
            // nothing to take out: the heading's own text, without copying it
            String own = squash(h.text());
            return new Heading(withoutPermalink(QUOTE_DASH.matcher(own).lookingAt() ? own
                    : withoutLeadingPunctuation(own), h), null);
        }
        Element c = h.clone();
        c.select(KICKER).remove();
        String text = withoutPermalink(withoutLeadingPunctuation(squash(c.text())), h);
        String withoutLead = null;
        Node first = firstContent(c);
        if (isLead(first)) {
            first.remove();
            String rest = withoutLeadingPunctuation(squash(c.text()));
            if (words(rest) >= 2) {
                withoutLead = rest;
            }
        }
        return new Heading(text, withoutLead);
    }

    /** The mark of a heading's own link that documentation generators put at its end: "¶", "§", "#", "🔗". */
    private static final Pattern PERMALINK_MARK = Pattern.compile("\\s*(?:¶|§|#|🔗)$");

    /**
     * {@code text} without the permalink mark at its end, when {@code h} ends in a link to itself holding just that
     * mark ({@code <h1>Tuning<a class="headerlink" href="#tuning">¶</a></h1>}); "Learning C#" keeps its "#".
     */
    private static String withoutPermalink(String text, Element h) {
        var mark = PERMALINK_MARK.matcher(text);
        if (!mark.find()) {
            return text;
        }
        Element last = h.children().isEmpty() ? null : h.child(h.childrenSize() - 1);
        boolean selfLink = last != null && last.nameIs("a") && last.attr("href").startsWith("#")
                && PERMALINK_MARK.matcher(last.text()).matches();
        return selfLink ? text.substring(0, mark.start()) : text;
    }

    private static final Evaluator HOME_REL = QueryParser.parse("a[rel=home]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    /** The most words a site's name shown as a heading has: "The Fernbrook Blog", "Journal of the Harbour Society". */
    private static final int SITE_NAME_WORDS = 8;

    /** "/", "https://site.example/", ".../index.html": a link to the front page. */
    private static final Pattern HOME_LINK = Pattern.compile(
            "(?i)^(?:[a-z]+:)?(?://[^/]+)?/?$|.*://[^/]+/?(?:index\\.\\w+)?$");

    /**
     * A heading that names the site: the template's logo or site title (or the heading in one), or a heading that is
     * a link home or sits in one. A heading of more words than a site's name has, linking nowhere, is a post's title
     * whatever its class says ("<h1 class=blog-title>Fernbrook raises $31M Series B to bring same-day … </h1>").
     */
    static boolean isSiteName(Element h) {
        Element up = h.parent();
        if (Subtree.first(h, HOME_REL) != null
                || up != null && up.nameIs("a") && HOME_LINK.matcher(up.attr("href").strip()).matches()) {
            return true; // a rel=home link inside, or the logo's link home around it ("<a href=/>…<h1>Site</h1></a>")
        }
        if (isSiteMark(h) || up != null && isSiteMark(up)) {
            Element own = Subtree.first(h, LINK);
            if (own != null && linksToItsPage(own)) {
                return false; // Weebly's "blog-title" over a post, linking to the post: the post's title
            }
            return own != null || words(squash(h.text())) <= SITE_NAME_WORDS;
        }
        Element link = Subtree.first(h, LINK);
        return link != null && link.text().strip().equals(h.text().strip())
                && HOME_LINK.matcher(link.attr("href").strip()).matches();
    }

    /**
     * Whether {@code link} points to the page it is on, and that page is no site's home: the permalink a post's title
     * links to.
     */
    private static boolean linksToItsPage(Element link) {
        Document doc = link.ownerDocument();
        String page = doc == null ? "" : withoutEnd(doc.location());
        return !page.isEmpty() && !HOME_LINK.matcher(page).matches() && page.equals(withoutEnd(link.absUrl("href")));
    }

    /** An address without its fragment and its closing slash. */
    private static String withoutEnd(String url) {
        int hash = url.indexOf('#');
        String s = hash < 0 ? url : url.substring(0, hash);
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether {@code e} is marked as the site's title or logo: a class naming one, or {@code rel=home}. */
    private static boolean isSiteMark(Element e) {
        if (e.attr("rel").strip().equalsIgnoreCase("home")) {
            return true;
        }
        String classes = e.className();
        if (classes.isEmpty() || !SITE_CLASS.matcher(classes).find()) {
            return false;
        }
        for (String c : SPACES.split(classes)) {
            if (SITE_CLASS.matcher(c).find() && !STYLE_UTILITY.matcher(c).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A run of emphasis or a span opening the heading ahead of the rest: a kicker without a class. */
    private static boolean isLead(Node first) {
        return first instanceof Element lead && !lead.text().isBlank()
                && lead.normalName().matches("small|em|span|strong|b|i");
    }

    /** The first child with content, looking through a wrapper that is the only child. */
    private static Node firstContent(Element e) {
        List<Node> content = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                content.add(n);
            }
        }
        if (content.size() == 1 && content.get(0) instanceof Element only) {
            return firstContent(only);
        }
        return content.isEmpty() ? null : content.get(0);
    }

    /**
     * What the page declares about its title: JSON-LD headline, og:title, twitter:title, {@code <meta name=title>},
     * {@code <title>}, and the description (old templates repeat the headline there). Any may be null.
     */
    record Declared(String jsonLd, String og, String twitter, String meta, String html, String description) {
    }

    /**
     * The best headline among candidates. A visible heading that a declared title (JSON-LD headline, og:title,
     * twitter:title, {@code <meta name=title>}, {@code <title>}) states in full wins, then one that a declared title
     * states after a kicker or before the site name; failing that the declared titles, cleaned of the site name.
     */
    static String choose(Declared titles, List<Heading> headings, String siteName) {
        List<String> declared = new ArrayList<>();
        for (String d : new String[] {titles.jsonLd(), titles.og(), titles.twitter(), titles.meta(), titles.html()}) {
            if (d != null && !norm(d).isEmpty()) {
                declared.add(norm(d));
            }
        }
        String site = siteName;
        List<Heading> shown = new ArrayList<>();
        for (Heading h : headings) {
            if (h.siteName() != null && (site == null || site.isBlank())) {
                site = h.siteName(); // the logo heading names the site the <title> may end with
            }
            if (!h.text().isBlank()) {
                shown.add(h);
            }
        }
        String picked = pick(titles, shown, site, declared);
        if (picked == null) {
            return null;
        }
        String t = TextRenderer.nfc(squash(picked));
        java.util.regex.Matcher m = LEADING_DATE.matcher(t);
        return m.find() && words(t.substring(m.end())) >= 2 ? t.substring(m.end()) : t;
    }

    private static final int FIRST_HEADINGS = 12;

    /**
     * Whether a declared title sets the heading's lead before its headline with a colon, as a kicker: the heading
     * {@code <h2><span>Kommunale Wärmeplanung</span><span>Warum Städte …</span></h2>} and the og:title "Kommunale
     * Wärmeplanung: Warum Städte …".
     */
    private static boolean leadAsKicker(Heading h, List<String> declared) {
        String text = norm(h.text());
        String headline = norm(h.withoutLead());
        if (!text.endsWith(headline) || text.length() == headline.length()) {
            return false;
        }
        String kicker = text.substring(0, text.length() - headline.length()).strip();
        return declared.contains(kicker + ": " + headline);
    }

    /** Words in letters only, the last in small letters: "Why the", a headline's opening, no label before it. */
    private static final Pattern RUNS_ON = Pattern.compile("[\\p{L}' ]*\\p{Ll}+");

    /**
     * Whether {@code lead}, what a heading puts before the declared headline, opens the same sentence ("Why the" in
     * "Why the Harrow Bank dredge would undo …" over the declared "Harrow Bank dredge would undo …"), rather than
     * setting a label or a date before it.
     */
    private static boolean runsOn(String lead) {
        return RUNS_ON.matcher(lead).matches() && lead.indexOf(' ') > 0
                && Character.isLowerCase(lead.codePointAt(lead.lastIndexOf(' ') + 1));
    }

    private static String pick(Declared titles, List<Heading> all, String siteName, List<String> declared) {
        String jsonLd = titles.jsonLd();
        String og = titles.og() != null ? titles.og() : titles.twitter();
        String htmlTitle = titles.html();
        for (int i = 0; i < all.size(); i++) {
            Heading h = all.get(i);
            if (declared.contains(norm(h.text())) && norm(h.text()).length() >= 3) {
                return extendedEarlier(all.subList(0, i), h.text());
            }
        }
        for (Heading h : all) {
            if (h.withoutLead() != null && (declared.contains(norm(h.withoutLead())) || leadAsKicker(h, declared))) {
                return h.withoutLead();
            }
        }
        // looser matches only among the first headings: far down a page they are teasers and widgets
        List<Heading> headings = all.subList(0, Math.min(all.size(), FIRST_HEADINGS));
        // a heading in the site's banner that is one end of the title ("Topic - Forum") is the site's name when another
        // heading is an end too: those outside the banner are asked first
        // the <title>'s " - Estuary Review" is the site's name, whichever widget heading repeats it, when the page's
        // one h1 says something else (a personal site's page may be headed with its name)
        String site = siteName == null ? "" : norm(siteName);
        boolean otherH1 = !site.isEmpty() && headings.stream().anyMatch(h -> h.sole() && !h.text().isBlank()
                && !norm(h.text()).equalsIgnoreCase(site));
        // the page's one h1, when a subheading is one end of a declared title whose other end tells the h1's story
        // ("Rückruf Tahin Sesampaste: Salmonellen – diese Chargen sind betroffen" over "Salmonellen in Sesampaste: …"
        // and its "Diese Chargen sind betroffen")
        String soleH1 = headings.stream().filter(h -> h.sole() && !h.text().isBlank()).map(h -> norm(h.text()))
                .findFirst().orElse(null);
        for (boolean banner : new boolean[] {false, true}) {
            for (Heading h : headings) {
                for (String text : new String[] {h.text(), h.withoutLead()}) {
                    if (h.banner() == banner && text != null && norm(text).length() >= 3
                            && !(otherH1 && norm(text).equalsIgnoreCase(site))
                            && isEndSegment(norm(text), declared, h.sole() ? null : soleH1)) {
                        return text;
                    }
                }
            }
        }
        String cleanedTitle = clean(htmlTitle, siteName);
        String cleanedOg = clean(og, siteName);
        String cleanedLd = jsonLd == null || jsonLd.isBlank() ? null : clean(jsonLd, siteName);
        List<String> cleanedDeclared = new ArrayList<>();
        for (String d : new String[] {cleanedLd, cleanedOg, cleanedTitle}) {
            if (d != null && words(d) >= 2) {
                cleanedDeclared.add(norm(d));
            }
        }
        List<String> firstSegments = new ArrayList<>();
        for (String d : declared) {
            List<String> parts = segments(d);
            if (parts.size() > 1 && words(parts.get(0)) >= 3) {
                firstSegments.add(parts.get(0));
            }
        }
        boolean soleShown = headings.stream().anyMatch(Heading::sole);
        for (Heading h : headings) {
            String hn = norm(h.text());
            if (hn.length() < 4 || words(hn) < 2) {
                continue;
            }
            for (String d : firstSegments) {
                if (hn.startsWith(d)) {
                    // the declared title, before its site name, is the start of the visible headline
                    return h.text();
                }
            }
            for (String d : cleanedDeclared) {
                if (hn.startsWith(d) || d.startsWith(hn) || d.endsWith(hn) && (afterMark(d, hn) || !soleShown)) {
                    // the page shows more of the headline than the declared title, or the declared title adds a
                    // kicker or section to it; under the page's one h1, set off by a mark ("… trilhos; veja horários
                    // e preços" does not end with the story's subheading "Horários e preços")
                    return h.text();
                }
                if (hn.endsWith(d) && words(d) >= 3) {
                    // the heading puts a date or a label before the declared headline; unless what follows runs on
                    // in small letters: "«Тут кнігі гавораць па-нашаму»: у Вільні адкрылася …" is one headline, its
                    // quote left out of the declared title
                    String tail = h.text().substring(h.text().length() - d.length()).strip();
                    String lead = h.text().substring(0, h.text().length() - d.length()).strip();
                    return tail.isEmpty() || !Character.isLowerCase(tail.codePointAt(0)) && !runsOn(lead) ? tail
                            : h.text();
                }
            }
            if (related(hn, og) || related(hn, htmlTitle) || related(hn, jsonLd)) {
                return h.text();
            }
        }
        for (Heading h : headings) {
            if (h.sole() && (siteName == null || !namesSite(h.text(), siteName))) {
                // the page's one h1 is what readers see as the headline; declared titles that share nothing
                // with it are written for search results and social cards (a one-word h1 is marked the page's
                // one only when its address agrees: ArticleExtractor.slugNames)
                return h.text();
            }
        }
        if (cleanedLd != null) {
            return cleanedLd;
        }
        String shared = sharedSegment(og, htmlTitle);
        if (shared != null) {
            return shared;
        }
        if (cleanedOg != null) {
            return cleanedOg;
        }
        if (!headings.isEmpty() && htmlTitle != null && TRAILING_SEPARATOR.matcher(htmlTitle).find()
                && words(headings.get(0).text()) >= 2) {
            // "National Rail Enquiries -": the template's slot for the page's title was left empty
            return headings.get(0).text();
        }
        if (headings.size() == 1 && headings.get(0).text().length() > 10) {
            return headings.get(0).text();
        }
        String described = describedSegment(htmlTitle, titles.description());
        if (described != null) {
            return described;
        }
        String longest = longestSegment(htmlTitle == null ? null : squash(htmlTitle), siteName);
        return longest != null && !longest.equals(squash(htmlTitle)) ? longest : cleanedTitle;
    }

    /**
     * A heading shown before the one the declared titles name, that starts with it and goes on: the page's h1 shows
     * the full headline ("… in Tennessee") and the teaser heading repeats the shortened one the declared titles use.
     */
    private static String extendedEarlier(List<Heading> earlier, String matched) {
        String m = norm(matched);
        for (Heading e : earlier) {
            String t = norm(e.text());
            if (t.startsWith(m + " ") && words(t) <= 2 * words(m) + 4) {
                return e.text();
            }
        }
        return matched;
    }

    /**
     * The last part two differing declared titles share ("Industry revolutionised?: Anno Beta" and "Games | Previews:
     * Anno Beta"): each puts its own kicker, section or site name before the headline.
     */
    private static String sharedSegment(String og, String htmlTitle) {
        if (og == null || htmlTitle == null || norm(og).equals(norm(htmlTitle))) {
            return null;
        }
        List<String> a = parts(squash(og));
        List<String> b = parts(squash(htmlTitle));
        if (a.size() < 2 || b.size() < 2) {
            return null;
        }
        String last = a.get(a.size() - 1);
        return norm(last).equals(norm(b.get(b.size() - 1))) && words(last) >= 2 ? last : null;
    }

    /**
     * The part of a {@code <title>} of several parts that the description repeats in full ("Club - Weichen gestellt -
     * Press - News" described as "Weichen gestellt"): templates that fill the description with the headline.
     */
    private static String describedSegment(String htmlTitle, String description) {
        if (htmlTitle == null || description == null || words(description) < 3) {
            return null;
        }
        List<String> parts = segments(squash(htmlTitle));
        for (String part : parts) {
            if (parts.size() > 1 && norm(part).equals(norm(description))) {
                return part;
            }
        }
        return null;
    }

    /** Whether {@code end}, which {@code declared} ends with, follows a mark there: a colon, a bar, a dash. */
    private static boolean afterMark(String declared, String end) {
        String before = declared.substring(0, declared.length() - end.length()).strip();
        return before.isEmpty() || ":|｜-–—»·•/".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** A title cut at its separators and after colons ("Previews: Anno Beta"). */
    private static List<String> parts(String title) {
        return split(PART, title);
    }

    private static final Pattern PART = Pattern.compile(SEPARATOR.pattern() + "|:\\s+");

    /** Whether {@code text} is the first or the last part of a declared title cut at its separators. */
    private static boolean isEndSegment(String text, List<String> declared, String soleH1) {
        for (String d : declared) {
            List<String> parts = segments(d);
            if (parts.size() > 1 && (parts.get(0).equals(text) || parts.get(parts.size() - 1).equals(text))) {
                // the title's other end: a site's name the h1 repeats, or the story the h1 tells
                String other = parts.get(0).equals(text) ? parts.get(parts.size() - 1) : parts.get(0);
                if (soleH1 == null || other.equals(soleH1) || sharedWords(other, soleH1) < SUBTITLE_SHARED_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of four letters or more a declared title's other end shares with the h1 that make it the h1's. */
    private static final int SUBTITLE_SHARED_WORDS = 2;

    /** How many distinct words of four letters or more {@code a} and {@code b} (both normalised) share. */
    private static int sharedWords(String a, String b) {
        java.util.Set<String> both = new java.util.HashSet<>();
        for (String t : tokens(a)) {
            if (t.length() >= 4) {
                both.add(t);
            }
        }
        both.retainAll(tokens(b));
        return both.size();
    }

    /**
     * The forms in which {@code declared} titles may be shown as a headline, normalised: each whole, and each without
     * what follows its last separator when at least three words come before it ("Roads renewed in the hills - County
     * Council" gives "Roads renewed in the hills" too), or without what precedes its first when three words follow
     * ("Tallywise Status - Delayed webhook deliveries" gives "Delayed webhook deliveries").
     */
    static List<String> headlineForms(String... declared) {
        List<String> forms = new ArrayList<>();
        for (String d : declared) {
            String whole = norm(d);
            if (whole.length() < 3) {
                continue;
            }
            forms.add(whole);
            var m = SEPARATOR.matcher(whole);
            int last = -1;
            while (m.find()) {
                last = m.start();
            }
            String head = last < 0 ? "" : whole.substring(0, last).strip();
            if (head.split(" ").length >= 3 && !forms.contains(head)) {
                forms.add(head);
            }
            // the site's name first: "Tallywise Status - Delayed webhook deliveries …"
            m.reset();
            String tail = m.find() ? whole.substring(m.end()).strip() : "";
            if (tail.split(" ").length >= 3 && !forms.contains(tail)) {
                forms.add(tail);
            }
        }
        return forms;
    }

    private static List<String> segments(String title) {
        return split(SEPARATOR, title);
    }

    /** The non-blank parts of {@code title} between matches of {@code separator}, stripped. */
    private static List<String> split(Pattern separator, String title) {
        List<String> parts = new ArrayList<>();
        for (String p : separator.split(title)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /**
     * A {@code <title>} that still has several parts after the site name was cut ("Site » Blog Archive » Headline")
     * gives its longest part, the headline being the part with the most words.
     */
    private static String longestSegment(String title, String siteName) {
        if (title == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        boolean cutSite = false;
        for (String p : STRONG_SEPARATOR.split(title)) {
            String part = p.strip();
            if (!part.isEmpty() && (siteName == null || !similar(part, norm(siteName)))) {
                parts.add(part);
            } else {
                cutSite |= !part.isEmpty();
            }
        }
        if (parts.size() == 1 && cutSite && words(parts.get(0)) >= 2) {
            return parts.get(0); // "Site - Section » Headline"
        }
        if (parts.size() < 2) {
            return title;
        }
        if (BREADCRUMB.matcher(title).find() && words(parts.get(parts.size() - 1)) >= 2) {
            return parts.get(parts.size() - 1); // "Site » Section » Headline": a trail ends at the page
        }
        String best = parts.get(0);
        for (String p : parts) {
            if (words(p) > words(best)) {
                best = p;
            }
        }
        return words(best) >= 2 ? best : title;
    }

    /** Separators and arrow decorations before the words: ": ", "| ", "> ", "[> " (not a quote mark like "»"). */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^(?:[\\s:|–—-]|[\\[(]?[>›](?=\\s))+");

    /**
     * The dash a Scandinavian headline opens a quote with: "– Vi har aldri hatt så lite å gå på". A heading that had
     * nothing taken out keeps it; one left with a dash where its kicker was does not.
     */
    private static final Pattern QUOTE_DASH = Pattern.compile("[–—]\\s\\p{Lu}");

    /** What is left of "Kicker<span>: </span>Headline" once the kicker is gone. */
    private static String withoutLeadingPunctuation(String s) {
        return LEADING_PUNCTUATION.matcher(s).replaceFirst("");
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String squash(String s) {
        return SPACES.matcher(s.replace("\u00ad", "").replace('\u00a0', ' ')).replaceAll(" ").strip();
    }

    /**
     * True when a visible heading is the headline a declared title describes: the title contains it (the title adds
     * a kicker or the site name) and it is most of the title, or the two share nearly all their words (the title
     * was shortened or re-cased for search engines).
     */
    static boolean related(String heading, String declared) {
        if (declared == null || declared.isBlank()) {
            return false;
        }
        String d = norm(declared);
        if (d.contains(heading) && heading.length() * 2 >= d.length()) {
            return true;
        }
        java.util.Set<String> a = tokens(heading);
        java.util.Set<String> b = tokens(d);
        if (a.size() < 3 || b.isEmpty()) {
            return false;
        }
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> either = new java.util.HashSet<>(a);
        either.addAll(b);
        return both.size() * 4 >= either.size() * 3;
    }

    private static java.util.Set<String> tokens(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : s.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean looksLikeSiteName(String s) {
        return s.matches("(?i).*\\.(com|de|org|net|at|ch|fr|es|it|co\\.uk|io|info)\\b.*")
                || s.equals(s.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether {@code text} names the site {@code siteName} or one of its parts: a hosted blog's h1 "Summer Sea's Slow
     * Travel" names the site "Naver Blog | Summer Sea's Slow Travel".
     */
    private static boolean namesSite(String text, String siteName) {
        String site = norm(siteName);
        if (similar(text, site)) {
            return true;
        }
        List<String> parts = segments(site);
        for (int i = 0; parts.size() > 1 && i < parts.size(); i++) {
            if (similar(text, parts.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean similar(String part, String site) {
        String p = norm(part).replaceAll("^www\\.", "");
        String s = site.replaceAll("^www\\.", "");
        return p.equals(s) || startsWithName(p, s) || s.startsWith(p) && p.length() >= 3
                || p.replaceAll("[^\\p{L}\\p{N}]", "").equals(s.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    /**
     * "Riverside Gazette Online" names the site "Riverside Gazette"; "Privatkredit-Zinsen berechnen" does not name
     * the site "Privatkredit": the name must end at a word boundary and leave at most two words.
     */
    private static boolean startsWithName(String part, String site) {
        if (!part.startsWith(site)) {
            return false;
        }
        String rest = part.substring(site.length());
        return rest.isEmpty() || rest.charAt(0) == ' ' && words(rest) <= 2 || rest.charAt(0) == '.' && words(rest) <= 1;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
    }

    /**
     * For comparing titles: case, spacing, soft hyphens and the typographer's quotes and dashes ignored. Soft hyphens
     * go, no-break spaces are spaces, each run of what {@code \s} matches is one space; then it is stripped and
     * lower-cased, and the quotes {@code "„“”‘’‚} read as {@code '}, the en and em dash as {@code -}.
     */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad') {
                continue;
            }
            if (c == '\u00a0' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true; // what \s matches, without UNICODE_CHARACTER_CLASS, and the no-break space
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        if (space) {
            b.append(' ');
        }
        String lower = b.toString().strip().toLowerCase(Locale.ROOT);
        char[] out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char to = c == '"' || c == '„' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '‚' ? '\''
                    : c == '–' || c == '—' ? '-' : c;
            if (to != c) {
                if (out == null) {
                    out = lower.toCharArray();
                }
                out[i] = to;
            }
        }
        return out == null ? lower : new String(out);
    }
}
