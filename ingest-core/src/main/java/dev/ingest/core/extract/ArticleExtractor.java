package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.PageType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
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

    private static final Evaluator PLAYER = QueryParser.parse("video, iframe[src*=youtube], iframe[src*=vimeo], "
            + "iframe[src*=dailymotion], iframe[src*=player], [class*=player]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    /** A press release says so in its address or title: "/pressemitteilungen/", "notas-de-prensa", "Press Release". */
    private static final Pattern PRESS_RELEASE = Pattern.compile("(?i)press(?:e)?[-_ ]?(?:releases?|mitteilung"
            + "|meldung|information|aussendung|dienst|service|center|room)|news[-_ ]?releases?|media[-_ ]releases?"
            + "|notas?[-_ ]de[-_ ]prensa|sala[-_ ]de[-_ ]prensa|communiqu[ée]s?[-_ ]de[-_ ]presse|comunicat[oi][-_]stampa"
            + "|persbericht|newsroom");

    /** A release wire's mark in the dateline that opens a release. */
    private static final Pattern WIRE_DATELINE = Pattern.compile("\\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE"
            + "|Marketwired|EQS-News|ots|IRW-PRESS)\\)|/\\s*(?:PRNewswire|CNW|PRWeb|PRNewsfoto)(?:-[A-Za-z]+)?\\s*/");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final String HEADLINE_SELECTOR = "[itemprop=headline], .entry-title, .post-title, "
            + ".article-title, .headline";
    private static final Evaluator HEADLINE_MARKS = QueryParser.parse(HEADLINE_SELECTOR);
    private static final Evaluator HEADINGS = QueryParser.parse("h1, " + HEADLINE_SELECTOR + ", h2");
    private static final Evaluator CHROME = QueryParser.parse("nav, footer, aside, form, dialog, [role=dialog]");
    /**
     * The heading over a post's comments, which quotes the post's title: "3 thoughts on “…”", "One Response to “…”",
     * "12 Kommentare zu „…“", "2 réflexions sur « … »", "5 comentarios en «…»".
     */
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?iu)^\\W*(?:\\d+|one|two|three|ein|eine|un|une"
            + "|uno|una)\\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?|kommentare?|antworten?"
            + "|gedanken|réflexions?|commentaires?|réponses?|comentarios?|respuestas?|commenti|reacties?)"
            + "\\s+(?:on|to|zu|auf|sur|à|au sujet de|en|a|sobre|de|su|op|bij)\\s*[“\"«„‘'‹「]");
    private static final Evaluator TRAIL_ITEM = QueryParser.parse("li, [property=itemListElement], "
            + "[itemprop=itemListElement]");
    private static final Evaluator BREADCRUMBS = QueryParser.parse("[class~=(?i)breadcrumb], [id~=(?i)breadcrumb], "
            + "[itemtype~=(?i)BreadcrumbList], [typeof=BreadcrumbList]");
    /**
     * Headings read as candidates; enough to reach a post title below a sidebar of linked h2s. Only an exact match
     * with a declared title is looked for past the first dozen.
     */
    private static final int MAX_HEADINGS = 60;

    public ArticleExtractor() {
    }

    /** Parses bytes: charset from the content-type header, else BOM, else {@code <meta charset>}, else UTF-8. */
    public Extraction extract(byte[] body, String contentType, String url, OffsetDateTime fetchedAt,
            ExtractionRules rules) {
        String base = url == null ? "" : url;
        return safely(() -> parse(body, contentType, base), base, fetchedAt, rules);
    }

    public Extraction extract(String html, String url, OffsetDateTime fetchedAt, ExtractionRules rules) {
        String base = url == null ? "" : url;
        return safely(() -> Jsoup.parse(html == null ? "" : InertMarkup.strip(html), base), base, fetchedAt, rules);
    }

    private Extraction safely(Supplier<Document> parse, String url, OffsetDateTime fetchedAt, ExtractionRules rules) {
        try {
            return read(parse.get(), url, fetchedAt, rules == null ? ExtractionRules.NONE : rules);
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is a value for every input; a page the engine cannot read is an empty page.
            return empty();
        }
    }

    private static Extraction empty() {
        return new Extraction(PageType.EMPTY, null, null, null, null, List.of(), null, null, null, null, List.of(),
                "", "", null);
    }

    /**
     * The page's tree, the bytes streamed to the parser in the charset {@link Charsets} finds: the parser decodes as
     * it reads, and the page is never first copied whole into a string. Scripts, style sheets, inline SVG images and
     * comments are taken out first ({@link InertMarkup}), so the parser neither decodes nor builds them. Bytes that
     * cannot be read are an empty page.
     */
    static Document parse(byte[] body, String contentType, String url) {
        Charsets.Reading reading;
        try {
            reading = Charsets.reading(body, contentType);
        } catch (RuntimeException e) {
            reading = new Charsets.Reading(StandardCharsets.UTF_8, "");
        }
        if (reading.text() != null) {
            return Jsoup.parse(InertMarkup.strip(reading.text()), url);
        }
        if (!InertMarkup.markupIsAscii(reading.charset())) {
            return Jsoup.parse(InertMarkup.strip(new String(body, reading.charset())), url);
        }
        try {
            return Jsoup.parse(InertMarkup.strip(body, reading.charset()), reading.charset().name(), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never from bytes in memory
        }
    }

    private Extraction read(Document doc, String url, OffsetDateTime fetchedAt, ExtractionRules rules) {
        if (ShadowRoots.open(PageIndex.of(doc).tag("template"))) {
            PageIndex.forget(doc); // a web-component page: read as it is shown, its shadow roots opened
        }
        Map<String, List<String>> meta = MetaReader.metaMap(doc);
        ZoneId pageZone = MetaReader.pageZone(doc, meta);
        ZoneId zone = pageZone != null ? pageZone : ZoneOffset.UTC;

        PageFacts jsonLd = JsonLdReader.read(doc, zone);
        PageFacts metaFacts = MetaReader.read(doc, meta, zone);
        PageFacts micro = MetaReader.microdata(doc, zone);
        PageFacts facts = jsonLd.orElse(micro.withTitle(null)).orElse(metaFacts);

        String siteName = siteName(facts, jsonLd, metaFacts);
        List<Author> authors = ruleAuthors(doc, rules);
        boolean shownNothing = true;
        if (authors.isEmpty()) {
            List<Author> shown = BylineReader.authors(doc);
            shownNothing = shown.isEmpty();
            authors = AuthorPicker.pick(siteName, url, jsonLd.authors(), micro.authors(), metaFacts.authors(),
                    MetaReader.relAuthors(doc), shown);
            authors = AuthorPicker.preferShown(siteName, url, authors, shown);
            // a magazine declares its photographer an author too; the byline says who took the pictures
            authors = PictureCredits.writers(doc, authors);
            if (AuthorPicker.namesNoPerson(siteName, url, authors)
                    || authors.stream().allMatch(a -> AuthorPicker.handle(a.name()))) {
                // "Reviewed by" under "Review: …", where the page declares the house or an account ("BAR Editor")
                List<Author> critic = BylineReader.critic(doc);
                authors = critic.isEmpty() ? authors : critic;
            }
        }
        if (authors.isEmpty()) {
            authors = BylineReader.datelineAgency(doc);
        }
        if (authors.isEmpty()) {
            authors = BylineReader.footerWriter(doc);
        }
        if (authors.isEmpty()) {
            authors = BylineReader.copyrightHolder(doc, MetaReader.firstOf(meta, "copyright", "dc.rights"));
        }

        List<TitleCleaner.Heading> headings = headings(doc, url, jsonLd.title(), MetaReader.firstOf(meta, "og:title"));
        String ruleTitle = ruleText(doc, rules.title());
        String title = ruleTitle != null ? ruleTitle : TitleCleaner.choose(new TitleCleaner.Declared(jsonLd.title(),
                MetaReader.firstOf(meta, "og:title"), MetaReader.firstOf(meta, "twitter:title"),
                MetaReader.firstOf(meta, "title", "headline"), pageTitle(doc), facts.description()), headings, siteName);
        if (title == null) {
            title = micro.title();
        }

        DatedValue published = ruleDate(doc, rules, zone);
        // the date shown by the headline settles which declared date is the publish date; the headline is found by
        // the titles the page declares and the one read from it (an old template's title names only the site)
        VisibleDates.Shown shown = published != null ? VisibleDates.Shown.NONE
                : VisibleDates.find(doc, zone, fetchedAt, title);
        DatedValue declaredChange = firstDate(jsonLd.modified(), micro.modified(), metaFacts.modified());
        if (published == null) {
            DatedValue declared = VisibleDates.reconcile(shown, pageZone, jsonLd.published(), micro.published(),
                    metaFacts.published());
            DatedValue reconciled = pageZone == null || pageZone.equals(ZoneOffset.UTC)
                    ? onTimeElementsOffset(doc, zone, fetchedAt, declared) : declared;
            // the fallbacks walk the page, so each runs only when those before it found nothing
            published = firstOf(() -> reconciled, () -> VisibleDates.yearlessBefore(shown, declaredChange),
                    () -> MetaReader.timeElement(doc, zone, fetchedAt),
                    () -> BylineReader.date(doc, zone, fetchedAt, addressDay(url, zone)),
                    () -> VisibleDates.postedSentence(doc, zone), () -> VisibleDates.releaseEnd(doc, zone),
                    () -> urlDate(url, zone));
        }
        DatedValue modified = firstDate(declaredChange, shown.updated(published));
        if (modified == null) {
            DatedValue time = MetaReader.updateTimeElement(doc, zone, fetchedAt);
            modified = time == null || published != null && time.value().isBefore(published.value()) ? null : time;
        }
        if (modified == null) {
            // a hand-made page says at its foot when it last changed
            DatedValue foot = firstOf(() -> LastUpdated.of(doc, zone, fetchedAt),
                    // or an update line under the story, marked as one
                    () -> LastUpdated.markedLine(doc, zone, fetchedAt));
            modified = foot == null || published != null && foot.value().isBefore(published.value()) ? null : foot;
        }
        // a page whose zone is unknown, or UTC for want of another (a stamp in UTC), may state its clock by a time it
        // shows ("Updated: Nov 27, 2026 22:41 IST")
        ZoneOffset stated = pageZone == null || pageZone.equals(ZoneOffset.UTC) ? shown.statedOffset() : null;
        if (stated == null && (pageZone == null || pageZone.equals(ZoneOffset.UTC))) {
            // or a time it shows for the story beside the instant it declares in UTC: "10:45 PM" for 16:45Z is +06:00
            stated = shown.impliedOffset(firstDate(jsonLd.published(), micro.published(), metaFacts.published()),
                    declaredChange);
        }
        ZoneId clock = stated != null ? stated : pageZone;
        published = onPageClock(published, clock);
        modified = onPageClock(modified, clock);

        // what the whole page looks like, before cleaning takes the chrome away
        Element page = doc.body();
        PageIndex index = PageIndex.of(doc);
        double pageLinkDensity = index.textStats().linkDensity(page);
        // counted when the classifier asks, from the elements listed now: cleaning takes players and links out of the
        // tree but changes no name or attribute these counts read (the sanitiser only gives a lazy image its src)
        List<Element> inPage = index.within(page);
        IntSupplier pageLinks = () -> index.select(LINKS, inPage).size();
        BooleanSupplier player = () -> hasPlayer(index, inPage);
        // the teasers' linked headlines, which say an archive of long excerpts is one; counted before cleaning
        int linkedHeadlines = Teasers.linkedHeadlines(index, index.textStats()).size();
        int linkedRows = linkedRows(index);

        boolean lockedAway = JsonLdReader.lockedAway(doc);
        if (lockedAway) {
            HtmlCleaner.showLockedParts(doc, JsonLdReader.lockedParts(doc)); // the subscribers' text, shipped hidden
        }
        boolean forumThread = JsonLdReader.declaresForumPosting(doc);
        String declaredLanguage = MetaReader.htmlLang(doc); // read from the index, before cleaning drops it
        Element bodyRule = ruleElement(doc, rules.body());
        // of several stories side by side, the one under the page's title, found while the headlines are there
        Element titled = TitledArticle.of(index.tag("article"), title, index.textStats());
        if (titled == null) {
            titled = TitledArticle.main(index.tag("main"), title, index.textStats());
        }
        // drops the index: the tree changes from here on, the text statistics follow what the cleaner removes
        TextStats stats = HtmlCleaner.clean(doc, rules.remove(), forumThread);
        List<Element> content = bodyRule != null ? List.of(bodyRule) : withAnswers(TitledArticle.narrowed(
                ContentScorer.withSiblings(ContentScorer.best(doc.body(), stats), doc.body(), stats), titled));
        if (bodyRule == null) {
            content = MailMessage.narrowed(content, stats); // an archived mail: its message, without the signature
        }
        if (bodyRule == null && consentWall(content)) {
            content = List.of(); // the story has not loaded behind the consent tool's wall: its text is no story
        }
        // the stamp a CMS sets under a text it changed dates the change; the pruner then cuts it from the story
        // (the numeric order from the language declared before cleaning: asking the cleaned page would index it again)
        DateParser.Numeric numeric = VisibleDates.numeric(declaredLanguage, url);
        DatedValue stamp = modified == null ? LastUpdated.editStamp(content, stats, zone, numeric) : null;
        if (bodyRule == null) {
            boolean pressRelease = PRESS_RELEASE.matcher(url).find() || PRESS_RELEASE.matcher(doc.title()).find()
                    || wireDateline(content);
            content.forEach(c -> ContentPruner.prune(c, stats, pressRelease));
            content = ContentPruner.withoutDisclosureParts(content, stats);
            content = ContentPruner.withoutClosingAppeals(content, stats,
                    authors.stream().map(Author::name).toList());
        }
        String text = TextRenderer.render(content);
        String safeHtml = TextRenderer.nfc(Sanitiser.sanitise(content, doc.location()));
        if (rules.author() == null) {
            // a guest the post's opening names wrote it, whoever the theme credits; else a byline above the story
            // stays, and else the credit closing the story may name the author
            List<Author> guest = GuestCredit.of(text);
            if (guest.isEmpty()) {
                guest = GuestCredit.firstLine(text, declaredLanguage, title);
            }
            if (guest.isEmpty()) {
                guest = GuestCredit.dateline(text);
            }
            if (guest.isEmpty()) {
                guest = GuestCredit.reporterBracket(text); // "（记者 孙启航）" opening a Chinese paper's lead
            }
            if (guest.isEmpty()) {
                guest = GuestCredit.datelineReporter(text); // "ਬਠਿੰਡਾ, ੨੬ ਨਵੰਬਰ (ਹਰਮਨਜੀਤ ਸਿੰਘ ਬਰਾੜ)-"
                guest = AuthorPicker.namesNoPerson(siteName, url, guest) ? List.of() : guest; // not the house's wire
            }
            if (guest.isEmpty() && AuthorPicker.namesNoPerson(siteName, url, authors)) {
                guest = GuestCredit.openingLines(text, declaredLanguage, title); // a partner's story, run as the site's
            }
            authors = !guest.isEmpty() ? guest
                    : AuthorPicker.closing(siteName, url, authors, !shownNothing,
                            closingCredit(text, declaredLanguage, content));
        }

        if (modified == null) {
            // a note the newsroom set into the story when it changed it ("Aktualisierung vom 19.11.2026: …"), or the
            // CMS's stamp under it
            DatedValue note = stamp != null ? stamp : LastUpdated.storyNote(text, zone, numeric, fetchedAt);
            modified = note == null || published != null
                    && note.value().toLocalDate().isBefore(published.value().toLocalDate()) ? null
                    : onPageClock(note, clock);
        }
        String language = LanguageCheck.language(facts.language(), text);
        // the classifier's thresholds are in Latin characters: an East Asian one says about as much as two
        PageType type = PageClassifier.classify(new PageClassifier.Signals(
                text.length() + TextStats.eastAsian(text), pageLinkDensity, pageLinks, facts.type(), player,
                jsonLd.type() != null && jsonLd.type().equals("article")
                        || metaFacts.type() != null && metaFacts.type().equals("article") || published != null
                        && published.source() != DateSource.URL, url,
                java.util.Arrays.asList(doc.title(), title == null ? "" : title), lockedAway, linkedHeadlines,
                linkedRows, longestParagraph(text)));

        return new Extraction(type, facts.canonicalUrl(), siteName, title, facts.description(),
                AuthorNames.distinct(authors), published,
                modified, language, facts.section(), facts.tags(), text, safeHtml, facts.image());
    }

    /**
     * The site's name: as the facts give it, but the meta tags' when the JSON-LD names its author the publisher too
     * and the meta tags name a site that has nothing of that name (a blog theme filling the publisher with the
     * writer's, "Ingrid Solheim" beside {@code og:site_name} "Brackwater Tech"; a paper's "北陸中央新聞社" beside
     * "北陸中央新聞デジタル" is the house either way).
     */
    private static String siteName(PageFacts facts, PageFacts jsonLd, PageFacts meta) {
        String name = facts.siteName();
        if (name == null || meta.siteName() == null || !name.equals(jsonLd.siteName())
                || namesAlike(name, meta.siteName())) {
            return name;
        }
        for (Author a : jsonLd.authors()) {
            if (a.name().strip().equalsIgnoreCase(name.strip())) {
                return meta.siteName();
            }
        }
        return name;
    }

    /** The fewest letters two names must open with alike, or a word of theirs hold, to name the same. */
    private static final int ALIKE_MIN = 4;

    /** Whether two names open with the same {@link #ALIKE_MIN} letters or share a word that long. */
    private static boolean namesAlike(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.length() >= ALIKE_MIN && y.length() >= ALIKE_MIN && x.regionMatches(0, y, 0, ALIKE_MIN)) {
            return true;
        }
        for (String word : a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= ALIKE_MIN && b.toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The credit closing the story's text, else the name it is signed with flush right at its end. */
    private static List<Author> closingCredit(String text, String lang, List<Element> content) {
        List<Author> closing = ClosingCredit.of(text, lang);
        return closing.isEmpty() ? ClosingCredit.signedFlushRight(content) : closing;
    }

    /**
     * {@code declared}, a stamp in UTC, at the offset the page's {@code <time datetime>} gives the same instant
     * ({@code 2026-11-08T18:48:12+00:00} in the meta tags, {@code 2026-11-09T07:48:12+13:00} on the post): the day the
     * publisher saw, on a page that states no zone of its own (a zone it states places the stamp better: themes
     * print a {@code <time>}'s offset as of the day they render it). Else {@code declared} as it is.
     */
    private static DatedValue onTimeElementsOffset(Document doc, ZoneId zone, OffsetDateTime fetchedAt,
            DatedValue declared) {
        if (declared == null || declared.value().getOffset().getTotalSeconds() != 0) {
            return declared;
        }
        DatedValue time = MetaReader.timeElement(doc, zone, fetchedAt);
        return time != null && time.value().getOffset().getTotalSeconds() != 0
                && time.value().toInstant().equals(declared.value().toInstant())
                ? new DatedValue(time.value(), declared.source()) : declared;
    }

    /** The shortest link text that names a row's entry ("Re: track plan"), not a page number or an icon. */
    private static final int ROW_LINK_MIN = 12;

    /** The rows of the page's tables that hold a link naming their entry ({@link #ROW_LINK_MIN} characters or more). */
    private static int linkedRows(PageIndex index) {
        int rows = 0;
        for (Element tr : index.tag("tr")) {
            for (Element a : tr.getElementsByTag("a")) {
                if (a.hasAttr("href") && index.textStats().text(a) >= ROW_LINK_MIN) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    /**
     * The length of the longest paragraph of {@code text} (paragraphs apart by blank lines), a Chinese, Japanese or
     * Korean character counting as two as the classifier's thresholds do.
     */
    private static int longestParagraph(String text) {
        int longest = 0;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf("\n\n", from);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(from, end);
            longest = Math.max(longest, paragraph.length() + TextStats.eastAsian(paragraph));
            from = end + 2;
        }
        return longest;
    }

    private static final Evaluator H1 = QueryParser.parse("h1");
    /** The most text outside a consent tool's dialog and the headings a page behind a consent wall shows. */
    private static final int WALL_STORY_MAX = 100;

    /**
     * Whether the text of {@code content} is, but its headings and at most {@link #WALL_STORY_MAX} characters, the
     * text of a consent tool's dialog ({@link Hints#isConsent}, below the body, holding no headline): the story has not
     * loaded behind the wall. A page whose body's classes name its consent state ("cookies-not-set") is no wall.
     */
    private static boolean consentWall(List<Element> content) {
        Map<Element, Boolean> consent = new java.util.IdentityHashMap<>();
        boolean any = false;
        for (Element root : content) {
            any = any || inConsent(root, consent); // the root or a block around it
            List<Element> inside = Subtree.all(root);
            for (int i = 0; i < inside.size() && !any; i++) {
                any = Hints.isConsent(inside.get(i));
            }
        }
        if (!any) {
            return false; // most pages: no consent block in or around the story
        }
        int wall = 0;
        int story = 0;
        for (Element root : content) {
            for (org.jsoup.nodes.TextNode t : textNodes(root)) {
                int chars = TextStats.nonSpace(t.getWholeText());
                if (chars == 0) {
                    continue;
                }
                if (inConsent(t.parent(), consent)) {
                    wall += chars;
                } else if (t.parent() != null && t.parent().closest(HEADINGS_ANY) == null) {
                    story += chars;
                }
            }
        }
        return wall > 0 && story <= WALL_STORY_MAX;
    }

    private static final Evaluator HEADINGS_ANY = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** The text nodes under {@code root}, in document order. */
    private static List<org.jsoup.nodes.TextNode> textNodes(Element root) {
        List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                out.add(t);
            }
        }, root);
        return out;
    }

    /**
     * Whether {@code e} is in a consent tool's block below the body that holds no headline; the answers for {@code e}
     * and its ancestors are kept in {@code known}.
     */
    private static boolean inConsent(Element e, Map<Element, Boolean> known) {
        if (e == null || e.nameIs("body") || e.nameIs("html")) {
            return false;
        }
        Boolean answer = known.get(e);
        if (answer == null) {
            answer = Hints.isConsent(e) && e.selectFirst(H1) == null || inConsent(e.parent(), known);
            known.put(e, answer);
        }
        return answer;
    }

    private static final Evaluator QUESTION = QueryParser.parse("[itemtype~=(?i)schema\\.org/Question$]");
    private static final Evaluator ANSWER_TEXTS = QueryParser.parse("[itemprop~=(?i)^(accepted|suggested)Answer$] "
            + "[itemprop~=(?i)^text$]");

    /**
     * {@code content} and, when it is a question of a Q&A page marked up as a schema.org {@code Question}, the texts
     * of its answers ({@code acceptedAnswer}, {@code suggestedAnswer}) in page order: what the page is for. The
     * comments under the question and the answers are not in those texts.
     */
    private static List<Element> withAnswers(List<Element> content) {
        Element question = content.isEmpty() ? null : content.get(0).closest(QUESTION);
        if (question == null) {
            return content;
        }
        List<Element> out = new ArrayList<>(content);
        for (Element answer : Subtree.select(question, ANSWER_TEXTS)) {
            if (answer.parents().stream().noneMatch(out::contains) && !out.contains(answer)) {
                out.add(answer);
            }
        }
        return out;
    }

    /**
     * Whether the story opens with a release wire's dateline: "NEW YORK--(BUSINESS WIRE)--", "BOSTON, Nov. 24, 2026
     * /PRNewswire/ --", "(GLOBE NEWSWIRE)", "(ots)". Read from the story's first paragraph only.
     */
    private static boolean wireDateline(List<Element> content) {
        Element first = content.isEmpty() ? null : Subtree.first(content.get(0), PARAGRAPH);
        if (first == null) {
            return false;
        }
        String opening = first.text();
        return WIRE_DATELINE.matcher(opening.length() > 200 ? opening.substring(0, 200) : opening).find();
    }

    /**
     * {@code date} on the publisher's clock when it was stated in UTC and the page says where it is published: the
     * same instant, at the offset {@code pageZone} keeps then ({@code 2026-11-21T23:00Z} on a Japanese page is
     * {@code 2026-11-22T08:00+09:00}, the day its readers saw). A date stated at another offset keeps it: that is the
     * publisher's own. A day without a time (read as midnight in UTC for want of a zone: "24/11/2026") is that day
     * on the publisher's clock, not the evening before.
     */
    static DatedValue onPageClock(DatedValue date, ZoneId pageZone) {
        if (date == null || pageZone == null || !date.value().getOffset().equals(ZoneOffset.UTC)) {
            return date;
        }
        ZoneOffset offset = pageZone.getRules().getOffset(date.value().toInstant());
        if (offset.equals(ZoneOffset.UTC)) {
            return date;
        }
        boolean dayOnly = date.value().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return new DatedValue(dayOnly ? date.value().withOffsetSameLocal(offset)
                : date.value().withOffsetSameInstant(offset), date.source());
    }

    /**
     * Whether {@link #PLAYER} matches one of {@code elements}; only a video, an iframe or an element whose class
     * mentions "player" is asked the whole query, whose six alternatives each read every element.
     */
    private static boolean hasPlayer(PageIndex index, List<Element> elements) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : elements) {
            String classes = e.className();
            if (e.nameIs("video") || e.nameIs("iframe")
                    || !classes.isEmpty() && classes.toLowerCase(Locale.ROOT).contains("player")) {
                candidates.add(e);
            }
        }
        return !index.select(PLAYER, candidates).isEmpty();
    }

    /**
     * Headline candidates: the page's h1s, then the elements templates mark as the headline, then h2s (many blogs
     * put the post title in an h2), at most {@link #MAX_HEADINGS} distinct.
     */
    private static List<TitleCleaner.Heading> headings(Document doc, String url, String... declared) {
        List<List<Element>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Element h : headingCandidates(PageIndex.of(doc))) { // one walk over the page, sorted into the tiers after
            if (h.closest(TRAIL_ITEM) != null && h.closest(BREADCRUMBS) != null) {
                continue; // the trail's last item repeats the title in a heading of its own; it is not the one shown
            }
            tiers.get(h.nameIs("h1") ? 0 : h.is(HEADLINE_MARKS) ? 1 : 2).add(h);
        }
        tiers.get(2).addAll(lowerHeadingsDeclared(PageIndex.of(doc), LOWER_HEADINGS, declared));
        if (tiers.get(0).isEmpty() && tiers.get(1).isEmpty()) {
            // no h1 and nothing marked as the headline: a status page sets it in a block of its own
            // ("<div class=incident-name>"), which reads the declared title or its headline part
            tiers.get(2).addAll(lowerHeadingsDeclared(PageIndex.of(doc), HEADLINE_BLOCKS, declared));
        }
        if (tiers.stream().allMatch(List::isEmpty)) {
            tiers.get(2).addAll(largeType(PageIndex.of(doc)));
        }
        List<TitleCleaner.Heading> headings = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Element sole = soleHeadline(tiers.get(0));
        if (sole == null && shown(tiers.get(0)).isEmpty()) {
            // the page's h1 is its logo: the one element marked as the headline ("itemprop=headline") is the one shown
            sole = soleHeadline(tiers.get(1));
        }
        for (List<Element> tier : tiers) {
            for (Element h : tier) {
                if (headings.size() >= MAX_HEADINGS) {
                    return headings;
                }
                TitleCleaner.Heading heading = TitleCleaner.heading(h);
                if (COMMENTS_HEADING.matcher(heading.text()).lookingAt()
                        || !h.nameIs("h1") && BylineReader.inDiscussion(h)) {
                    // the comments' heading quotes the title the template declares, not the one shown, in any
                    // language ("Èrò 3 lórí “…”"): a heading of the comment section is the section's
                    continue;
                }
                if (h == sole && (manyWords(heading.text()) || slugNames(url, heading.text()))) {
                    heading = heading.asSole();
                }
                if ((!heading.text().isBlank() || heading.siteName() != null) && !seen.contains(heading.text())) {
                    seen.add(heading.text());
                    headings.add(heading);
                }
            }
        }
        return headings;
    }

    /**
     * Whether a heading says more than one word: a space between words, or a run of Chinese or Japanese characters
     * ("百年碾米廠變社區食堂　大埤村長輩每週三共餐"), which need no space.
     */
    private static boolean manyWords(String heading) {
        return heading.strip().contains(" ") || TextStats.eastAsian(heading) >= 4;
    }

    /**
     * Whether the URL's path and a one-word heading name the same thing ("/essen/west-viertel.htm" and
     * "West-Viertel", "/history.html" and "Choirhistory"): a single word ("Design", "Lorem") is the page's headline
     * only when its address agrees.
     */
    static boolean slugNames(String url, String heading) {
        String word = letters(heading);
        if (word.length() < 4) {
            return false;
        }
        String path;
        try {
            path = java.net.URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (letters(path).contains(word)) {
            return true;
        }
        for (String segment : path.split("/")) {
            String slug = letters(segment.replaceFirst("\\.\\w{2,5}$", ""));
            if (slug.length() >= 5 && word.contains(slug)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The one of {@code headlines} (the h1s, or the marked headlines) with text, not the site's name, outside
     * navigation, footer, sidebars and dialogs, or the first of several that say the same; else null. An h1 in a
     * widget (a newsletter teaser, a pop-up) competes only when no h1 outside one is left.
     */
    private static Element soleHeadline(List<Element> headlines) {
        List<Element> shown = shown(headlines);
        if (shown.size() < 2) {
            // one shown h1 competes whether it is in a widget or not; the widgets matter only between several
            return shown.isEmpty() ? null : shown.get(0);
        }
        List<Element> outsideWidgets = new ArrayList<>();
        for (Element h : shown) {
            if (!inWidget(h)) {
                outsideWidgets.add(h);
            }
        }
        List<Element> competing = outsideWidgets.isEmpty() ? shown : outsideWidgets;
        return competing.size() == 1 || sameText(competing) ? competing.get(0) : null;
    }

    /**
     * Whether the headings all say the same: one headline set twice, for small screens and for large ones
     * ({@code <h1 class="d-block d-md-none">} and {@code <h1 class="d-none d-md-block">}).
     */
    private static boolean sameText(List<Element> headings) {
        String first = headings.get(0).text().strip();
        for (Element h : headings) {
            if (!h.text().strip().equals(first)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} is in navigation, a footer, a sidebar, a dialog or a form other than one around the page. */
    private static boolean inChrome(Element e) {
        Element chrome = e.closest(CHROME);
        while (chrome != null && chrome.nameIs("form") && PageIndex.wrapsThePage(chrome)) {
            chrome = chrome.parent() == null ? null : chrome.parent().closest(CHROME);
        }
        return chrome != null;
    }

    /** The headings with text, not the site's name, outside navigation, footer, sidebars and dialogs. */
    private static List<Element> shown(List<Element> headings) {
        List<Element> shown = new ArrayList<>();
        for (Element h : headings) {
            if (!inChrome(h) && !h.text().isBlank() && !TitleCleaner.isSiteName(h)) {
                shown.add(h);
            }
        }
        return shown;
    }

    /** Whether a block around {@code e}, below the body (whose classes are page flags: "enable-search-modal"), is a widget. */
    private static boolean inWidget(Element e) {
        for (Element a = e.parent(); a != null && !a.nameIs("body"); a = a.parent()) {
            if (a.attributesSize() > 0 && Hints.isWidget(a)) { // a block without class or id names no widget
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code <title>}, also when the parser had to put it in the body (a stray character before it ends the
     * head early); never the title of an inline SVG image.
     */
    static String pageTitle(Document doc) {
        String title = doc.title();
        if (!title.isEmpty()) {
            return title;
        }
        for (Element t : doc.getElementsByTag("title")) {
            if (t.closest("svg") == null) {
                return t.text();
            }
        }
        return title;
    }

    /**
     * Text set in large type with {@code <font size>} (4 to 7, or +1 and up), where a page of the table-layout era
     * puts its headline: read as headings only on a page without any heading element.
     */
    private static List<Element> largeType(PageIndex index) {
        List<Element> out = new ArrayList<>();
        for (Element font : index.tag("font")) {
            String size = font.attr("size").strip();
            boolean large = size.matches("[4-7]|\\+[1-4]");
            if (large && !font.text().isBlank() && font.text().length() <= 200 && out.size() < 12) {
                out.add(font);
            }
        }
        return out;
    }

    /** The elements {@link #HEADINGS} can match, in document order. */
    private static final String[] LOWER_HEADINGS = {"h3", "h4", "h5", "h6"};
    /** The blocks a page without a heading for it may set its headline in. */
    private static final String[] HEADLINE_BLOCKS = {"div", "p", "span", "strong", "b"};

    /**
     * The elements named one of {@code tags} (the h3–h6 headings) that read a declared title ({@code declared}: the
     * JSON-LD headline, {@code og:title}) word for word, or its part before or after a site's name: a module's page may
     * head itself with its name in the h1 ("News Flash", the site's name) and set the story's headline a few levels
     * down.
     */
    private static List<Element> lowerHeadingsDeclared(PageIndex index, String[] tags, String... declared) {
        List<Element> out = new ArrayList<>();
        Map<Element, String> normed = new java.util.IdentityHashMap<>(); // each heading's text read once
        for (String title : TitleCleaner.headlineForms(declared)) {
            for (String tag : tags) {
                for (Element h : index.tag(tag)) {
                    // (the statistics count a Chinese, Japanese or Korean character as two)
                    if (!out.contains(h) && index.textStats().text(h) <= 2 * title.length()
                            && normed.computeIfAbsent(h, e -> TitleCleaner.norm(e.text())).equals(title)) {
                        out.add(h);
                    }
                }
            }
        }
        return out;
    }

    private static List<Element> headingCandidates(PageIndex index) {
        return index.select(HEADINGS, index.headlineCandidates());
    }

    @SafeVarargs
    private static DatedValue firstOf(java.util.function.Supplier<DatedValue>... sources) {
        for (java.util.function.Supplier<DatedValue> source : sources) {
            DatedValue v = source.get();
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static DatedValue firstDate(DatedValue... values) {
        for (DatedValue v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The day the page's address names ("/2026/11/25/"), or null. */
    private static java.time.LocalDate addressDay(String url, ZoneId zone) {
        DatedValue d = urlDate(url, zone);
        return d == null ? null : d.value().toLocalDate();
    }

    static DatedValue urlDate(String url, ZoneId zone) {
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

    private static DatedValue ruleDate(Document doc, ExtractionRules rules, ZoneId zone) {
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
