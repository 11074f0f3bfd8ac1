package dev.ingest.core.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.internal.Normalizer;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Makes the main content safe to show elsewhere: only structural and text tags survive, with absolute
 * {@code http(s)} URLs; no scripts, styles, event handlers, {@code javascript:} links or tracking pixels.
 *
 * <p>{@code <p onclick="x()">Hi <a href="/a">a</a><img src="/p.gif" width="1" height="1"></p>} on
 * {@code https://news.example/} becomes {@code <p>Hi <a href="https://news.example/a">a</a></p>} (a link to another
 * site also gets {@code rel="nofollow"}).
 *
 * <p>The output is byte for byte what jsoup's {@code Cleaner} with {@link #SAFELIST} followed by
 * {@code body().html()} without pretty-printing gives, but it is written in one walk over the story straight into a
 * string: no clean document is built, and the base URL is parsed once rather than several times per link.
 */
final class Sanitiser {
    /** What may stay; the single source of truth for tags, attributes, protocols and enforced attributes. */
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "time", "mark", "abbr", "section", "article", "main")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .preserveRelativeLinks(false)
            .addEnforcedAttribute("a", "rel", "nofollow");

    /** A width or height of one pixel or none. */
    private static final Pattern TINY = Pattern.compile("[01](px)?");

    /**
     * jsoup's internal attribute key that holds an element's own base URI ({@code Attributes.internalKey("baseUri")}).
     * Parsed elements never have one; an element made with a base URI (say {@code doc.createElement}) does, and then
     * its links resolve against that, as they did in the cleaner.
     */
    private static final String OWN_BASE_URI = "/baseUri";

    /**
     * {@link Safelist#getEnforcedAttributes} by tag name, read-only: the safelist never changes, and the call builds
     * a new {@code Attributes} each time. Only tags the safelist allows are asked about, so it stays small; the cap
     * holds even if odd-cased names of them were to come in.
     */
    private static final Map<String, List<Attribute>> ENFORCED = new ConcurrentHashMap<>();
    private static final int ENFORCED_CAP = 256;

    /** Elements whose leading newline the printer doubles, so that a browser's parser does not eat it. */
    private static final String[] NEWLINE_KEEPING = {"pre", "listing", "textarea"};

    private Sanitiser() {
    }

    /**
     * The safe HTML of {@code roots}, in order. Lazy images in them get their {@code src} as a side effect; when the
     * roots overlap (one inside another, or one twice), they are moved out of their document as jsoup's cleaner
     * needed: call it last, or pass clones if the roots are still needed.
     */
    static String sanitise(List<Element> roots, String baseUri) {
        // a blank base is no base: the shell document the cleaner used took none
        String base = baseUri == null || StringUtil.isBlank(baseUri) ? "" : baseUri;
        SafeHtml out = new SafeHtml(base);
        if (disjoint(roots)) {
            for (Element root : roots) {
                out.write(root, true);
            }
        } else {
            // roots within roots: the cleaner saw each root moved to the end of one body, taking it out of any
            // other root, and saw each image prepared before its root was moved; do just that, then write the body
            Document shell = Document.createShell(base);
            for (Element root : roots) {
                root.select("img").forEach(img -> {
                    if (!keepImage(img)) {
                        img.remove();
                    }
                });
                shell.body().appendChild(root);
            }
            out.write(shell.body(), false);
        }
        return out.html();
    }

    /**
     * A 1×1 or 0×0 image, or one served from a typical beacon path or a measurement service's host: a tracker, not an
     * illustration.
     */
    static boolean isPixel(Element img) {
        String w = img.attr("width").strip();
        String h = img.attr("height").strip();
        if (isTiny(w) || isTiny(h)) {
            return true;
        }
        String src = img.attr("src").toLowerCase(Locale.ROOT);
        if (src.contains("/pixel") || src.contains("beacon") || src.contains("/track") || src.contains("1x1")) {
            return true;
        }
        for (String host : TRACKER_HOSTS) {
            if (src.contains(host)) {
                return true;
            }
        }
        return false;
    }

    /** Hosts and paths of audience measurement and ad services, whose images count visits. */
    private static final List<String> TRACKER_HOSTS = List.of("scorecardresearch.com", "google-analytics.com",
            "doubleclick.net", "facebook.com/tr", "bat.bing.com", "quantserve.com", "stats.wp.com", "pixel.wp.com",
            "amazon-adsystem.com", "analytics.twitter.com", "ct.pinterest.com", "px.ads.linkedin.com");

    /** {@link #TINY}, which only a value of one or three chars can match: most are longer or empty. */
    private static boolean isTiny(String size) {
        return (size.length() == 1 || size.length() == 3) && TINY.matcher(size).matches();
    }

    /**
     * False for a tracking pixel; else true, and an image without a real {@code src} takes its lazy-loading one
     * ({@code data-src}, …), resolved against where the image is now.
     */
    private static boolean keepImage(Element img) {
        if (isPixel(img)) {
            return false;
        }
        if (!img.hasAttr("src") || img.attr("src").startsWith("data:")) {
            String lazy = firstAttr(img, "data-src", "data-original", "data-lazy-src", "data-srcset");
            if (lazy != null) {
                img.attr("src", lazy.split("\\s")[0]);
            }
        }
        return true;
    }

    private static String firstAttr(Element e, String... names) {
        for (String n : names) {
            if (e.hasAttr(n) && !e.attr(n).isBlank()) {
                String absolute = e.absUrl(n);
                return absolute.isEmpty() ? e.attr(n) : absolute;
            }
        }
        return null;
    }

    /** Whether no root is another, or inside another: then each can be written where it stands. */
    private static boolean disjoint(List<Element> roots) {
        if (roots.size() < 2) {
            return true;
        }
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(roots);
        if (all.size() < roots.size()) {
            return false;
        }
        for (Element root : roots) {
            for (Element up = root.parent(); up != null; up = up.parent()) {
                if (all.contains(up)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The element the safelist is asked about: it stands for the element being written and resolves its URLs against
     * the base already parsed, remembering the last one so that neither the value written nor the nofollow check
     * resolves it again. {@link Safelist#isSafeAttribute} resolves an attribute ({@code el.absUrl(key)}) exactly
     * when it checks its protocol, and those are exactly the attributes the cleaner wrote absolute
     * ({@code Safelist.shouldAbsUrl}, which is not public).
     */
    private static final class UrlProbe extends Element {
        private Element source;
        private BaseUrl base;
        /** How many URLs were resolved for the safelist so far: it tells whether it checked a protocol. */
        private int resolutions;
        private String resolvedKey;
        private String resolved;

        UrlProbe() {
            super("a");
        }

        void standFor(Element source, BaseUrl base) {
            this.source = source;
            this.base = base;
            this.resolvedKey = null;
            this.resolved = null;
        }

        @Override
        public String absUrl(String key) {
            resolutions++;
            if (!key.equals(resolvedKey)) {
                // Node.absUrl: the first value under that key in any case, resolved; "" if there is none
                Attributes attributes = source.attributesSize() > 0 ? source.attributes() : null;
                resolved = attributes != null && attributes.hasKeyIgnoreCase(key)
                        ? base.resolve(attributes.getIgnoreCase(key)) : "";
                resolvedKey = key;
            }
            return resolved;
        }
    }

    /** One sanitising pass: walks the kept nodes and appends what jsoup's cleaner would have kept, as it prints it. */
    private static final class SafeHtml implements NodeFilter {
        private final StringBuilder out = new StringBuilder(4096);
        private final BaseUrl pageBase;
        private final UrlProbe probe = new UrlProbe();
        /** The safe elements written and not yet closed, innermost last. */
        private final List<Open> open = new ArrayList<>();
        /** Elements with a base URI of their own that enclose the current node, innermost last (almost always none). */
        private final List<Element> ownBases = new ArrayList<>();
        private final List<BaseUrl> ownBaseUrls = new ArrayList<>();
        private Element root;
        private boolean prepareImages;

        SafeHtml(String base) {
            this.pageBase = new BaseUrl(base);
        }

        /** Writes {@code root} and what it holds; {@code prepareImages}: drop pixels and promote lazy images too. */
        void write(Element root, boolean prepareImages) {
            this.root = root;
            this.prepareImages = prepareImages;
            NodeTraversor.filter(this, root);
        }

        String html() {
            return out.toString();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element el) {
                return element(el);
            }
            if (node instanceof TextNode text) { // a CDATA section too: the cleaner copied it as plain text
                String whole = text.getWholeText();
                addChild(!whole.isEmpty() && (whole.charAt(0) == '\n' || whole.charAt(0) == '\r'));
                escape(whole, false);
            } else if (node instanceof DataNode data && SAFELIST.isSafeTag(data.parentNode().normalName())) {
                addChild(false);
                out.append(data.getWholeData());
            }
            // comments and the like are dropped
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!ownBases.isEmpty() && ownBases.get(ownBases.size() - 1) == node) {
                ownBases.remove(ownBases.size() - 1);
                ownBaseUrls.remove(ownBaseUrls.size() - 1);
            }
            if (!open.isEmpty() && open.get(open.size() - 1).element == node) {
                close(open.remove(open.size() - 1));
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult element(Element el) {
            if (prepareImages && el.nameIs("img") && !keepImage(el) && el != root) {
                return FilterResult.SKIP_ENTIRELY; // a pixel the cleaner never saw (a root pixel it still kept)
            }
            if (el.hasAttr(OWN_BASE_URI) && el.attributes().hasKey(OWN_BASE_URI)) {
                String own = el.attributes().get(OWN_BASE_URI);
                ownBases.add(el);
                ownBaseUrls.add(own.equals(base().uri) ? base() : new BaseUrl(own));
            }
            if (!SAFELIST.isSafeTag(el.normalName())) {
                return FilterResult.CONTINUE; // unwrapped: its children are written in its place
            }
            addChild(false);
            String name = el.tagName();
            out.append('<').append(name);
            writeAttributes(el, name);
            Tag tag = el.tag();
            boolean html = tag.namespace().equals(Parser.NamespaceHtml);
            if (html && tag.isEmpty()) {
                out.append('>');
                // the printer skips whatever a void element holds, so the walk does too (and so never closes it)
                popOwnBase(el);
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean selfClosing = !html
                    && (tag.is(Tag.SeenSelfClose) || tag.isKnownTag() && (tag.isEmpty() || tag.isSelfClosing()));
            open.add(new Open(el, name, html && StringUtil.in(el.normalName(), NEWLINE_KEEPING), selfClosing));
            return FilterResult.CONTINUE;
        }

        private void popOwnBase(Element el) {
            if (!ownBases.isEmpty() && ownBases.get(ownBases.size() - 1) == el) {
                ownBases.remove(ownBases.size() - 1);
                ownBaseUrls.remove(ownBaseUrls.size() - 1);
            }
        }

        /** The base the current element's links resolve against: its own or an ancestor's, else the page's. */
        private BaseUrl base() {
            return ownBaseUrls.isEmpty() ? pageBase : ownBaseUrls.get(ownBaseUrls.size() - 1);
        }

        /**
         * A node is about to be written into the innermost open element: the first one ends that element's start tag,
         * and a first text starting with a newline inside {@code <pre>} gets the newline the printer adds.
         */
        private void addChild(boolean leadingNewline) {
            if (open.isEmpty()) {
                return;
            }
            Open parent = open.get(open.size() - 1);
            if (!parent.hasChild) {
                parent.hasChild = true;
                out.append('>');
                if (parent.keepsNewline && leadingNewline) {
                    out.append('\n');
                }
            }
        }

        /** Ends an element as jsoup prints it: an empty foreign element that was self-closed stays self-closed. */
        private void close(Open el) {
            if (el.hasChild) {
                out.append("</").append(el.name).append('>');
            } else if (el.selfClosing) {
                out.append(" />");
            } else {
                out.append("></").append(el.name).append('>');
            }
        }

        /**
         * The safe attributes in source order, URL ones made absolute, then the enforced ones, as the cleaner's
         * {@code createSafeElement} builds them: an enforced {@code rel=nofollow} is left off a link to the page's
         * own host.
         */
        private void writeAttributes(Element el, String name) {
            Attributes kept = null;
            BaseUrl base = base();
            probe.standFor(el, base);
            if (el.attributesSize() > 0) {
                for (Attribute attribute : el.attributes()) {
                    int resolutions = probe.resolutions;
                    if (SAFELIST.isSafeAttribute(name, probe, attribute)) {
                        String key = attribute.getKey();
                        // resolved for its protocol, so written absolute: the probe remembers the URL
                        String absolute = probe.resolutions != resolutions ? probe.absUrl(key) : "";
                        String value = absolute.isEmpty() ? attribute.getValue() : absolute;
                        if (kept == null) {
                            kept = new Attributes();
                        }
                        kept.put(key, value);
                    }
                }
            }
            List<Attribute> enforced = enforced(name);
            if (!enforced.isEmpty()) {
                // the cleaner drops an enforced rel=nofollow from a link to the page's own host
                boolean ownHost = el.nameIs("a") && enforcedValue(enforced, "rel").equals("nofollow")
                        && sameHost(probe.absUrl("href"), base);
                if (kept == null) {
                    kept = new Attributes();
                }
                for (Attribute attribute : enforced) {
                    if (!(ownHost && attribute.getKey().equals("rel"))) {
                        kept.removeIgnoreCase(attribute.getKey());
                        kept.put(attribute.getKey(), attribute.getValue());
                    }
                }
            }
            if (kept != null) {
                for (Attribute attribute : kept) {
                    writeAttribute(attribute.getKey(), attribute.getValue());
                }
            }
        }

        private static List<Attribute> enforced(String tagName) {
            List<Attribute> enforced = ENFORCED.get(tagName);
            if (enforced == null) {
                enforced = List.copyOf(SAFELIST.getEnforcedAttributes(tagName).asList());
                if (ENFORCED.size() < ENFORCED_CAP) {
                    ENFORCED.put(tagName, enforced);
                }
            }
            return enforced;
        }

        /** {@code Attributes.get}: the value under exactly that key, or "". */
        private static String enforcedValue(List<Attribute> enforced, String key) {
            for (Attribute attribute : enforced) {
                if (attribute.getKey().equals(key)) {
                    return attribute.getValue();
                }
            }
            return "";
        }

        /** Whether {@code href} (absolute, or "" for none) points at the base's own host. */
        private static boolean sameHost(String href, BaseUrl base) {
            if (href.isEmpty()) {
                return false;
            }
            String host = base.host();
            if (host == null || host.isEmpty()) {
                return false;
            }
            try {
                return host.equalsIgnoreCase(new URL(href).getHost());
            } catch (MalformedURLException e) {
                return false;
            }
        }

        /**
         * {@code  key="value"}, or the bare key for an empty boolean attribute. Every key written is one the safelist
         * names, so it is a valid HTML attribute name and jsoup would write it unchanged.
         */
        private void writeAttribute(String key, String value) {
            out.append(' ').append(key);
            boolean bare = value.isEmpty() || Normalizer.equalsIgnoreAsciiCase(value, key);
            if (bare && Attribute.isBooleanAttribute(key)) {
                return;
            }
            out.append("=\"");
            escape(value, true);
            out.append('"');
        }

        /**
         * Appends {@code s} escaped as jsoup escapes text (and attribute values, where {@code "} is escaped too) in
         * the base escape mode for UTF-8: {@code & < >} and no-break space become entities; tab, newline and carriage
         * return stay; other control characters and lone surrogates are left to jsoup to name; all else is kept.
         */
        private void escape(String s, boolean attribute) {
            int from = 0;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                String entity;
                if (c >= 0x20 && c < 0x7f) {
                    if (c == '&') {
                        entity = "&amp;";
                    } else if (c == '<') {
                        entity = "&lt;";
                    } else if (c == '>') {
                        entity = "&gt;";
                    } else if (c == '"' && attribute) {
                        entity = "&quot;";
                    } else {
                        continue;
                    }
                } else if (c == '\u00a0') {
                    entity = "&nbsp;";
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    continue;
                } else if (c < 0x20) {
                    entity = Entities.escape(String.valueOf(c));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++; // a pair: a character UTF-8 can write
                    continue;
                } else if (Character.isSurrogate(c)) {
                    entity = Entities.escape(String.valueOf(c));
                } else {
                    continue;
                }
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
            out.append(s, from, n);
        }
    }

    /** A safe element written, its start tag not yet ended until its first child (or its end) comes. */
    private static final class Open {
        final Element element;
        final String name;
        final boolean keepsNewline;
        final boolean selfClosing;
        boolean hasChild;

        Open(Element element, String name, boolean keepsNewline, boolean selfClosing) {
            this.element = element;
            this.name = name;
            this.keepsNewline = keepsNewline;
            this.selfClosing = selfClosing;
        }
    }
}
