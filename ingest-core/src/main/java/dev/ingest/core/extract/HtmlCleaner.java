package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Removes what is never the article from a parsed page: scripts and styles, hidden elements, forms and embeds,
 * navigation, headers, footers, asides, and blocks whose class or id names boilerplate (share bars, related links,
 * newsletter and cookie boxes, ads, author boxes, comment sections).
 *
 * <p>Chrome is kept when it holds much of the page's text, because some templates wrap the whole story in a
 * {@code <header>} or a {@code class="grid"}: {@code <body><nav>Home</nav><div class="share">Tweet</div>
 * <p>Story…</p></body>} becomes {@code <body><p>Story…</p></body>}.
 */
final class HtmlCleaner {
    /** Never content, and everything in the head. */
    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "frame", "frameset", "link", "meta", "input", "button", "select", "textarea",
            "option", "label", "dialog", "audio", "video", "source", "track", "map", "area", "math");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Ascii.Words HIDDEN_WORDS = Ascii.Words.of("none", "hidden");
    private static final Pattern BOILERPLATE_SUMMARY = Pattern.compile("(?iu)comment|kommentar|réaction|reaction"
            + "|comentario|reply|replies|antwort|discussion|diskussion");
    private static final Evaluator ARTICLE_MARKERS = QueryParser.parse("article, main, [itemprop~=(?i)articleBody], h1");
    /** The article's marks, with the hAtom and WordPress classes a post carries when its h1 is the blog's name. */
    private static final Evaluator ARTICLE_SIGNS = QueryParser.parse(
            "article, main, [itemprop~=(?i)articleBody], .hentry, .entry-content, .post-content");
    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    /** The element that is the article around the story: its ingredient lists and fact boxes belong to it. */
    private static final Evaluator ARTICLE_ROOT = QueryParser.parse(
            "article, [itemprop~=(?i)articleBody], .hentry, .entry-content, .post-content");
    private static final Evaluator SUMMARY = QueryParser.parse("summary");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop~=(?i)articleBody]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private HtmlCleaner() {
    }

    /**
     * Cleans {@code doc} in place, after removing the source's own {@code removeSelectors}; gives the text statistics
     * of what is left.
     */
    static TextStats clean(Document doc, List<String> removeSelectors) {
        return clean(doc, removeSelectors, false);
    }

    /**
     * As {@link #clean(Document, List)}; on a page that declares itself a forum thread ({@code forumThread}) and holds
     * no running text outside its comment section, the section's opening post is the story, and the platform's names
     * for the parts of a post ("commentContent") take none of it away.
     */
    static TextStats clean(Document doc, List<String> removeSelectors, boolean forumThread) {
        for (String selector : removeSelectors) {
            try {
                doc.select(selector).remove();
                PageIndex.forget(doc);
            } catch (Selector.SelectorParseException e) {
                // A bad per-source selector must not lose the page; the source check reports it.
            }
        }
        if (unwrapNoscriptStories(PageIndex.of(doc).tag("noscript"))) {
            PageIndex.forget(doc); // the post's text came out of its noscript: count the page again
        }
        PageIndex index = PageIndex.of(doc);
        TextStats stats = index.textStats();
        List<Element> always = new ArrayList<>();
        for (Element e : index.all()) {
            if (ALWAYS.contains(e.normalName()) || e.parent() != null && e.parent().nameIs("head")) {
                always.add(e);
            }
        }
        // the forms a reader fills in, known before their fields go with the elements that are never content
        Set<Element> fillIns = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element form : index.tag("form")) {
            if (Subtree.first(form, FIELDS) != null) {
                fillIns.add(form);
            }
        }
        // the boxes of buttons with a line asking for them ("Did you find what you were looking for? Yes No"), known
        // before the buttons go with the elements that are never content
        Set<Element> buttonBoxes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element button : index.tag("button")) {
            Element box = buttonBox(button, stats);
            if (box != null) {
                buttonBoxes.add(box);
            }
        }
        // the product boxes around paid links, known before their shop buttons go as calls to action; and the links
        // to the story's next page ("Next page: The winter the engine failed"), its paging, not its text
        String nextPart = nextPart(index);
        for (Element link : index.tag("a")) {
            if (link.hasAttr("rel") && Hints.saysPaid(link.attr("rel"))) {
                Element box = productBox(link, doc.body(), stats);
                if (box != null) {
                    buttonBoxes.add(box);
                }
                Element tool = toolBox(link, doc.body(), stats);
                if (tool != null) {
                    buttonBoxes.add(tool);
                }
            }
            if (nextPart != null && stats.text(link) <= NEXT_PART_LINK_MAX && mayLeadTo(link.attr("href"), nextPart)
                    && nextPart.equals(withoutTrailingSlash(link.absUrl("href")))) {
                Element box = link; // with the blocks around it that hold nothing else
                while (box.parent() != null && !box.parent().nameIs("body")
                        && stats.text(box.parent()) == stats.text(link) && box.parent().childrenSize() == 1) {
                    box = box.parent();
                }
                buttonBoxes.add(box);
            }
        }
        // the players around audio ("Listen to this article 0:00 / 9:41", a narrator's credit), known before the audio
        // goes with the elements that are never content
        for (Element audio : index.tag("audio")) {
            Element box = playerBox(audio, stats);
            box = box != null ? box : namedAudioBox(audio, stats);
            if (box != null) {
                buttonBoxes.add(box);
            }
        }
        // and a player whose audio a script brings: its play button in a block whose class names audio
        for (Element button : index.tag("button")) {
            Element box = scriptedAudio(button) ? playerBox(button, stats) : null;
            if (box != null) {
                buttonBoxes.add(box);
            }
        }
        // the sign-up boxes set into a story, known before their call goes as a call to action
        for (List<Element> calls : List.of(index.tag("a"), index.tag("button"))) {
            for (Element call : calls) {
                int label = stats.text(call);
                Element box = label > 0 && label <= ContentPruner.CALL_MAX && ContentPruner.isSignUpCall(call)
                        ? signUpBox(call, doc.body(), stats) : null;
                if (box == null && label <= CHANNEL_CALL_MAX && call.nameIs("a") && joinsChannel(call)) {
                    box = channelBox(call, doc.body(), stats);
                }
                if (box != null) {
                    buttonBoxes.add(box);
                }
            }
        }
        PageIndex.forget(doc); // the metadata readers are done with it; the tree changes from here on
        always.forEach(stats::remove);
        index.comments().forEach(Node::remove);
        Element body = doc.body();
        int total = Math.max(1, stats.text(body));
        Map<Element, Hints.Kind> kinds = new IdentityHashMap<>(); // each element's hint, asked by several passes
        Set<Element> teaserGrids = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Integer> discussion = discussionProse(body, index.discussionMarked(), stats, total, kinds);
        Element openingPost = forumThread ? openingPost(body, discussion, stats) : null;
        Element story = storyBlock(openingPost != null ? openingPost : body, discussion, stats,
                Teasers.linkedHeadlines(index, stats), teaserGrids);
        Set<Element> holdsStory = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = story; e != null && e != body; e = e.parent()) {
            holdsStory.add(e);
        }
        // the standfirst stays wherever it sits (in the article's header, in a "teaser" block), and so does the
        // headline over it, by which the scorer knows it again
        Element standfirst = Standfirst.before(story.nameIs("p") ? story.parent() : story, body, stats);
        if (standfirst != null && !withinAny(standfirst, buttonBoxes)) { // (a price list's small print is none)
            for (Element part : new Element[] {standfirst, Standfirst.headlineOver(standfirst, body)}) {
                for (Element e = part; e != null && e != body; e = e.parent()) {
                    holdsStory.add(e);
                }
            }
        }
        Element article = story == body ? null : story.closest(ARTICLE_ROOT);
        Element storyParent = story == body ? null : story.parent();
        List<Element> doomed = new ArrayList<>();
        // the body's elements depth first, by child position; a doomed element's insides are not looked at
        Element[] open = new Element[64];
        int[] next = new int[64];
        int depth = 0;
        open[0] = body;
        boolean inStory = false; // the body itself counts as neither: its children are what is judged
        boolean inArticle = false;
        Element gallery = null; // the story's gallery the walk is in
        while (depth >= 0) {
            Element parent = open[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                inStory &= parent != story; // leaving the story or the article
                inArticle &= parent != article;
                gallery = parent == gallery ? null : gallery;
                depth--;
                continue;
            }
            next[depth] = i + 1;
            if (!(parent.childNode(i) instanceof Element e)) {
                continue;
            }
            inStory |= e == story;
            inArticle |= e == article;
            if (!holdsStory.contains(e) && (teaserGrids.contains(e) || buttonBoxes.contains(e)
                    || openingPost != null && e.parent() == openingPost.parent())) {
                // (the replies beside a thread's opening post go, however the platform names them)
                doomed.add(e);
                continue;
            }
            if (gallery == null && inStory && isStoryGallery(e, stats, kinds)) {
                gallery = e; // its slides, in view or not, are the story's photographs: only what is hidden goes
            }
            if (gallery != null && isHidden(e)) {
                doomed.add(e);
                continue;
            }
            if (gallery == null && (inStory || parent == storyParent) && !holdsStory.contains(e)
                    && isSectionHeading(e, stats, kinds)) {
                continue; // kept whole: the heading in it is not judged again by its own marks ("cc-m-header-3")
            }
            if (gallery == null && !holdsStory.contains(e)
                    && !((inArticle || inStory) && isArticlePart(e, stats, kinds, inStory))
                    && !(parent == storyParent && isStoryPart(e, story, stats))
                    && (remove(e, stats, total, inStory && openingPost == null, inStory, kinds)
                    || story != body && !inStory && isSidebar(e) && Subtree.first(e, ARTICLE_SIGNS) == null)) {
                doomed.add(fillIns.contains(e) ? formBox(e, holdsStory, stats) : e);
                continue;
            }
            if (++depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
                next = java.util.Arrays.copyOf(next, depth * 2);
            }
            open[depth] = e;
            next[depth] = 0;
        }
        for (Element e : doomed) {
            stats.remove(e);
        }
        return stats;
    }

    /** The most text a box of buttons holds, its question and the buttons' labels. */
    private static final int BUTTON_BOX_MAX = 160;
    private static final Evaluator BUTTONS = QueryParser.parse("button");

    /**
     * The box around {@code button} holding two buttons or more and a line at most ({@link #BUTTON_BOX_MAX}), no
     * running text and no link: a page's "Was this page helpful? Yes No", a poll's question and its answers. The
     * largest such block around the button, or null.
     */
    private static Element buttonBox(Element button, TextStats stats) {
        Element box = null;
        for (Element p = button.parent(); p != null && !p.nameIs("body") && stats.text(p) <= BUTTON_BOX_MAX
                && stats.prose(p) == 0 && stats.linkText(p) == 0; p = p.parent()) {
            box = p;
        }
        return box != null && Subtree.select(box, BUTTONS).size() >= 2 ? box : null;
    }

    /**
     * Whether the last element of {@code box} is a call to sign up or subscribe ("Je m’abonne", "Subscribe now"), or a
     * line holding only that call: a promotion box ending on its button, however much it says before it. A link to a
     * membership portal's sign-up ({@code <a href="#/portal/signup" data-portal="signup">Je soutiens Nouméa
     * Direct</a>}, as Ghost's members' boxes end) is one in any language.
     */
    private static boolean closesWithSignUpCall(Element box) {
        Element last = closingControl(box);
        if (last == null || !last.nameIs("a") && !last.nameIs("button")) {
            return false;
        }
        int length = last.text().length();
        return length <= ContentPruner.CALL_MAX && ContentPruner.isSignUpCall(last) || length <= PORTAL_CALL_MAX
                && (PORTAL_SIGN_UP.matcher(Attrs.get(last, "data-portal")).lookingAt()
                        || Attrs.get(last, "href").startsWith("#/portal/signup"));
    }

    /** The longest call to a portal's sign-up: the site's name in it ("Je soutiens Nouméa Direct"), no sentence. */
    private static final int PORTAL_CALL_MAX = 60;

    /**
     * Whether {@code box} ends on a button: its last element a short link or button styled as one, alone or in the
     * buttons' row ({@code <div class="comets-ticket-promo">… <div class="wp-block-buttons"><div
     * class="wp-block-button"><a class="wp-block-button__link">BUY TICKETS</a></div></div></div>}). Asked of a box
     * named as boilerplate (a promotion, an advertisement), which then is the publisher's call, not the story's.
     */
    private static boolean closesWithButton(Element box) {
        Element last = closingControl(box);
        return last != null && (last.nameIs("button") || last.nameIs("a") && BUTTON_CLASS.in(Attrs.className(last)))
                && !last.text().isBlank() && last.text().length() <= BUTTON_MAX;
    }

    /** The longest button a box closes on: a call with its offer ("Join PRO from KSh 1,500 a month"), no sentence. */
    private static final int BUTTON_MAX = 40;

    private static final Ascii.Words BUTTON_CLASS = Ascii.Words.of("button", "btn");

    /** The most text a box calling on the reader holds: its heading, a paragraph or two on what to do. */
    private static final int CALL_BOX_MAX = 500;

    /**
     * Whether {@code box}, named as chrome ("submit-letter-box", "gw-premium-teaser"), is short
     * ({@link #CALL_BOX_MAX}) and opens with a heading ("Have something to say?") or a badge of its own ("<span
     * class=badge>GW PREMIUM</span>"): with a button closing it, the publisher's call, not a fact box of the story.
     */
    private static boolean isCallBox(Element box, TextStats stats) {
        if (stats.text(box) > CALL_BOX_MAX) {
            return false;
        }
        Element inner = box;
        while (inner.childrenSize() == 1) {
            inner = inner.child(0);
        }
        Element first = inner.firstElementChild();
        return first != null && (first.is(SUBHEADING) || isBadge(first, stats));
    }

    /**
     * Whether {@code e} is a badge: a short label ("Premium", "AgriMarkets PRO", a pretitle "Fly there") set before a
     * box's text, inline or a line of its own with no full stop.
     */
    private static boolean isBadge(Element e, TextStats stats) {
        int chars = stats.text(e);
        return chars > 0 && chars <= CARD_LABEL_MAX && (e.nameIs("span") || e.nameIs("strong") || e.nameIs("b")
                || e.nameIs("p") && !e.text().strip().endsWith(".")) && e.siblingIndex() == firstTextAt(e.parent());
    }

    /** The index of the first child node of {@code parent} that holds text: an element or a text that is not blank. */
    private static int firstTextAt(Element parent) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            org.jsoup.nodes.Node n = parent.childNode(i);
            if (n instanceof Element || n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last element of {@code box} (of the one block it wraps, a group's inner container), or the link or button
     * it wraps alone ("<p><a …>Subscribe</a></p>", a buttons' row around one button): the control a box closes on, if
     * it closes on one.
     */
    private static Element closingControl(Element box) {
        Element inner = box;
        while (inner.childrenSize() == 1 && !inner.child(0).nameIs("a") && !inner.child(0).nameIs("button")
                && inner.text().equals(inner.child(0).text())) {
            inner = inner.child(0);
        }
        Element last = unwrapped(inner.lastElementChild());
        Element before = last == null ? null : unwrapped(last.previousElementSibling());
        if (before != null && (before.nameIs("a") || before.nameIs("button")) && !last.nameIs("a")
                && !last.nameIs("button") && isSmallPrint(last.text())
                && (last.nextSibling() == null || last.nextSibling() instanceof org.jsoup.nodes.TextNode t
                        && t.isBlank())) {
            return before; // the button, then its small print: "Already a member? Sign in", "Plans start at $4"
        }
        return last;
    }

    /** The longest line of small print under a box's button, and of a footnote to its offer ("*One-way fare …"). */
    private static final int SMALL_PRINT_MAX = 60;
    private static final int FOOTNOTE_MAX = 300;

    /** Whether {@code text} is small print under a button: a short line, or a footnote to the offer ("*…"). */
    private static boolean isSmallPrint(String text) {
        String t = text.strip();
        return t.length() <= SMALL_PRINT_MAX || t.startsWith("*") && t.length() <= FOOTNOTE_MAX;
    }

    /** {@code e}, or the link, button or block it wraps alone (all of its text), down to the innermost. */
    private static Element unwrapped(Element e) {
        Element at = e;
        while (at != null && at.childrenSize() == 1 && !at.nameIs("a") && !at.nameIs("button")
                && at.text().equals(at.child(0).text())) {
            at = at.child(0);
        }
        return at;
    }

    /** A membership portal's sign-up action: "signup", "signup/free", Ghost's names for its sign-up screens. */
    private static final Pattern PORTAL_SIGN_UP = Pattern.compile("signup\\b");

    /**
     * A block classed as a signature with no text after it in its parent: the lines a blog sets under every post ("Paper
     * Weather comes out four times a year … use the email box below"), however much it says.
     */
    private static boolean closingSignature(Element e, TextStats stats) {
        if (!Hints.isSignature(e)) {
            return false;
        }
        for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (stats.text(next) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The most text a player box holds: its label, its times and buttons, a line crediting the narrator. */
    private static final int PLAYER_MAX = 160;
    /** The longest line of prose a player box holds: "Narrated by … for the audio edition", no paragraph of a story. */
    private static final int PLAYER_PROSE_MAX = 80;

    /**
     * The box around {@code audio} (or a scripted player's play button) holding a few words at most ({@link
     * #PLAYER_MAX}, a short line of prose among them) and no link: a player's label, its times and speed buttons,
     * "Narrated by …". The largest such block around it inside any figure (whose caption says what the recording is, as
     * a picture's does), or null.
     */
    private static Element playerBox(Element audio, TextStats stats) {
        Element box = null;
        for (Element p = audio.parent(); p != null && !p.nameIs("body") && !p.nameIs("figure")
                && stats.text(p) <= PLAYER_MAX && stats.prose(p) <= PLAYER_PROSE_MAX && stats.linkText(p) == 0;
                p = p.parent()) {
            box = p;
        }
        return box;
    }

    /** The most text a box named for audio holds: its title, the programme's date and presenters, its length. */
    private static final int AUDIO_BOX_MAX = 320;

    /**
     * The block a class names as audio's box ("ra-audio-box") around {@code audio}, at most {@link #AUDIO_LEVELS} up,
     * holding at most {@link #AUDIO_BOX_MAX} characters and no link: the programme's title and its broadcast line
     * ("Programa emitido el lunes 23/11/2026 · Presentan: …"), more than {@link #playerBox} allows a bare player.
     */
    private static Element namedAudioBox(Element audio, TextStats stats) {
        Element box = namedAudio(audio.parent(), AUDIO_LEVELS);
        return box != null && stats.text(box) <= AUDIO_BOX_MAX && stats.linkText(box) == 0 ? box : null;
    }

    /**
     * A class naming an audio player or its box: "audio-box", "article_audio", "audio player", a component's
     * "AudioClip_card__r9FkT".
     */
    private static final Pattern AUDIO_CLASS = Pattern.compile("(?:^|[-_\\s])(?i:audio)(?:$|[-_\\s]|(?=\\p{Lu}))");
    /** How far above a play button the block naming the player may be. */
    private static final int AUDIO_LEVELS = 3;

    /**
     * Whether {@code button} plays audio a script brings: the button or a block at most {@link #AUDIO_LEVELS} above
     * it has a class naming audio ({@code <div class="audio-box" data-media-urn=…><p>title</p><button>Listen}).
     */
    private static boolean scriptedAudio(Element button) {
        return namedAudio(button, AUDIO_LEVELS + 1) != null;
    }

    /** The first of {@code start} and the blocks above it, {@code levels} in all, whose class names audio; or null. */
    private static Element namedAudio(Element start, int levels) {
        Element at = start;
        for (int level = 0; level < levels && at != null && !at.nameIs("body"); level++, at = at.parent()) {
            String classes = Attrs.className(at);
            if (!classes.isEmpty() && AUDIO_CLASS.matcher(classes).find()) {
                return at;
            }
        }
        return null;
    }

    /** A field a reader fills in: a search term, dates, an address; not a hidden value or a button. */
    private static final Evaluator FIELDS = QueryParser.parse("input:not([type~=(?i)^(hidden|submit|button|image"
            + "|checkbox|radio|reset)$]), select, textarea");
    /** The most text a box may hold beside its form: a title and a line saying what the form is for. */
    private static final int FORM_TITLE_MAX = 160;

    /**
     * What goes with a form: a box holding little else, its title and a line on what the form does ("Find hotels on
     * Vis", "Compare prices from 70 booking sites" over a booking search, "Get the weekly letter" over a sign-up),
     * however it is named. Never the story or a block holding it.
     */
    private static Element formBox(Element form, Set<Element> holdsStory, TextStats stats) {
        Element box = form;
        int own = stats.text(form);
        for (Element p = form.parent(); p != null && !holdsStory.contains(p) && !p.nameIs("body")
                && stats.text(p) - own <= FORM_TITLE_MAX; p = p.parent()) {
            box = p;
        }
        return box;
    }

    /**
     * The deepest block that holds most of the page's running text, not counting comment sections: the story, or
     * the wrapper around its parts. Blocks on the way to it are never removed, whatever their names say (a
     * {@code class="module"} around the story, or a consent banner the parser wrapped around the page for want of a
     * closing tag). Nor is a grid of teasers beside a story ({@link Teasers}) counted, however long its summaries
     * run: it is added to {@code teaserGrids}, to be removed. Looked for from {@code from} down: the body, or a
     * forum thread's opening post.
     */
    private static Element storyBlock(Element from, Map<Element, Integer> discussion, TextStats stats,
            List<Element> linkedHeadlines, Set<Element> teaserGrids) {
        Element body = from.ownerDocument().body();
        Element at = from;
        while (true) {
            int prose = stats.prose(at) - discussion.getOrDefault(at, 0);
            Element next = null;
            for (Element child : at.children()) {
                int own = stats.prose(child) - discussion.getOrDefault(child, 0);
                if (own * 2 > prose && !isHidden(child)) {
                    if (prose - own >= TextStats.PROSE_MIN && Teasers.isGrid(child, stats, linkedHeadlines)) {
                        // the story is the rest: count the grid out, as a comment section is, and look again
                        countOut(child, own, discussion, teaserGrids, body);
                        next = at;
                        break;
                    }
                    next = isSidebar(child) || CHROME_TAGS.contains(child.normalName()) ? articleBeside(child) : child;
                    break;
                }
            }
            if (next == null && prose >= TextStats.PROSE_MIN && countGridsOut(at, discussion, stats, linkedHeadlines,
                    teaserGrids, body)) {
                next = at; // a short story beside rails of teasers, which together ran longer: look again without them
            }
            if (next == null || prose < TextStats.PROSE_MIN) {
                return at;
            }
            at = next;
        }
    }

    /**
     * Counts the grids of teasers among {@code at}'s children out of its running text, as {@link #storyBlock} counts
     * out one that holds most of it, when one of the other children then holds most of what is left: a short story
     * between rails of teasers. Whether it did; a section front, all grids, is left as it is.
     */
    private static boolean countGridsOut(Element at, Map<Element, Integer> discussion, TextStats stats,
            List<Element> linkedHeadlines, Set<Element> teaserGrids, Element body) {
        List<Element> grids = new ArrayList<>();
        int rest = stats.prose(at) - discussion.getOrDefault(at, 0);
        for (Element child : at.children()) {
            int own = stats.prose(child) - discussion.getOrDefault(child, 0);
            if (own > 0 && !teaserGrids.contains(child) && Teasers.isGrid(child, stats, linkedHeadlines)) {
                grids.add(child);
                rest -= own;
            }
        }
        boolean storyLeft = false;
        for (Element child : at.children()) {
            int own = stats.prose(child) - discussion.getOrDefault(child, 0);
            storyLeft |= !grids.contains(child) && !isHidden(child) && own * 2 > rest && own >= TextStats.PROSE_MIN;
        }
        if (grids.isEmpty() || !storyLeft) {
            return false; // (with none new, looking again would find what this look found)
        }
        for (Element grid : grids) {
            countOut(grid, stats.prose(grid) - discussion.getOrDefault(grid, 0), discussion, teaserGrids, body);
        }
        return true;
    }

    /** Adds {@code grid} to the grids to remove, its {@code prose} to what is counted out of it and its ancestors. */
    private static void countOut(Element grid, int prose, Map<Element, Integer> discussion, Set<Element> teaserGrids,
            Element body) {
        teaserGrids.add(grid);
        for (Element a = grid; a != null; a = a.parent()) {
            discussion.merge(a, prose, Integer::sum);
            if (a == body) {
                break;
            }
        }
    }

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "ul", "ol", "table");

    /**
     * The opening post of a forum thread, in the first comment section ({@code discussion}: the prose of the sections
     * found, by block and its ancestors): the first of several blocks of running text side by side in it (the
     * posts), or the block whose paragraphs they are (a thread of one post). Null when there is no comment section,
     * or when the page holds more running text outside it than the post holds.
     */
    private static Element openingPost(Element body, Map<Element, Integer> discussion, TextStats stats) {
        int inDiscussion = discussion.getOrDefault(body, 0);
        if (inDiscussion == 0) {
            return null;
        }
        Element section = body;
        for (Element down = body; down != null; ) {
            section = down;
            down = null;
            for (Element child : section.children()) {
                if (discussion.getOrDefault(child, 0) > 0) {
                    down = child;
                    break;
                }
            }
        }
        Element at = section;
        while (true) {
            Element first = null;
            int withProse = 0;
            for (Element child : at.children()) {
                if (stats.prose(child) >= TextStats.PROSE_MIN && !isHidden(child)) {
                    first = first == null ? child : first;
                    withProse++;
                }
            }
            if (first == null || PARAGRAPH_TAGS.contains(first.normalName()) || withProse > 1) {
                Element post = first == null || PARAGRAPH_TAGS.contains(first.normalName()) ? at : first;
                return stats.prose(post) > stats.prose(body) - inDiscussion ? post : null;
            }
            at = first;
        }
    }

    /**
     * Inside the article or the story block, a block named only by weak chrome words ("list--ingredients",
     * "fact-box", "rte--list") that is not a list of links is part of the article; so is an {@code <aside>} in the
     * story block named for nothing else ("factbox").
     */
    private static final Evaluator FACT_LIST = QueryParser.parse("ul, ol, dl, table");

    private static boolean isArticlePart(Element e, TextStats stats, Map<Element, Hints.Kind> kinds, boolean inStory) {
        if (inStory && e.nameIs("aside")) {
            // an <aside> inside the story itself, named for nothing else or only as a box, holding a list or a table
            // of facts is its fact box; a pull quote or a "read more" card is none, nor a box headed by a link to
            // another page ("Follow our live coverage", the live page's headline over its latest entries)
            Hints.Kind kind = kind(e, kinds);
            Element heading = Subtree.first(e, SUBHEADING);
            return (kind == Hints.Kind.NONE || kind == Hints.Kind.CHROME && Hints.isWeakChrome(e))
                    && stats.text(e) >= 60 && stats.linkDensity(e) < 0.2 && !isHidden(e)
                    && Subtree.first(e, FACT_LIST) != null
                    && (heading == null || stats.text(heading) == 0 || stats.linkText(heading) < stats.text(heading));
        }
        return kind(e, kinds) == Hints.Kind.CHROME && !CHROME_TAGS.contains(e.normalName()) && Hints.isWeakChrome(e)
                && stats.linkDensity(e) < 0.2 && !isHidden(e) && !(isCallBox(e, stats) && closesWithButton(e));
    }

    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    /** The most a section's heading says. */
    private static final int SUBHEADING_MAX = 200;

    /**
     * A component in or beside the story holding only a subheading, named chrome or nothing ("j-module n j-header",
     * "title aem-GridColumn"), followed (past empty rules and spacers) by a component of the same frame (same element,
     * a class in common: "j-module n j-text") holding running text that is not boilerplate: a page built of
     * components heads each section of the story with a heading component of its own. A teaser's or a list's own
     * heading, the heading element itself beside what it heads, is not one.
     */
    private static boolean isSectionHeading(Element e, TextStats stats, Map<Element, Hints.Kind> kinds) {
        int text = stats.text(e);
        if (text == 0 || text > SUBHEADING_MAX || stats.linkText(e) > 0 || e.is(SUBHEADING) || isHidden(e)) {
            return false;
        }
        Hints.Kind kind = kind(e, kinds);
        if (kind != Hints.Kind.CHROME && kind != Hints.Kind.NONE) {
            return false;
        }
        Element heading = Subtree.first(e, SUBHEADING);
        if (heading == null || stats.text(heading) != text) {
            return false;
        }
        Element next = e.nextElementSibling();
        while (next != null && stats.text(next) == 0) {
            next = next.nextElementSibling();
        }
        if (next == null || stats.prose(next) < 100 || !next.normalName().equals(e.normalName())
                || !shareAClass(e, next)) {
            return false;
        }
        Hints.Kind after = kind(next, kinds);
        return after != Hints.Kind.BOILERPLATE && after != Hints.Kind.DISCUSSION;
    }

    /** Whether {@code a} and {@code b} have a class name in common. */
    /** How many siblings each way {@link #madeLikeItsProse} looks at. */
    private static final int FRAME_SIBLINGS = 3;

    /**
     * Whether a sibling near {@code e} (within {@link #FRAME_SIBLINGS}) has the same element and classes and holds
     * running text: a page built of components sets each paragraph and each list of the story in a block of one
     * make ("article__section article__section_type_text utility__text"), whatever its names say. A block of links
     * is none.
     */
    private static boolean madeLikeItsProse(Element e, TextStats stats) {
        String classes = e.className();
        if (classes.isEmpty() || stats.text(e) == 0 || stats.linkDensity(e) >= 0.3) {
            return false;
        }
        for (int way = 0; way < 2; way++) {
            Element s = e;
            for (int i = 0; i < FRAME_SIBLINGS; i++) {
                s = way == 0 ? s.previousElementSibling() : s.nextElementSibling();
                if (s == null) {
                    break;
                }
                if (s.normalName().equals(e.normalName()) && s.className().equals(classes)
                        && stats.prose(s) >= TextStats.PROSE_MIN && stats.linkDensity(s) < 0.3) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareAClass(Element a, Element b) {
        Set<String> theirs = b.classNames();
        for (String name : a.classNames()) {
            if (theirs.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sibling of the story block made like it, same element and same classes, holding running text: the next part
     * of a story the template split around an inserted box ({@code post_body} and {@code post_body_continued} around a
     * call to action). Whatever its classes say, they say it of the story too, which stays.
     */
    private static boolean isStoryPart(Element e, Element story, TextStats stats) {
        String classes = story.className();
        return e != story && !classes.isEmpty() && e.normalName().equals(story.normalName())
                && e.className().equals(classes) && stats.prose(e) >= 100 && stats.linkDensity(e) < 0.3;
    }

    /**
     * "sidebar", "sidebar-primary", "right-sidebar", "widget", "column-right-outer": not "sticky-sidebar-parent" on
     * the article, nor a left column (often the main one).
     */
    private static final Pattern SIDEBAR = Pattern.compile(
            "(?i)(?<=^|\\s)(?:sidebar[\\w-]*|[\\w-]*[-_]sidebar|widget|widgets|widget_[\\w-]+|aside|rail"
            + "|(?:column|col)[-_]right[\\w-]*|right[-_]?(?:column|col)[\\w-]*)(?=\\s|$)");

    /** Words one of which every {@link #SIDEBAR} match holds: a mark without any is not asked the pattern. */
    private static final Ascii.Words SIDEBAR_WORDS = Ascii.Words.of("sidebar", "widget", "aside", "rail", "right");

    private static boolean isSidebar(Element e) {
        return e.nameIs("aside") || saysSidebar(e.className()) || saysSidebar(e.id());
    }

    private static boolean saysSidebar(String mark) {
        return SIDEBAR_WORDS.in(mark) && SIDEBAR.matcher(mark).find();
    }

    /**
     * A sidebar with more running text than a short post beside it (a blog's "about" and disclaimer widgets next to
     * a photo post) is not the story when a sibling holds the article's marks (its h1, {@code <article>},
     * {@code articleBody}, {@code hentry}): that sibling is.
     */
    private static Element articleBeside(Element sidebar) {
        if (Subtree.first(sidebar, ARTICLE_SIGNS) != null || Subtree.first(sidebar, HEADLINE) != null) {
            return sidebar;
        }
        for (Evaluator signs : new Evaluator[] {ARTICLE_SIGNS, HEADLINE}) { // a blog's name can be its h1
            for (Element sibling : sidebar.siblingElements()) {
                if (!isSidebar(sibling) && !CHROME_TAGS.contains(sibling.normalName())
                        && sibling.selectFirst(signs) != null) {
                    return sibling;
                }
            }
        }
        return sidebar;
    }

    /**
     * The prose of the comment sections under each element, so that a long thread outweighs neither the story
     * beside it nor, from one column over, the story's whole column.
     */
    private static Map<Element, Integer> discussionProse(Element body, List<Element> mayBeDiscussion,
            TextStats stats, int total, Map<Element, Hints.Kind> kinds) {
        Map<Element, Integer> discussion = new IdentityHashMap<>();
        Set<Element> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // the elements whose marks may name a comment section, as the index listed them (in document order) before
        // cleaning: those still in the body, outside the sections found before them, are the ones a walk of the body
        // that passes over each section found would ask
        for (Element e : mayBeDiscussion) {
            if (inBodyOutside(e, body, found) && kind(e, kinds) == Hints.Kind.DISCUSSION
                    && isDiscussion(e, stats, total)) {
                found.add(e);
                int prose = stats.prose(e);
                for (Element a = e; a != null && prose > 0; a = a.parent()) {
                    discussion.merge(a, prose, Integer::sum);
                    if (a == body) {
                        break;
                    }
                }
            }
        }
        return discussion;
    }

    /** Whether {@code e} is {@code body} or in it, and in none of {@code sections}. */
    private static boolean inBodyOutside(Element e, Element body, Set<Element> sections) {
        for (Element a = e; a != null; a = a.parent()) {
            if (sections.contains(a)) {
                return false;
            }
            if (a == body) {
                return true;
            }
        }
        return false; // taken out with the scripts and styles, or in the head
    }

    private static Hints.Kind kind(Element e, Map<Element, Hints.Kind> kinds) {
        if (Hints.saysNothing(e)) {
            return Hints.Kind.NONE; // nothing to read, nothing worth remembering
        }
        return kinds.computeIfAbsent(e, Hints::of);
    }

    private static boolean remove(Element e, TextStats stats, int total, boolean discussionInStory, boolean inStory,
                                  Map<Element, Hints.Kind> kinds) {
        if (isHidden(e)) {
            return stats.text(e) < total * 0.5;
        }
        String tag = e.normalName();
        if (tag.equals("details")) {
            Element summary = Subtree.first(e, SUMMARY);
            if (summary != null && BOILERPLATE_SUMMARY.matcher(summary.text()).find()) {
                return true;
            }
        }
        if (tag.equals("article") || tag.equals("main")) {
            return false;
        }
        Hints.Kind kind = kind(e, kinds);
        boolean chromeTag = CHROME_TAGS.contains(tag);
        if (!chromeTag && (kind == Hints.Kind.NONE || kind == Hints.Kind.CONTENT)) {
            return false; // most elements: neither named nor made chrome, whatever their text
        }
        if (inStory && e.is(SUBHEADING) && Hints.chromeOnlyAsHeader(e)) {
            return false; // "<h2 class="c-heading b-header">": the story's subheading, styled as a header
        }
        if (inStory && kind != Hints.Kind.DISCUSSION && Hints.isSignature(e) && (hasTwin(e)
                || stats.text(e) <= ClosingCredit.SIGNATURE_MAX && ClosingCredit.signsName(e.text().strip()))) {
            // the signatures of the letters a page gathers, one under each: the letters' own; and a writer's name
            // signing the story ("<p class="signature text-right"><strong>Fanja R.</strong></p>"), no forum's lines
            return false;
        }
        if (inStory && kind == Hints.Kind.CHROME && !chromeTag && madeLikeItsProse(e, stats)) {
            return false; // "article__section utility__text" around a list, as around each paragraph of the story
        }
        double share = stats.text(e) / (double) total;
        if (kind == Hints.Kind.DISCUSSION) {
            // in a forum thread's opening post, "commentContent" names the post's own text
            return (discussionInStory || !inStory) && isDiscussion(e, stats, total);
        }
        // Inside the story, a block of running text is part of it whatever its name ("module", "paywall"), unless
        // it is a card for another story under that story's linked headline, or a ticker's box set beside the text
        // (an <aside class="ticker-embed">: the latest entries of a live ticker, each with its time)
        if (inStory && stats.prose(e) >= 100 && stats.linkDensity(e) < 0.3 && !Hints.isAboutAuthor(e)
                && !(tag.equals("aside") && Hints.namesTicker(e))
                && !tag.equals("form") && !Hints.isWidget(e) && !opensWithLinkedHeadline(e, stats)
                && !((kind == Hints.Kind.BOILERPLATE || tag.equals("aside"))
                        && (opensWithAdLabel(e) || closesWithSignUpCall(e)))
                && !((kind == Hints.Kind.BOILERPLATE || kind == Hints.Kind.CHROME && isCallBox(e, stats)
                        || tag.equals("aside") && stats.text(e) <= CALL_BOX_MAX) && closesWithButton(e))
                && !closingSignature(e, stats)) {
            return false;
        }
        if (kind == Hints.Kind.BOILERPLATE) {
            return share < 0.15 || share < 0.8 && Subtree.first(e, ARTICLE_MARKERS) == null;
        }
        if (chromeTag) {
            return share < 0.3 || stats.linkDensity(e) > 0.5;
        }
        if (kind == Hints.Kind.CHROME) {
            return share < 0.3 && Subtree.first(e, ARTICLE_BODY) == null && !isPlaceLine(e, stats);
        }
        return false;
    }

    /** The most text a product box holds: a name, a line about it, its shops. */
    private static final int PRODUCT_BOX_MAX = 300;

    /**
     * The product box a paid link ({@code rel="sponsored"}) sits in ("Halvard Keystone Hub · Matter bridge … · $199 at
     * Amazon"): its largest block of at most {@link #PRODUCT_BOX_MAX} characters; null for a link inside a sentence
     * ("It costs $199 at <a rel=sponsored>Amazon</a>, less than …"), which is the story's.
     */
    private static Element productBox(Element link, Element body, TextStats stats) {
        Element sentence = link.parent();
        while (sentence != null && sentence != body && INLINE_TAGS.contains(sentence.normalName())) {
            sentence = sentence.parent();
        }
        if (sentence == null || sentence == body
                || stats.text(sentence) > 2 * stats.text(link) && !(link.parent() == sentence && (ownLine(link)
                || sentence.nameIs("div") && amongElements(link))) && !isMerchantLine(sentence, stats)) {
            return null;
        }
        Element box = null;
        for (Element p = sentence; p != body && stats.text(p) <= PRODUCT_BOX_MAX; p = p.parent()) {
            box = p;
        }
        return box;
    }

    /** The most text a tool box holds: its title, its fields, a result or a table of offers, its small print. */
    private static final int TOOL_BOX_MAX = 1500;
    /** The most running text in a tool box's paragraphs: a line of small print or two, never a passage of story. */
    private static final int TOOL_BOX_PROSE_MAX = 400;

    /**
     * The tool a paid link ({@code rel="sponsored"}) on a line of its own belongs to: the smallest block holding the
     * link and a field a reader fills in, as a mortgage calculator holds its partner's "Compare offers" and a rate
     * table its filters and "Go to site" buttons; the tool goes whole, with its title, result and small print. Null
     * when no such block is short and all but free of prose.
     */
    private static Element toolBox(Element link, Element body, TextStats stats) {
        if (!ownLine(link)) {
            return null;
        }
        for (Element p = link.parent(); p != null && p != body && stats.text(p) <= TOOL_BOX_MAX; p = p.parent()) {
            if (Subtree.first(p, FIELDS) != null) {
                return stats.prose(p) <= TOOL_BOX_PROSE_MAX ? p : null;
            }
        }
        return null;
    }

    /** Whether {@code e} is one of {@code boxes} or inside one. */
    private static boolean withinAny(Element e, Set<Element> boxes) {
        for (Element at = e; at != null; at = at.parent()) {
            if (boxes.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** A price: "£349", "$ 19.99", "299,99 €", "1 299 kr". */
    private static final Pattern PRICE = Pattern.compile("[£$€¥₹]\\s?\\d|\\d\\s?(?:€|£|\\$|kr\\b|zł|Kč)");
    /** The most text a shop's line in a price list holds: the shop, the price, the button. */
    private static final int MERCHANT_LINE_MAX = 60;
    private static final Set<String> MERCHANT_LINE_TAGS = Set.of("li", "td", "dd", "div");

    /**
     * Whether {@code line}, holding a paid link, is one shop's line in a price list ("Amazon £299.99 View"): a short
     * item, cell or division with a price, never a paragraph, whose words are the shop's and the price's rather than
     * a sentence's (a recipe's ingredient linked to a shop names no price).
     */
    private static boolean isMerchantLine(Element line, TextStats stats) {
        return MERCHANT_LINE_TAGS.contains(line.normalName()) && stats.text(line) <= MERCHANT_LINE_MAX
                && stats.prose(line) == 0 && PRICE.matcher(line.text()).find();
    }

    /**
     * Whether {@code link} stands on a line of its own in its parent, among blocks and no text: an offer card's button
     * ("<div class=card><div>Harborline Savings</div><p>No monthly fees.</p><a rel=sponsored>Open account</a></div>"),
     * not a link in running text.
     */
    private static boolean ownLine(Element link) {
        for (Node sibling : link.parent().childNodes()) {
            if (sibling instanceof TextNode t ? !t.isBlank()
                    : sibling instanceof Element e && e != link && INLINE_TAGS.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code link} has only elements beside it in its parent, no text of the parent's own: a product card's
     * button under the card's name, line and price ("<div><span>Pull torsadé</span><p>On aime …</p><span>110 €</span>
     * <a rel=sponsored>Voir le produit</a></div>"), set in spans the style sheet shows as lines.
     */
    private static boolean amongElements(Element link) {
        for (Node sibling : link.parent().childNodes()) {
            if (sibling instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The most text a sign-up box holds: its title, a line on what the letter brings, the call. */
    private static final int SIGN_UP_BOX_MAX = 240;

    /**
     * The box a call to sign up ({@code <a>Sign up</a>}) closes when the box asks for it ("Unlock the Editor's
     * Digest for free. Our editor selects … in this weekly newsletter."): its largest block of at most {@link
     * #SIGN_UP_BOX_MAX} characters; null when the block says no more than the call, or asks nothing.
     */
    private static Element signUpBox(Element call, Element body, TextStats stats) {
        Element box = null;
        for (Element p = call.parent(); p != null && p != body && stats.text(p) <= SIGN_UP_BOX_MAX; p = p.parent()) {
            box = p;
        }
        return box == null || stats.text(box) == stats.text(call) || !ContentPruner.asksToSignUp(box.text()) ? null
                : box;
    }

    /** The longest link to a story's next page taken out: "Next page: …" with the next part's headline. */
    private static final int NEXT_PART_LINK_MAX = 120;

    /** The address of the story's next page the head declares ({@code <link rel="next">}), or null. */
    private static String nextPart(PageIndex index) {
        for (Element link : index.tag("link")) {
            if (link.attr("rel").strip().equalsIgnoreCase("next") && link.parent() != null
                    && link.parent().nameIs("head")) {
                String href = link.absUrl("href");
                return href.isEmpty() ? null : withoutTrailingSlash(href);
            }
        }
        return null;
    }

    /**
     * Whether a link's own href can resolve to {@code target} (without its trailing slash), judged without resolving
     * it: resolution keeps a link's last segment as written, unless it is a dot segment or holds characters that
     * resolution strips or that may be written otherwise (escapes, controls, non-ASCII), and save for case (a host
     * alone may be lowercased); such links say yes.
     */
    static boolean mayLeadTo(String href, String target) {
        String tail = withoutTrailingSlash(href);
        String last = tail.substring(tail.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return true;
        }
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '%' || c == '\\') {
                return true;
            }
        }
        return target.regionMatches(true, target.length() - last.length(), last, 0, last.length());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Where an invitation to a messenger's channel or group leads, past "www.": WhatsApp, Telegram, Viber. */
    private static final String[] CHANNEL_HOSTS = {"chat.whatsapp.com/", "whatsapp.com/channel/", "t.me/",
        "telegram.me/", "invite.viber.com/"};
    /** The addresses of an app's page in a store, which a publisher's box links with the store's badge. */
    private static final String[] STORE_HOSTS = {"play.google.com/store/apps/", "apps.apple.com/"};
    /** The old store's app pages, a country between the host and "app/": "itunes.apple.com/de/app/…". */
    private static final String ITUNES_HOST = "itunes.apple.com/";
    /** The longest call to join a channel: "Click here to join our WhatsApp channel" in a longer-worded language. */
    private static final int CHANNEL_CALL_MAX = 80;
    /** Any letter: a call's line holds none but the call's own ("WhatsApp | Telegram"). */
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /**
     * Whether {@code link} is a call standing on its own line (its block says nothing else, but separators, or opens
     * by asking the reader to follow on a messenger) that invites the reader to a messenger's channel or group, or a
     * store's badge for the publisher's app: the publisher's, whatever language the call is in. Never in a table,
     * whose links to apps and channels are its data.
     */
    private static boolean joinsChannel(Element link) {
        Element parent = link.parent();
        return parent != null && isChannelCall(link) && (!LETTER.matcher(parent.ownText()).find()
                || FOLLOW_ON_MESSENGER.matcher(parent.text()).lookingAt()) && link.closest(TABLE_CELLS) == null;
    }

    /**
     * A line that opens by asking the reader to follow the publisher on a messenger: "📲 Suivez Mashariki Actu sur
     * WhatsApp : rejoignez notre chaîne …", "Follow us on Telegram", "Síguenos en WhatsApp".
     */
    private static final Pattern FOLLOW_ON_MESSENGER = Pattern.compile("(?iu)[^\\p{L}]*(?:suivez|rejoignez|follow"
            + "|join|síguenos|siguenos|sigue|segue|siga|folgen sie|folge)\\b.{0,50}?\\b(?:whatsapp|telegram|viber)\\b");

    private static final Evaluator TABLE_CELLS = QueryParser.parse("td, th");

    /** A link to a messenger channel, or a store's badge (a link without text) to an app. */
    static boolean isChannelCall(Element a) {
        String href = a.attr("href");
        int host = hostStart(href);
        return host >= 0 && (startsWithAny(href, host, CHANNEL_HOSTS) || isStoreLink(href, host) && !a.hasText());
    }

    /**
     * Where the host of an absolute or scheme-relative http(s) link starts, past "www." ({@code https://www.t.me/x}
     * gives 12); -1 for any other link. Schemes and hosts compare in any ASCII case.
     */
    static int hostStart(String href) {
        int at = holdsAt(href, 0, "https:") ? 6 : holdsAt(href, 0, "http:") ? 5 : 0;
        if (!href.startsWith("//", at)) {
            return -1;
        }
        at += 2;
        return holdsAt(href, at, "www.") ? at + 4 : at;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code at}, in any ASCII case. */
    private static boolean holdsAt(String s, int at, String word) {
        return s.length() - at >= word.length() && Ascii.startsWithAt(s, at, word);
    }

    private static boolean startsWithAny(String href, int at, String[] prefixes) {
        for (String p : prefixes) {
            if (holdsAt(href, at, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link from its host on is an app's page in a store ({@link #STORE_HOSTS}, {@link #ITUNES_HOST}). */
    static boolean isStoreLink(String href, int host) {
        if (startsWithAny(href, host, STORE_HOSTS)) {
            return true;
        }
        if (!holdsAt(href, host, ITUNES_HOST)) {
            return false;
        }
        int country = host + ITUNES_HOST.length();
        int slash = href.indexOf('/', country);
        return slash > country && holdsAt(href, slash + 1, "app/");
    }

    /**
     * The box a call to join a messenger channel or get the app closes ({@code <div><p>Join our WhatsApp
     * channel</p><p>All the news on your phone first</p><a href="https://whatsapp.com/channel/…">Join</a></div>}):
     * its largest block of at most {@link #SIGN_UP_BOX_MAX} characters that links only to channels and stores; null
     * when the block says no more than its calls.
     */
    private static Element channelBox(Element call, Element body, TextStats stats) {
        Element box = null;
        for (Element p = call.parent(); p != null && p != body && stats.text(p) <= SIGN_UP_BOX_MAX
                && onlyChannelLinks(p); p = p.parent()) {
            box = p;
        }
        return box == null || stats.text(box) == stats.linkText(box) ? null : box;
    }

    /** Whether every link in {@code box} is a call to a messenger channel or a store's badge for an app. */
    private static boolean onlyChannelLinks(Element box) {
        for (Element a : box.getElementsByTag("a")) {
            if (a.hasAttr("href") && !isChannelCall(a)) {
                return false;
            }
        }
        return true;
    }

    /** The most text before a card's headline: a badge ("Premium", "Analysis"), no sentence. */
    private static final int CARD_LABEL_MAX = 30;

    /**
     * Whether {@code e} opens with a heading that is all a link, the headline of another story its card introduces:
     * {@code <div class="premium-teaser"><span>Premium</span><h3><a href="/other">…</a></h3><p>For four years …</p>};
     * not a heading linking within the page.
     */
    private static boolean opensWithLinkedHeadline(Element e, TextStats stats) {
        if (stats.text(e) > Teasers.TEASER_MAX || hasTwin(e)) {
            return false; // one of a listing's cards: the listing is what the page shows
        }
        for (Element child : e.children()) {
            if (Teasers.isHeading(child)) {
                // a section's heading linking back to the table of contents ("#toc-3") heads the story's own text
                Element link = Subtree.first(child, LINK);
                return link != null && !link.attr("href").startsWith("#") && Teasers.isLinkedHeadline(child, stats);
            }
            if (stats.text(child) > CARD_LABEL_MAX) {
                return false;
            }
        }
        return false;
    }

    /** Whether an element beside {@code e} has its tag and classes: one of a row of cards. */
    private static boolean hasTwin(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        for (Element s : parent.children()) {
            if (s != e && s.normalName().equals(e.normalName()) && s.className().equals(e.className())) {
                return true;
            }
        }
        return false;
    }

    /** The longest text an ad's label line has. */
    private static final int AD_LABEL_MAX = 30;

    /** The longest sponsor's label: "A message from Northgate Rail Alliance:". */
    private static final int SPONSOR_LABEL_MAX = 80;

    /**
     * Whether {@code e}'s text opens with an ad's label ("Sponsored", "Anzeige", "Advertisement") or a sponsor's ("A
     * message from Northgate Rail Alliance:", "Presented by …") in an element of its own: an advertiser's paragraphs
     * set in the story's markup (a native ad), not the story's.
     */
    private static boolean opensWithAdLabel(Element e) {
        for (Node n = e; n != null; n = TextProbe.next(n, e)) {
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                String label = t.text().strip();
                return t.parent() != e && (label.length() <= AD_LABEL_MAX && ContentPruner.AD_LABEL.matcher(label)
                        .matches() || label.length() <= SPONSOR_LABEL_MAX && ContentPruner.SPONSOR_LABEL.matcher(label)
                        .matches());
            }
        }
        return false;
    }

    private static final Evaluator CAPTIONS = QueryParser.parse("figcaption");
    /** The elements that set words inside a line: a place, a link's words, a label. */
    static final Set<String> INLINE_TAGS = Set.of("span", "strong", "b", "em", "i", "small", "u");
    /**
     * The place a story's lead opens with, as agencies and papers set it: "Kassel.", "CAIRO —", "Berlin (dpa) -",
     * "Washington, D.C. –". A name in letters ending in a full stop or a dash; a date has digits.
     */
    private static final Pattern PLACE_LINE = Pattern.compile("(?U)\\p{Lu}[\\p{L}\\s.,'’()/-]{0,38}[.—–-]");

    /**
     * The place opening the lead of a story ({@code <p><span class="dateline">Kassel.</span> Die Sanierung …</p>}),
     * which the sentence needs whatever its class says: an inline element that opens a block running on with a
     * sentence's worth of text, and reads as a place.
     */
    private static boolean isPlaceLine(Element e, TextStats stats) {
        if (!INLINE_TAGS.contains(e.normalName()) || stats.text(e) > 40) {
            return false;
        }
        Element block = e;
        while (block.parent() != null && INLINE_TAGS.contains(block.normalName())) {
            if (!opens(block)) {
                return false;
            }
            block = block.parent();
        }
        return stats.text(block) - stats.text(e) >= TextStats.PROSE_MIN
                && PLACE_LINE.matcher(e.text().strip()).matches();
    }

    /** Whether nothing but white space stands before {@code e} in its parent. */
    static boolean opens(Element e) {
        for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block named like a comment section that is one: not most of the page with the article inside (templates
     * that call their whole content area "comments-enabled" exist).
     */
    private static boolean isDiscussion(Element e, TextStats stats, int total) {
        double share = stats.text(e) / (double) total;
        return share < 0.15 || share < 0.8 && !holdsStoryMarker(e);
    }

    /**
     * Whether a block named a comment section holds a mark of the story ({@link #ARTICLE_MARKERS}): a wrapper so
     * named around the post. Comments set as {@code <article>}s of their own, marked comments in turn ("<article
     * class=comment>") or entries of a list ({@code <li><article>}), are none.
     */
    private static boolean holdsStoryMarker(Element e) {
        for (Element marker : Subtree.select(e, ARTICLE_MARKERS)) {
            if (!marker.nameIs("article") || Hints.of(marker) != Hints.Kind.DISCUSSION && !inListItem(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is an entry of a list ({@code <li><article>…}): a comment of a thread, never the story. */
    private static boolean inListItem(Element e) {
        Element parent = e.parent();
        return parent != null && parent.nameIs("li");
    }

    /**
     * Shows the parts of the page its JSON-LD declares not free to read ({@link JsonLdReader#lockedParts}): the
     * subscribers' text a publisher ships in the page hidden ({@code aria-hidden}, {@code hidden}, {@code
     * display:none}) is the article's, and is read as if shown. A selector that does not parse shows nothing.
     */
    static void showLockedParts(Document doc, List<String> selectors) {
        for (String selector : selectors) {
            try {
                for (Element part : doc.select(selector)) {
                    part.removeAttr("hidden");
                    if ("true".equalsIgnoreCase(part.attr("aria-hidden"))) {
                        part.removeAttr("aria-hidden");
                    }
                    if (hidesByStyle(part.attr("style"))) {
                        part.removeAttr("style");
                    }
                }
            } catch (Selector.SelectorParseException e) {
                // a declared selector the parser cannot read names no part
            }
        }
    }

    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false; // most elements: no attribute to look up
        }
        if (Attrs.has(e, "hidden") && !isCollapsedPanel(e)
                || "true".equalsIgnoreCase(Attrs.get(e, "aria-hidden")) && !e.nameIs("figure") && !isSlide(e)) {
            return true;
        }
        return hidesByStyle(Attrs.get(e, "style"));
    }

    /**
     * Whether {@code e} is an accordion's closed panel, as an FAQ's answers wait under their questions: a region
     * labelled ({@code aria-labelledby}) by the button that opens it ({@code <button aria-expanded=false
     * aria-controls=faq-a2>}, gone with the page's other buttons by the time the panel is read). A reader opens it
     * with a click; its text is the page's. A dialog ({@code role=dialog}) or a tab's panel is none.
     */
    private static boolean isCollapsedPanel(Element e) {
        return Attrs.get(e, "role").equalsIgnoreCase("region") && !Attrs.get(e, "aria-labelledby").isBlank();
    }

    /** Whether an inline {@code style} hides its element: {@code display:none}, {@code visibility:hidden}. */
    private static boolean hidesByStyle(String style) {
        return !style.isEmpty() && HIDDEN_WORDS.in(style) && HIDDEN_STYLE.matcher(style).find();
    }

    /**
     * A gallery or carousel inside the story (named so, which makes it chrome elsewhere) of captioned pictures and no
     * running text of its own or many links: the story's photographs, their captions its text.
     */
    private static boolean isStoryGallery(Element e, TextStats stats, Map<Element, Hints.Kind> kinds) {
        return e.attributesSize() > 0 && kind(e, kinds) == Hints.Kind.CHROME && stats.prose(e) < 100
                && stats.linkDensity(e) < 0.3 && Subtree.select(e, CAPTIONS).size() >= 2;
    }

    /** A slide's class: "slide", "swiper-slide", "slick-slide", "gallery-carousel__slide". */
    private static final Pattern SLIDE_CLASS = Pattern.compile("(?i)(?:^|\\s|[-_])slide(?:$|\\s)");

    /**
     * A carousel's slide: the carousel hides the slides not in view from screen readers ({@code aria-hidden}), and
     * a reader swipes to them; their pictures' captions are the story's.
     */
    private static boolean isSlide(Element e) {
        return "slide".equalsIgnoreCase(e.attr("aria-roledescription")) || SLIDE_CLASS.matcher(e.className()).find();
    }

    /**
     * Some blogging platforms render the post with a script and put its text in a {@code <noscript>} for readers
     * without one: when a noscript holds running text and its parent nothing else, its content is the post.
     * Whether any was unwrapped.
     */
    private static boolean unwrapNoscriptStories(List<Element> noscripts) {
        boolean unwrapped = false;
        for (Element noscript : noscripts) {
            Element parent = noscript.parent();
            // parsed as elements: a noscript the parser kept as raw markup text is an ad tag, not a post
            if (parent != null && noscript.childrenSize() > 0 && noscript.ownText().indexOf('<') < 0
                    && noscript.text().length() >= 200
                    && parent.text().length() - noscript.text().length() < 20) {
                noscript.unwrap();
                unwrapped = true;
            }
        }
        return unwrapped;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
