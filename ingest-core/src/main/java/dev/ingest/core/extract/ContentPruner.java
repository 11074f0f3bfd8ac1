package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Trims the chosen content element: link lists left inside it (inline "read also" blocks, tag clouds), one-line
 * teasers ("MIRA: <a>…</a>") and ad labels, and trailing sections under boilerplate headings ("Comments", "Related
 * articles", "About the author", "Mehr zum Thema") with everything after them.
 *
 * <p>{@code <div><p>Story…</p><h3>Related</h3><ul><li><a>Other</a></li></ul></div>} becomes
 * {@code <div><p>Story…</p></div>}.
 */
final class ContentPruner {
    private static final Pattern BOILERPLATE_HEADING = Pattern.compile("(?iu)^\\W*(\\d+\\s+)?(comments?|kommentare?"
            + "|leserkommentare|commentaires?|comentarios?|leave a (reply|comment)|join the (conversation|discussion)"
            + "|related( (articles?|posts?|stories|content|coverage|reading))?|more (from|on|in|stories|articles)\\b.*"
            + "|read (more|next|also)|you (may|might) (also )?(like|enjoy|be interested).*|recommended( for you)?"
            + "|about (the|our) (authors?|creators?|contributors?|editorial board)|über (den|die) autor(in)?|zum autor"
            + "|zur autorin|mehr zum thema"
            + "|about this (article|page|post|story|guide)|über diesen (artikel|beitrag)|à propos de cet article"
            + "|why (you can )?trust us|our (editorial )?(standards|process)"
            + "|cite this( \\w+)?|how to cite( this( \\w+)?)?|suggested citation|zitiervorschlag|zitierweise"
            + "|citer cet article|c[óo]mo citar( este art[íi]culo)?"
            + "|(acerca de|sobre) este art[ií]culo|informazioni su questo articolo"
            + "|mehr (aus|zu|von)\\b.*|das könnte sie auch interessieren|auch interessant|weitere artikel"
            + "|weitere (beiträge|themen|nachrichten)|lesen sie auch|ähnliche (artikel|beiträge)|verwandte artikel"
            + "|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|newsletter|share( this)?( article| post"
            + "| story)?|teilen|artikel teilen|diesen artikel teilen|tags?|schlagwörter|themen|sign up.*"
            + "|subscribe.*|popular|most (read|popular)|meistgelesen|top stories|trending|latest( news)?"
            + "|mehr zum thema \\w.*|(das|dies(es)?)( thema)? könnte (sie|dich|euch) (auch )?interessieren"
            + "|verwandte beiträge|schon gelesen|(zum )?weiterlesen|(articles )?les plus lus"
            + "|(presse|medien)?kontakt|(press |media )?contact|weitere informationen|zusatzinformationen"
            + "|(further|more) information|(unsere |our )?(sponsoren|sponsors|partner|partners|förderer)"
            + "|neueste artikel|noticias relacionadas|te puede interesar|leggi anche|reader insights"
            + "|(articoli|post|notizie) correlat[ie]|correlati|art[ií]culos relacionados|(artigos|posts|not[ií]cias) "
            + "relacionad[oa]s|articles (similaires|li[ée]s|connexes)|gerelateerde (artikelen|berichten)"
            + "|(powiązane|podobne) artykuły|související články|relaterade artiklar|relaterte artikler"
            + "|relaterede artikler"
            // a summary a language model wrote over the story: "AI summary", "AI 요약", "KI-Zusammenfassung"
            + "|ai(?:-generated)? summary|summary by ai|ai\\s?요약|ki-zusammenfassung|résumé (?:généré )?par l['’]ia)"
            + "\\W*(?:\\(\\d+\\)\\W*)?$"); // a count after it: "Leserkommentare (4)"
    /**
     * The same headings in Chinese, Japanese and Korean, whole: these scripts have no word boundaries for
     * {@link #BOILERPLATE_HEADING}'s {@code \W} to find, so a heading that only holds one of these words is the
     * story's own ("市民相談窓口へのお問い合わせが急増"). Only a heading of its own: as a label inside a line such a
     * word opens a teaser.
     */
    private static final Pattern CJK_BOILERPLATE_HEADING = Pattern.compile("[\\s\\p{P}\\p{S}]*(?:(?:この(?:ページ|記事)に関する)?"
            + "(?:お問い合わせ|お問合せ|問い合わせ)(?:先)?|関連(?:記事|リンク|情報|ニュース)|あわせて読みたい|コメント"
            + "|相[关關](?:阅读|閱讀|新闻|新聞|文章|报道|報導)|延伸閱讀|推荐阅读|热门推荐|[评評]论|留言"
            + "|관련\\s?기사|많이 본 (?:뉴스|기사)|댓글)[\\s\\p{P}\\p{S}\\d]*");
    private static final Set<String> LINK_BLOCKS = Set.of("ul", "ol", "div", "section", "table", "dl", "nav",
            "p", "span");
    /**
     * The heading over a press release's closing words about its issuer: "About Harbour Trust", "Über den NÖ
     * Jagdverband", "Sobre Fundación Mar Abierto", "À propos de Port Authority": the name capitalised.
     */
    private static final Pattern ABOUT_ISSUER = Pattern.compile("(?u)\\W*(?i:about|über|sobre|à propos d[e'’]|acerca de"
            + "|informazioni su|over)\\s+(?i:(?:the|den|die|das|der|la|el|le|les|il|lo|het|de|l['’])\\s*)?"
            + "\\p{Lu}.{1,50}");
    /**
     * Whether a heading ({@code h1}–{@code h6}) of the story still stands after {@code h}: {@code headings} are the
     * content's headings from the last up, those cut gone from the tree.
     */
    private static boolean storyHeadingAfter(Element h, List<Element> headings) {
        for (Element later : headings) {
            if (later == h) {
                return false;
            }
            if (later.ownerDocument() != null && later.normalName().matches("h[1-6]")) {
                return true;
            }
        }
        return false;
    }

    /** Blocks that can be a one-line teaser or an ad's label. */
    private static final Set<String> LINE_TAGS = Set.of("p", "div", "section", "figure", "figcaption", "h2", "h3",
            "h4", "h5", "h6", "blockquote");
    /** Inline elements a notice can stand in, alone on its line: {@code <em>Contains affiliate links</em><br>}. */
    private static final Set<String> NOTICE_TAGS = Set.of("em", "i", "small", "strong", "b", "span");
    private static final Evaluator LINE_BLOCKS = QueryParser.parse(String.join(", ", LINE_TAGS) + ", "
            + String.join(", ", NOTICE_TAGS));
    /** "MIRA:", "Main article:", "Lesen Sie auch:": a few words and a colon before a link. */
    private static final Pattern TEASER_LABEL = Pattern.compile("^\\s*[\\p{L}¿¡!? ]{2,30}:\\s*");
    /**
     * A sponsor's label over the box it pays for: "Together with Tallyroll", "Presented by …", "In Zusammenarbeit
     * mit …"; and a donation box's heading, "Give today", "Donate now", "Soutenez-nous".
     */
    static final Pattern SPONSOR_LABEL = Pattern.compile("(?iu)\\W*(?:together with|in partnership with"
            + "|presented by|brought to you by|sponsored by|a message from|partner content|paid partnership"
            + "|präsentiert von|in zusammenarbeit mit|en partenariat avec|en collaboration avec|présenté par"
            + "|patrocinado por|in collaborazione con|en colaboración con|em parceria com|in samenwerking met"
            + "|mogelijk gemaakt door|i samarbete med|i samarbeid med|i samarbejde med"
            // a newsletter issue's sponsor: "This issue is sponsored by …", "Today's sponsor", "Auspicia esta edición"
            + "|this (?:issue|edition|newsletter) is (?:sponsored|presented|supported) by|today['’]s sponsor"
            + "|auspicia(?:n|do por)?|patrocina(?:n)?(?= esta edición))\\b.{0,50}"
            // a donation box's heading: "Give today", "Donate now", "Support our work", "Jetzt spenden"
            + "|\\W*(?:give (?:today|now|monthly)|donate(?: now| today)?|make a (?:gift|donation)|support (?:our|us"
            + "|independent|local (?:journalism|news|reporting))\\b.{0,30}|become a (?:member|supporter|sustaining member)|jetzt spenden|spenden sie"
            + "|faire un don|haz una donación|dona ora"
            // "support us" in French, Spanish, Italian, Portuguese, Dutch, Polish, German; Yiddish "support …",
            // Hebrew "support us", "donate"
            + "|soutenez-nous|apóyanos|apoyanos|sostienici|apoie-nos|steun ons|wesprzyj nas|unterstütze uns"
            + "|unterstützen sie uns|שטיצט(?!\\p{L}).{0,50}|תמכו בנו|תרמו(?!\\p{L}).{0,30})\\W*");
    /** The longest sponsor's box a label opens that is taken out whole. */
    private static final int SPONSORED_MAX = 800;
    /**
     * The credit a market-data widget sets under its quotes: "Market data provided by Quotient Exchange Data. Quotes
     * delayed at least 15 minutes.", "Kursdaten bereitgestellt von …".
     */
    private static final Pattern MARKET_DATA = Pattern.compile("(?iu)\\b(?:market|stock|quote|price|exchange)\\s+data"
            + "\\s+(?:is\\s+|are\\s+)?(?:provided|powered|supplied|delivered)\\s+by\\b"
            + "|\\bquotes?\\s+(?:are\\s+)?delayed\\b"
            + "|\\b(?:kurs|börsen)daten\\b.{0,30}\\b(?:bereitgestellt|geliefert)\\b|\\bcours\\s+différés?\\b");
    /** A word {@link #MARKET_DATA} needs, in any ASCII case: most lines hold none. */
    private static final Ascii.Words MARKET_DATA_WORDS = Ascii.Words.of("data", "daten", "delayed", "cours");
    /**
     * The note under a summary a machine wrote: "This summary was generated automatically by an AI tool", "Key
     * takeaways created with AI and reviewed by our editors".
     */
    private static final Pattern MACHINE_SUMMARY = Pattern.compile("(?iu)\\b(?:summary|summaries|takeaways|key points"
            + "|highlights|zusammenfassung)\\b.{0,40}\\b(?:generated|created|written|produced|erstellt|generiert)\\b"
            + ".{0,40}(?:\\bautomatically\\b|\\b(?:ai|a\\.i\\.|ki|artificial intelligence|künstliche[rn]? intelligenz)"
            + "\\b)");
    /**
     * The label a publisher must put over an ad, alone in its block or opening a short disclosure ("Anzeige, enthält
     * Affiliate-Links", "*Werbung. Dieser Beitrag …").
     */
    static final Pattern AD_LABEL = Pattern.compile("(?iu)\\W*(anzeige|werbung|reklama|reklame|advertisement"
            + "|publicidad|publicité|pubblicità|sponsored|gesponsert)(\\W*|\\s*[,.:;–-].*)");

    /**
     * The promoter statement election law asks of a campaign's or union's page, its name and street address:
     * "Authorised by Tamati Reweti, National Secretary, Aotearoa Educators' Union, Level 4, 126 Willis Street,
     * Wellington.", "Promoted by A. Hale on behalf of …, 12 Mill Lane, Leeds".
     */
    private static final Pattern PROMOTER_STATEMENT = Pattern.compile("(?iu)\\W*(?:authori[sz]ed"
            + "|(?:printed\\s+and\\s+)?promoted)\\s+by\\s+\\p{Lu}[^,]{2,80},.*\\d.*");

    /** Whether {@code line} is a promoter statement ({@link #PROMOTER_STATEMENT}), looked for only past its opening. */
    static boolean isPromoterStatement(Element line) {
        return TextProbe.mayStartWith(line, PROMOTER_OPENERS) && PROMOTER_STATEMENT.matcher(line.text()).matches();
    }

    /** The words a promoter statement opens with. */
    private static final TextProbe.Words PROMOTER_OPENERS = TextProbe.Words.of("authori", "promoted", "printed");

    /**
     * A journal's declaration under a piece, labelled: "Competing interests: I have read and understood … policy",
     * "Provenance and peer review: Commissioned; not externally peer reviewed", "Interessenkonflikt: keiner".
     */
    private static final Pattern JOURNAL_NOTE = Pattern.compile("(?iu)\\W*(?:competing\\s+interests?|conflicts?\\s+of"
            + "\\s+interests?|declarations?\\s+of\\s+interests?|provenance\\s+and\\s+peer\\s+review|interessenkonflikte?"
            + "|conflits?\\s+d['’]intérêts?|conflictos?\\s+de\\s+intereses?)\\s*:");

    /**
     * A line saying the story goes on past the advertisement or video set into it: "Story continues below", "Dalsza
     * część artykułu pod materiałem wideo", "Der Artikel wird unter dem Video fortgesetzt", "La suite après cette
     * publicité", "Continua após a publicidade".
     */
    static final Pattern CONTINUES = Pattern.compile("(?iu)\\W*(?:(?:the\\s+)?(?:story|article|text)\\s+continues"
            + "(?:\\s+(?:below|after|under)\\b.*)?|continue\\s+reading\\s+below.*"
            + "|dalsza\\s+część\\s+(?:artykułu|tekstu)\\b.*|tekst\\s+jest\\s+kontynuowany\\b.*"
            + "|(?:der\\s+)?(?:artikel|text)\\s+(?:wird|geht)\\s+(?:unter|nach)\\b.*(?:fortgesetzt|weiter)"
            + "|weiterlesen\\s+nach\\s+der\\s+(?:anzeige|werbung)"
            + "|la\\s+suite\\s+après\\s+(?:cette\\s+)?(?:publicité|la\\s+vidéo)"
            + "|l['’]article\\s+continue\\s+(?:ci-)?(?:dessous|après).*|la\\s+noticia\\s+continúa\\s+.*"
            + "|l['’]articolo\\s+continua\\s+.*|continua\\s+(?:depois|após)\\s+(?:d?a\\s+)?publicidade"
            + "|het\\s+artikel\\s+gaat\\s+verder\\s+.*)\\W*");

    /**
     * The notice that a story earns from its links: "This post may contain affiliate links", "As an Amazon Associate
     * I earn from qualifying purchases", "Dieser Artikel enthält Affiliate-Links", "contient des liens affiliés".
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?iu)\\b(contains?|enthält|contient|contiene)\\s+"
            + "(\\S+\\s+){0,3}(affiliate[- ]?links?|liens? (d['’])?affili|enlaces? (de )?afiliad|link affiliat)"
            + "|\\bas an amazon associate\\b|\\bfrom qualifying purchases\\b|\\baffiliate disclosure\\b"
            // "All listings featured in this story are independently selected by our editors"
            + "|\\b(?:listings|products|items|places|hotels)\\s+(?:featured\\s+)?"
            + "(?:in\\s+this\\s+(?:story|article|post)\\s+)?(?:are|were)\\s+independently\\s+(?:selected|chosen)\\b"
            // "We independently evaluate all recommended products and services"
            + "|\\bwe\\s+independently\\s+(?:evaluate|review|research|test|select|choose)\\s+(?:all|every|each)\\b"
            // "… may earn a commission when you book through links on our site"
            + "|\\b(?:may|might|could)\\s+(?:earn|receive|get)\\s+(?:a\\s+)?(?:small\\s+)?(?:commission|provision)\\b"
            + "|\\b(?:erhalten|bekommen)\\s+wir\\s+(?:ggf\\.\\s+|gegebenenfalls\\s+)?eine\\s+(?:kleine\\s+)?"
            + "provision\\b"
            // "… puede recibir una comisión por …", "pode receber uma comissão", "peut percevoir une commission"
            + "|\\b(?:puede|pueden|podemos|pode|podem|peut|peuvent|pouvons|può|possono|potremmo)\\s+(?:recibir|ganar"
            + "|obtener|receber|ganhar|recevoir|percevoir|toucher|ricevere|percepire|guadagnare)\\s+(?:una?\\s+)?"
            + "(?:pequeña\\s+|pequena\\s+|petite\\s+|piccola\\s+)?"
            + "(?:comisi[oó]n|comiss[aã]o|commission|commissione)\\b"
            // "Advertiser disclosure: … partners who compensate us when you click a link"
            + "|\\badvertis(?:er|ing)\\s+disclosure\\b|\\bpartners\\s+(?:who|that)\\s+compensate\\s+us\\b");
    /** A word every {@link #DISCLOSURE} holds, in any case: a line without one is not asked the pattern. */
    private static final String[] DISCLOSURE_WORDS = {"affili", "afiliad", "qualifying", "associate", "commission",
        "provision", "independently", "comisi", "comiss", "disclosure", "compensate"};
    private static final Ascii.Words DISCLOSURE_STEMS = Ascii.Words.of(DISCLOSURE_WORDS);
    /**
     * A note standing in for what a script would show, asking the reader to turn scripts on: "This interactive
     * requires JavaScript. Please enable it in your browser". A sentence that only names JavaScript asks nothing.
     */
    private static final Pattern SCRIPT_NOTE = Pattern.compile("(?iu)\\b(?:enable|activate|turn on|aktivieren)\\b"
            + ".{0,40}\\bjavascript\\b|\\bjavascript\\b.{0,60}\\b(?:enable|activate|turn it on|aktivieren|disabled"
            + "|deaktiviert)\\b|\\bjavascript\\s+(?:is\\s+)?required\\b");
    private static final Ascii.Words SCRIPT_WORDS = Ascii.Words.of("javascript");
    /**
     * The site's note on reporting a typo, which sites in Russian and its neighbours' languages set under each story:
     * "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter".
     */
    private static final Pattern TYPO_KEYS = Pattern.compile("(?iu)\\bctrl\\s*\\+\\s*enter\\b");
    /** The word {@link #TYPO_KEYS} needs, in any case: no character beyond ASCII folds to one of its letters. */
    private static final Ascii.Words CTRL = Ascii.Words.of("ctrl");
    /** A call to report mistakes: "Spotted an error in this story? Let us know", "اگر در این گزارش اشتباهی …". */
    private static final Pattern TYPO_CALL = Pattern.compile("(?iu)\\W*(?:(?:found|spotted|see)\\s+(?:an?\\s+)?"
            + "(?:error|mistake|typo)|fehler\\s+gefunden|vous\\s+avez\\s+repéré\\s+une\\s+erreur"
            + "|¿?encontraste\\s+un\\s+error"
            + "|اگر\\s+در\\s+این\\s+(?:گزارش|خبر|مطلب)\\s+اشتباه)");
    /**
     * A broadcaster's line under a web story naming the programme that reported it: "Über dieses Thema berichtete
     * Westfunk am 24. November 2026 um 19:30 Uhr im Landesmagazin." — the schedule's, not the story's.
     */
    private static final Pattern BROADCAST_NOTE = Pattern.compile("(?iu)\\W*über\\s+dieses\\s+thema\\s+"
            + "(?:berichtete|berichtet|berichten|berichteten)\\s");
    /** A warning before a review that gives the plot away: "Spoiler warning: This review discusses …". */
    private static final Pattern SPOILER_NOTE = Pattern.compile("(?iu)\\W*(?:spoilers?\\s*(?:warning|alert)"
            + "|spoilerwarnung|attention[,:]?\\s+spoilers?|alerta de spoiler|avertissement spoiler)\\b");

    /**
     * A call to pin the post to Pinterest, set under its tall pin image: "Found this useful? Save this itinerary to
     * your Pinterest board for later!", "Pin it for later". Asked of lines the words of {@link #PIN_WORDS} are in.
     */
    private static final Pattern PIN_CALL = Pattern.compile("(?iu)\\b(?:pin|save)\\b.{0,60}\\bpinterest\\b"
            + "|(?:^\\W*|[.?!]\\s+)pin\\s+(?:it|this|me)\\b.{0,40}$");
    private static final Ascii.Words PIN_WORDS = Ascii.Words.of("pinterest", "pin it", "pin this", "pin me");
    /** The longest line a {@link #PIN_CALL} is read in. */
    private static final int PIN_CALL_MAX = 160;

    /** Whether {@code line}, of {@code text} characters, asks the reader to pin the post ({@link #PIN_CALL}). */
    private static boolean isPinCall(String line, int text) {
        return text < PIN_CALL_MAX && PIN_WORDS.in(line) && PIN_CALL.matcher(line).find();
    }

    /** Whether {@code e} is the innermost block of a {@link #SCRIPT_NOTE}, not the figure or box around it. */
    private static boolean scriptNote(Element e, String line) {
        return SCRIPT_WORDS.in(line) && SCRIPT_NOTE.matcher(line).find()
                && Subtree.select(e, LINE_BLOCKS).size() == 1;
    }
    private static final TextProbe.Words DISCLOSURE_PROBE = TextProbe.Words.of(DISCLOSURE_WORDS);
    private static final int DISCLOSURE_MAX = 300;

    /**
     * A reader asked to follow, join, subscribe, download or support: the publisher's appeal closing a story ("Follow
     * us on Telegram", "Sign up here", "If you enjoyed this post…", "suscribirse aquí a nuestra newsletter").
     */
    static final Pattern APPEAL = Pattern.compile("(?iu)\\b(follow (us|(the )?(?-i:\\p{Lu})\\S*"
            + "( (?-i:\\p{Lu})\\S*){0,3}( (section|desk|page|team))?) on|folg(e|t|en sie) uns|síguenos|sígue(nos)?"
            + "|seguir a \\S+( \\S+)? en"
            + "|suivez[- ]nous|suscrib|abonnier"
            // "Sign up for our newsletter", "Subscribe today": the reader asked, not a service the story describes
            // ("Riders can … sign up for text alerts by texting FERRY")
            + "|(?:^|[.!?:—–-]\\s*|\\bplease\\s+)(?:sign up|subscribe)"
            + "|(?:sign up|subscribe)\\b.{0,40}?\\b(?:our|us|here|today|now|free|newsletter|below)\\b"
            + "|\\w*newsletter|if you (enjoyed|liked)|wenn (dir|ihnen|euch) (dieser|der) (beitrag|artikel) gefallen"
            + "|support(ing)? (our|us)|unterstütz(en sie|e) (uns|unsere)|apoya (nuestro|a)"
            + "|(our|unser\\w*|nuestr[oa]s?|notre|nos) (\\S+ ){0,2}(canal|channel|kanal|app|podcast)\\b"
            + "|(únete|join|tritt) .{0,40}\\b(telegram|whatsapp|signal|discord|canal|channel|kanal)"
            // the opinion desk's standing call for letters: "We would like to hear what you think …"
            + "|(publish|welcome|submit|send us)\\w*\\b.{0,40}\\bletters to the editor"
            + "|we('d| would)? (like|love|want) to hear (what you think|from you)|how to pitch (to )?us"
            + "|straight to your (phone|inbox)|(download|get|lade|descarga) .{0,40}\\bapp\\b"
            // "Подписывайтесь на наш Telegram-канал", "Читайте нас в Дзене"
            + "|подписывайтесь|подпишитесь|читайте нас|наш\\w* (\\S+ ){0,2}(канал|telegram|телеграм))");
    /**
     * A word every appeal of {@link #APPEAL} outside Cyrillic holds ("sign" for "sign up", "app" for "get our app"):
     * most closing lines hold none, and are passed without the pattern, which tries its thirty openings at every
     * character.
     */
    private static final TextProbe.Words APPEAL_PROBE = TextProbe.Words.of("follow", "folg", "sígue", "seguir",
            "suivez", "sign", "subscribe", "suscrib", "abonnier", "newsletter", "enjoyed", "liked", "gefallen",
            "support", "unterstütz", "apoya", "canal", "channel", "kanal", "app", "podcast", "telegram", "whatsapp",
            "discord", "straight", "letters", "hear", "tip", "join", "petition", "pitch", "send", "got");
    /**
     * An opinion piece's closing disclaimer, in the languages of the appeals; and a company's note under its releases
     * that what they say holds on the day they came out ("Information in this news release is current as of the date
     * of its publication", "ニュースリリースに記載されている情報は、発表日現在のものです").
     */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)\\b(?:views|opinions) expressed\\b.{0,60}?"
            + "\\b(?:own|not necessarily)\\b|\\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinion)"
            + "|meinung (?:des|der) (?:gast)?autor(?:s|in|innen|en)?\\b.{0,60}?\\b(?:nicht|wieder)"
            + "|les opinions exprimées"
            + "|las opiniones expresadas|le opinioni espresse"
            + "|\\binformation (?:contained )?in (?:this|these|the) (?:news |press )?releases? (?:is|are)"
            + " (?:current|accurate) as of\\b|(?:ニュース|プレス)リリースに(?:記載|掲載)されている(?:情報|内容)は、?発表日(?:現在|時点)");
    /**
     * The publisher's legal line closing a story: "Copyright 2026 Northstar Media Inc. All rights reserved.", "This
     * material may not be published, broadcast, rewritten or redistributed".
     */
    private static final Pattern LEGAL = Pattern.compile("(?iu)^\\W*(?:copyright\\b|©)|\\ball rights reserved\\b"
            + "|\\balle rechte vorbehalten\\b|\\btous droits réservés\\b|\\btodos los derechos reservados\\b"
            + "|\\bmay not be (?:re)?published, broadcast|责任编辑\\s*[：:]|무단\\s*전재");
    /**
     * What follows an author's name in the line that introduces them: "is", "ist", "est", "es", "è", "was"; not "is"
     * before a verb's "-ing" ("Southern Coast Health is investigating three cases …", the news of a house credited).
     */
    private static final Pattern INTRODUCED = Pattern.compile("(?iu)[\\s,]+(?:(?:is|was)\\s(?!\\p{L}+ing\\b)"
            + "|(?:ist|war|est|es|è|writes|schreibt)\\s)");

    /** A word one of {@link #DISCLAIMER} and {@link #LEGAL} holds, in any case: most closing lines hold none. */
    private static final Ascii.Words DISCLAIMER_WORDS = Ascii.Words.of("expressed", "necessarily", "meinung",
            "exprimées", "expresadas", "espresse", "copyright", "©", "reserved", "vorbehalten", "réservés",
            "reservados", "broadcast", "责任编辑", "무단", "release", "リリース");

    /** False only when {@link #APPEAL} cannot find an appeal in {@code line}. */
    static boolean mayAppeal(String line) {
        if (TextProbe.mayHold(line, APPEAL_PROBE)) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u0400' && c <= '\u04ff') {
                return true; // the Russian appeals, whose words a probe of Latin letters cannot hold
            }
        }
        return false;
    }

    private static boolean mayDisclaim(String line) {
        return DISCLAIMER_WORDS.in(line);
    }

    /** Whether {@code line} starts with the name of one of {@code authors} and says who they are. */
    static boolean introducesAuthor(String line, List<String> authors) {
        String s = line.strip();
        for (String name : authors) {
            if (name.contains(" ") && s.startsWith(name)
                    && INTRODUCED.matcher(s).region(name.length(), s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that only credits a picture: "Photo by … on Unsplash", "(crédito: …)", "Titelbild: …", "Foto: dpa",
     * "Image credit: …", "© Agency". A caption that says what the picture shows is kept.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)\\W*((?:(?:listing|lead|header|hero|top"
            + "|featured?|cover|teaser)\\s+)?(photo|image|picture|foto|bild|titelbild"
            + "|beitragsbild|aufmacherbild|headerbild|crédito|crédits? photos?|cr[ée]dit|fotos?|imagen|source "
            + "photo)s?(?:\\s+credits?)?\\s*(by\\b|:|©)|©|\\(c\\)\\s).{1,120}"); // as long as CREDIT_MAX allows
    private static final int CREDIT_MAX = 100;
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "div", "section", "li", "blockquote", "center");
    /**
     * The furniture a personal homepage of the table-layout era closes each page with, each in the words such pages
     * use: an invitation to its guestbook ("sign my guestbook", "in mein Gästebuch"), its webring ("member of the …
     * Webring"), a visitor counter ("You are visitor number"), the screen and browser it is "best viewed" with. A
     * story may say one of these; a closing block that says two is the page's furniture.
     */
    private static final Pattern HOMEPAGE_FURNITURE = Pattern.compile("(?iu)((?:sign|in|into)\\s+(?:my|our|the"
            + "|mein(?:em)?|unser(?:em)?)\\s+(?:guest\\s?book|gästebuch)|livre d'or)"
            + "|((?:member of|part of|mitglied (?:im|in|des)).{0,50}?web-?ring|web-?ring\\s*:)"
            + "|(best viewed .{0,40}?(?:browser|explorer|netscape|firefox|resolution|\\d{3,4}\\s?x\\s?\\d{3,4})"
            + "|am besten (?:mit|im|in|bei) .{0,60}?(?:angezeigt|betrachtet)|optimiert für .{0,40}?(?:auflösung|pixel"
            + "|browser|explorer))|((?:you are )?visitor (?:no\\.|number|#)|sie sind (?:der )?besucher"
            + "|besucher (?:nr\\.|nummer)|besucherzähler|hit counter)");
    private static final TextProbe.Words FURNITURE_PROBE = TextProbe.Words.of("guest", "gäste", "livre", "ring",
            "viewed", "besten", "optimiert", "visitor", "besucher", "counter");
    /** How many of the story's last text blocks can be a closing appeal, and how long one can be. */
    private static final int CLOSING_BLOCKS = 3;
    private static final int APPEAL_MAX = 320;
    /** A closing line up to this long is an appeal wherever the appeal sits in it; a longer one opens with it. */
    private static final int SHORT_APPEAL = 160;
    /** {@link #APPEAL}'s match when all it found is the word "newsletter". */
    private static final Pattern BARE_NEWSLETTER = Pattern.compile("(?iu)\\w*newsletter");
    /** The reader asked to sign up, in the languages of {@link #APPEAL}. */
    private static final Pattern SIGN_UP = Pattern.compile("(?iu)\\b(?:sign(?:ing)? up|subscribe|abonnier|inscri"
            + "|suscrib|anmelden|melden sie sich)");
    /** The end of a sentence, before the next one starts. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]\\s+\\S");

    /**
     * The mark a press release or a wire story ends with, alone on its line: "###", "# # #", "-30-". What follows is
     * the issuer's boilerplate and contacts.
     */
    private static final Pattern END_MARK = Pattern.compile("\\s*(?:#\\s*#\\s*#|[-–—]\\s*30\\s*[-–—])\\s*");
    /** "Ends", "- ENDS -", "Ende": how releases in Britain and Germany mark their end, read in a release only. */
    private static final Pattern RELEASE_END = Pattern.compile("(?i)\\s*[-–—]?\\s*(?:ends|ende)\\s*[-–—]?\\s*"
            // the issuer's legal notice closing a listed company's release
            + "|\\W*(?:cautionary (?:note|statement)s? (?:regarding|concerning|about) )?(?:forward[- ]looking"
            + " statements?|safe harbou?r statement|zukunftsgerichtete aussagen|déclarations prospectives)\\W*");

    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "p",
            "div", "span", "summary");
    private static final Evaluator HEADING_LIKE = QueryParser.parse(String.join(", ", HEADING_TAGS));
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private ContentPruner() {
    }

    /**
     * Prunes {@code content} in place; {@code stats} are the page's text statistics, counted before pruning (the
     * counts of what is cut stay as they were).
     */
    static void prune(Element content, TextStats stats) {
        prune(content, stats, false);
    }

    /**
     * As {@link #prune(Element, TextStats)}; in a press release ({@code pressRelease}) the closing section about the
     * issuer ("About Harbour Trust", "Über den Verband", "Sobre la Fundación") is cut too, as boilerplate every
     * release of the issuer repeats.
     */
    static void prune(Element content, TextStats stats, boolean pressRelease) {
        int total = Math.max(1, stats.text(content));
        // from the last heading up: a boilerplate section cut at the end ("Forward-Looking Statements") leaves less
        // after one above it ("About Meridale"), whose cut is then no longer most of the story
        // (a copy: setting an item of jsoup's Elements replaces the element in the tree)
        List<Element> headings = new ArrayList<>(Subtree.select(content, HEADING_LIKE));
        java.util.Collections.reverse(headings);
        for (Element h : headings) {
            if (stats.text(h) > 60 || stats.wrapsOne(h, HEADING_TAGS)) { // counted before any text is built
                continue;
            }
            if (h.ownerDocument() == null) {
                continue; // cut with an earlier heading
            }
            String text = h.text();
            if (text.length() > 60 || !BOILERPLATE_HEADING.matcher(text).matches()
                    && !(CJK_BOILERPLATE_HEADING.matcher(text).matches() && alone(h, stats))
                    && !(pressRelease && ABOUT_ISSUER.matcher(text).matches()) && !END_MARK.matcher(text).matches()
                    && !(pressRelease && RELEASE_END.matcher(text).matches())) {
                continue;
            }
            boolean heading = h.normalName().matches("h[1-6]|summary");
            if (!heading && h.childrenSize() > 1) {
                continue;
            }
            if (heading && pressRelease && !BOILERPLATE_HEADING.matcher(text).matches()
                    && ABOUT_ISSUER.matcher(text).matches() && storyHeadingAfter(h, headings)) {
                // "About the MERIDA trial" above "Investor conference call": a section of the story; the issuer's
                // closing words run to the end, the sections after them cut before
                continue;
            }
            // a button ("<p class=button-wrapper><a><span>Share</span></a></p>") goes alone: it heads nothing
            cutFrom(h, content, stats, total,
                    !heading && (stats.linkText(h) >= stats.text(h) || inLink(h, content)));
        }
        List<Element> doomed = new ArrayList<>();
        Element note = openingAppeal(content, stats, total);
        if (note != null) {
            doomed.add(note);
        }
        for (Element e : Subtree.select(content, LINE_BLOCKS)) {
            int text = stats.text(e);
            if (e == content || text >= DISCLOSURE_MAX) {
                continue;
            }
            if (NOTICE_TAGS.contains(e.normalName())) {
                // a disclosure standing alone on its line; a caption's credit set apart from what the caption says
                // ("<figcaption><span>Walt Fenwright behind the counter</span><span>Photo: K. Maddox</span>")
                if (TextProbe.mayHold(e, DISCLOSURE_PROBE) && isDisclosure(e.text()) || text < CREDIT_MAX
                        && e.parent() != null && e.parent().nameIs("figcaption") && e.parent().childrenSize() > 1
                        && CREDIT_LINE.matcher(e.text()).matches()) {
                    doomed.add(e);
                } else if (text < 80 && e.parent() != content && HtmlCleaner.opens(e) && headsBlock(e)
                        && SPONSOR_LABEL.matcher(e.text()).matches()) {
                    // "<aside><span>In samenwerking met</span><h3>…</h3><p>…</p></aside>": the label opens the box
                    doomed.add(sponsoredBlock(e, content, stats));
                }
                continue;
            }
            if (stats.wrapsOne(e, LINE_TAGS) || text >= 200 && !TextProbe.mayHold(e, DISCLOSURE_PROBE)) {
                continue; // past 200 characters only a disclosure is cut, and its words are looked for first
            }
            String line = e.text(); // built once for the four tests
            if (text < 200 && (isTeaserLine(e, line) || signUpInsert(e, line, stats)
                    || text < 80 && (AD_LABEL.matcher(line).matches() || CONTINUES.matcher(line).matches())
                    || JOURNAL_NOTE.matcher(line).lookingAt() || ADOBE.in(line) && READER_NOTE.matcher(line).find()
                    || PROMOTER_STATEMENT.matcher(line).matches()
                    || text < LastUpdated.EDIT_STAMP_MAX && LastUpdated.EDIT_STAMP.matcher(line).lookingAt()
                    || text < CREDIT_MAX && CREDIT_LINE.matcher(line).matches()
                    || scriptNote(e, line) || isTypoNote(line) || SPOILER_NOTE.matcher(line).lookingAt()
                    || BROADCAST_NOTE.matcher(line).lookingAt()
                    || isPinCall(line, text))
                    || isDisclosure(line)) {
                doomed.add(e);
            } else if (text < 80 && SPONSOR_LABEL.matcher(line).matches()) {
                doomed.add(sponsoredBlock(e, content, stats));
            } else if (MACHINE_SUMMARY.matcher(line).find()
                    || MARKET_DATA_WORDS.in(line) && MARKET_DATA.matcher(line).find()) {
                // the box the note closes, with the summary or the quotes: a reader's shortcut or a data feed's
                // widget, not the story's text
                Element box = e.parent();
                doomed.add(box != null && box != content && stats.text(box) <= SPONSORED_MAX ? box : e);
            }
        }
        for (Element e : Subtree.all(content)) {
            if (e == content || !LINK_BLOCKS.contains(e.normalName())) {
                continue;
            }
            int text = stats.text(e);
            double density = stats.linkDensity(e);
            if (text > 0 && density > 0.6 && text < total * 0.5 && !e.nameIs("span")
                    || e.nameIs("p") && density > 0.85 && text < 200) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
        withoutTrailingHeadings(content);
    }

    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Evaluator LINKED_HEADINGS = QueryParser.parse("h2 a[href], h3 a[href], h4 a[href]");
    /** The linked headings that make a block a listing of teasers, whose headlines stay. */
    private static final int LISTING_HEADINGS = 3;

    /**
     * Takes away the headings the story ends with: a story never ends on one, so a heading with no text, picture,
     * player or table after it headed what the cleaner took away ("VÍDEOS: Tudo sobre São Paulo" over a player's
     * playlist). On a listing ({@link #LISTING_HEADINGS} linked headings or more) a linked heading stays: a teaser's.
     */
    static void withoutTrailingHeadings(Element content) {
        Boolean listing = null; // asked once, when a heading ends the story
        for (Node last = TextProbe.lastText(content); last != null; last = TextProbe.lastText(content)) {
            Element heading = null;
            for (Element a = (Element) last.parentNode(); a != null && a != content; a = a.parent()) {
                heading = SECTION_HEADINGS.contains(a.normalName()) ? a : heading;
            }
            if (heading == null || mediaAfter(heading, content)) {
                return;
            }
            if (Subtree.first(heading, LINKS) != null) {
                listing = listing != null ? listing
                        : Subtree.select(content, LINKED_HEADINGS).size() >= LISTING_HEADINGS;
                if (listing) {
                    return; // on a listing a linked heading is a teaser's, which the classifier reads
                }
            }
            Element parent = heading.parent();
            int at = heading.siblingIndex();
            heading.remove();
            if (!content.hasText()) {
                parent.insertChildren(at, heading); // a heading alone is all there is: it stays
                return;
            }
        }
    }

    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, audio, iframe, svg, table, figure");

    /** Whether a picture, a player or a table follows {@code heading} in {@code content}: what it heads. */
    private static boolean mediaAfter(Element heading, Element content) {
        for (Element at = heading; at != null && at != content; at = at.parent()) {
            for (Element s = at.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (s.is(MEDIA) || Subtree.first(s, MEDIA) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short block that tells the reader the story earns from its links. */
    static boolean isDisclosure(String line) {
        return DISCLOSURE_STEMS.in(line) && DISCLOSURE.matcher(line).find();
    }

    /**
     * The story's parts without those that are a disclosure alone ({@link #isDisclosure}): a paragraph beside the
     * story block, taken in as a part of it, that says the page earns from its links. {@link #prune} looks inside
     * each part, not at the part itself.
     */
    static List<Element> withoutDisclosureParts(List<Element> content, TextStats stats) {
        if (content.size() < 2) {
            return content;
        }
        List<Element> out = new ArrayList<>(content);
        out.removeIf(c -> stats.text(c) < DISCLOSURE_MAX && isDisclosure(c.text()));
        return out.isEmpty() ? content : out;
    }

    /**
     * The story without the short appeals ({@link #APPEAL}) among its last few text blocks, whether they sit inside
     * a content element or are one (a story of sibling paragraphs).
     */
    static List<Element> withoutClosingAppeals(List<Element> content, TextStats stats) {
        return withoutClosingAppeals(content, stats, List.of());
    }

    /**
     * As {@link #withoutClosingAppeals(List, TextStats)}, and without the closing disclaimer of an opinion piece
     * ("The views expressed … are the author's own"), the publisher's legal line ("Copyright 2026 … All rights
     * reserved"), the closing line that introduces one of {@code authors} ("Ruth Okafor is a former city planner
     * who writes about …") and a closing picture credit ("Image credit: … via Shutterstock"), also when it is a block
     * of its own beside the story's: the story's furniture, not its text.
     */
    static List<Element> withoutClosingAppeals(List<Element> content, TextStats stats, List<String> authors) {
        List<Element> blocks = lastTextBlocks(content, stats, CLOSING_BLOCKS);
        List<Element> kept = new ArrayList<>(content);
        for (Element e : blocks) {
            String line = stats.text(e) <= APPEAL_MAX ? e.text() : null;
            // (a closing line asking for tips is the publisher's; one asking to sign a petition may be the story's)
            if (line != null && (mayAppeal(line) && (isAppeal(line) || NEWS_TIP.matcher(line).find())
                    || isHomepageFurniture(line)
                    || mayDisclaim(line) && (DISCLAIMER.matcher(line).find() || LEGAL.matcher(line).find())
                    || introducesAuthor(line, authors) || PAGE_HINT.matcher(line).lookingAt()
                    || WEB_TITLE.matcher(line).lookingAt()
                    || stats.text(e) < CREDIT_MAX && CREDIT_LINE.matcher(line).matches())) {
                if (!kept.remove(e)) {
                    e.remove();
                }
            }
        }
        return withoutAuthorCards(kept, stats, authors);
    }

    /**
     * The line a paged story ends a page with, naming what the next page holds: "Lesen Sie auf Seite 3: …",
     * "Continued on page 2", "Suite page 2".
     */
    private static final Pattern PAGE_HINT = Pattern.compile("(?iu)\\W*(?:lesen sie (?:weiter |mehr )?auf seite"
            + "|weiter (?:geht'?s )?auf seite|(?:continued|continue reading|read more) on (?:the next )?page"
            + "|suite (?:en |à la )?page|continúa en la página|continua (?:a|alla) pagina)\\b");

    /** The headline in English an Indian portal prints under a story in another language, for search engines. */
    private static final Pattern WEB_TITLE = Pattern.compile("(?i)\\W*web title\\s*:");

    /** The most text of an author's card: the name, a role, a sentence or two about them. */
    private static final int CARD_MAX = 400;
    /** The most of the story's text after a card: cards close the story, one after another. */
    private static final int CARD_TAIL = 600;
    private static final Set<String> CARD_TAGS = Set.of("div", "aside", "section", "li");

    /**
     * The story without the cards that introduce its authors after it: a short block ({@link #CARD_MAX}) opening
     * with an author's full name on a line of its own, then their role or a sentence about them ("<p>Priya
     * Okonjo</p><p>Head of Communications</p><p>Priya joined from …</p>"), after the story's text and followed by
     * little else of it. A box of such cards goes whole.
     */
    static List<Element> withoutAuthorCards(List<Element> content, TextStats stats, List<String> authors) {
        if (authors.stream().noneMatch(a -> a.strip().contains(" "))) {
            return content;
        }
        List<Element> kept = new ArrayList<>(content);
        for (Element root : content) {
            for (Element e : Subtree.all(root)) {
                int text = stats.text(e);
                if (e == root || e.parent() == null || text > CARD_MAX || !CARD_TAGS.contains(e.normalName())
                        || e.ownerDocument() == null) {
                    continue;
                }
                Element first = TextProbe.firstTextHolder(e);
                if (first == null || first == e || !authors.contains(first.text().strip())
                        || !first.text().strip().contains(" ") || text <= stats.text(first)
                        || textBeside(e, root, stats, false) > CARD_TAIL
                        || textBeside(e, root, stats, true) < CARD_MAX) {
                    continue;
                }
                e.remove();
            }
        }
        return kept;
    }

    /**
     * The text of {@code root}'s story before {@code e} ({@code before}) or after it: of the siblings on that side of
     * it and of each of its ancestors.
     */
    private static int textBeside(Element e, Element root, TextStats stats, boolean before) {
        int text = 0;
        for (Element at = e; at != null && at != root; at = at.parent()) {
            for (Element next = before ? at.previousElementSibling() : at.nextElementSibling(); next != null;
                    next = before ? next.previousElementSibling() : next.nextElementSibling()) {
                text += stats.text(next);
            }
        }
        return text;
    }

    /**
     * Whether a closing line is an appeal to the reader: a short one that holds {@link #APPEAL}, or a longer one that
     * opens with it. A paragraph of the story that ends by pointing to a newsletter ("We will return in June … or
     * sign up for our volunteer newsletter.") opens with the story.
     */
    private static boolean isAppeal(String line) {
        Matcher m = APPEAL.matcher(line);
        if (!m.find()) {
            return false;
        }
        if (line.length() <= SHORT_APPEAL) {
            return true;
        }
        if (SENTENCE_END.matcher(line.substring(0, m.start())).find()) {
            return false;
        }
        // a newsletter a story's sentence names ("… notified through the valley school newsletter") asks nothing of the
        // reader: the paragraph must ask too ("… a weekly newsletter bringing you … Sign up here.")
        return !BARE_NEWSLETTER.matcher(m.group()).matches() || SIGN_UP.matcher(line).find();
    }

    /** A link or button that only asks the reader to sign up or to tip: "Sign up here.", "Subscribe", "Send a Tip". */
    private static final Pattern SIGN_UP_CALL = Pattern.compile("(?iu)\\W*(?:sign(?:\\s|-)?up|subscribe|register"
            + "|send (?:us )?(?:a )?tips?|submit a tip|share a tip|sign (?:the |our |this )?petition|add your name"
            + "|abonnieren|anmelden|s['’]inscrire|s['’]abonner|inscrivez-vous|abonnez-vous"
            + "|je\\s+m['’](?:abonne|inscris)|suscr[ií]bete"
            + "|suscribirse|iscriviti|inscreva-se)(?:\\s+(?:here|now|today|for free|free|jetzt|gratis))?\\W*");
    /**
     * A line pointing the reader to a program to open the page's documents: "PDF形式のファイルをご覧いただく場合には、Adobe
     * Acrobat Readerが必要です。", "To view PDF files you need Adobe Reader".
     */
    private static final Pattern READER_NOTE = Pattern.compile("(?i)adobe\\s*(?:acrobat\\s*)?reader"
            + "|get\\s+adobe\\s+acrobat");
    /** The word each reading of {@link #READER_NOTE} holds, in any ASCII case (the pattern folds ASCII only). */
    private static final Ascii.Words ADOBE = Ascii.Words.of("adobe");

    /** The site's note on reporting a typo: the keys to press anywhere in the line, or a call opening it. */
    private static boolean isTypoNote(String line) {
        return CTRL.in(line) && TYPO_KEYS.matcher(line).find() || TYPO_CALL.matcher(line).lookingAt();
    }
    /** A word of each call {@link #SIGN_UP_CALL} knows, one of which its text must hold. */
    private static final TextProbe.Words SIGN_UP_STEMS = TextProbe.Words.of("sign", "subscri", "regist", "tip", "add",
            "abonn", "anmeld", "inscri", "suscr", "iscriv", "inscrev");
    private static final Set<String> EMPHASIS = Set.of("em", "i", "strong", "b");
    private static final Evaluator CALLS = QueryParser.parse("a, button");

    /**
     * A call to sign up set into the story: a line or box that asks the reader to sign up, subscribe or join the
     * publisher's channel ({@link #APPEAL}, and {@link #SIGN_UP} or {@link #OWN_CHANNEL}) and either holds a link or
     * button saying only that ("Sign up here.") or closing the line with a few words ("Sumate acá"), or is set
     * wholly in italics or bold, as editors set their inserts apart from the story ("<em>Never miss a story — sign up
     * for our free daily newsletter …</em>"). A sentence of the story that mentions a sign-up is neither.
     */
    private static boolean signUpInsert(Element e, String line, TextStats stats) {
        if (!mayAppeal(line) || !(SIGN_UP.matcher(line).find() || OWN_CHANNEL.matcher(line).find())
                || !isAppeal(line)) {
            return false;
        }
        if (stats.wrapsOne(e, EMPHASIS)) {
            return true;
        }
        for (Element call : Subtree.select(e, CALLS)) {
            if (call != e && (isSignUpCall(call) || stats.text(call) <= CALL_MAX && line.endsWith(call.text()))) {
                return true; // "Sign up here.", or a short link closing the line: "… antes que nadie. Sumate acá"
            }
        }
        return false;
    }

    /** A channel of the publisher's a reader is asked to join: "Seguí a Norte Hoy en nuestro canal de WhatsApp". */
    private static final Pattern OWN_CHANNEL = Pattern.compile("(?iu)\\b(?:whatsapp|telegram|signal|discord|canal"
            + "|channel|kanal)\\b|канал");
    /** The longest link that is a call of its own: "Sign the petition", "Sumate acá", "Inscrivez-vous gratis". */
    static final int CALL_MAX = 24;

    /**
     * Whether {@code line} asks the reader to sign up or subscribe ("… this weekly newsletter. Sign up"), or for a
     * tip ("Do you have a tip for us?").
     */
    static boolean asksToSignUp(String line) {
        return mayAppeal(line) && (SIGN_UP.matcher(line).find() && isAppeal(line) || NEWS_TIP.matcher(line).find()
                || PETITION.matcher(line).find());
    }

    /**
     * The reader asked for a tip or for stories: "Do You Have a Tip for The Open Record?", "Got a news tip?", "Got a
     * story? Call the newsroom", "Send your stories, photos and videos to the Grapevine team on WhatsApp".
     */
    private static final Pattern NEWS_TIP = Pattern.compile("(?iu)\\b(?:do you have|have|got) a (?:news |story )?tip\\b"
            + "|\\b(?:do you have|have you got|got) a (?:news )?story\\s*\\?"
            + "|\\bsend (?:us )?(?:a )?tips?\\b"
            + "|\\bsend (?:us )?your (?:news )?(?:tips|stories|story|photos|pictures|videos)\\b");
    /** The reader asked to sign: "Join 214,000 people calling on …", "Sign the petition". */
    private static final Pattern PETITION = Pattern.compile("(?iu)\\bjoin\\s+[\\d,. ]+(?:people|supporters|others)\\b"
            + "|\\bsign (?:the |our |this )?petition\\b");

    /** Whether the link or button {@code call} says only "Sign up", "Subscribe now", "Jetzt anmelden". */
    static boolean isSignUpCall(Element call) {
        return TextProbe.mayHold(call, SIGN_UP_STEMS) && SIGN_UP_CALL.matcher(call.text()).matches();
    }

    /** An editor's note opening the story: "Editor's Note:", "Editor’s note —". */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?iu)\\W*editor[’'`]?s\\s+note\\s*[:—–-]\\s*");

    /**
     * The editor's note opening the story when all it says is an appeal ("Editor's Note: Sign up for our Night Sky
     * newsletter. Each week we send you …") or the opinion page's disclaimer ("Editor's note: This column is part of
     * Courier Voices … The views expressed are the author's own"), with the box it stands in: the publisher's, not the
     * story's. A note that says something of the story ("Editor's note: this story contains descriptions of
     * violence") stays.
     */
    private static Element openingAppeal(Element content, TextStats stats, int total) {
        Element first = TextProbe.firstTextHolder(content);
        while (first != null && first != content
                && (HtmlCleaner.INLINE_TAGS.contains(first.normalName()) || first.nameIs("a"))) {
            first = first.parent();
        }
        if (first == null || first == content || stats.text(first) > APPEAL_MAX || stats.text(first) * 3 > total) {
            return null;
        }
        String line = first.text();
        Matcher label = EDITORS_NOTE.matcher(line);
        if (!label.lookingAt()) {
            return null;
        }
        String note = line.substring(label.end());
        if (!isAppeal(note) && !(mayDisclaim(note) && DISCLAIMER.matcher(note).find())) {
            return null;
        }
        Element parent = first.parent();
        return parent != null && parent != content && stats.text(parent) == stats.text(first) ? parent : first;
    }

    /** Whether an element follows {@code label} before any text does: the label stands on its own line. */
    private static boolean headsBlock(Element label) {
        for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element) {
                return true;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The block a sponsor's label opens, when it is a box of its own inside the story (at most {@link #SPONSORED_MAX}
     * characters): "Together with Tallyroll" over the sponsor's pitch and link in a newsletter issue. The label
     * alone otherwise.
     */
    private static Element sponsoredBlock(Element label, Element content, TextStats stats) {
        Element block = label;
        while (block.parent() != null && block.parent() != content && HtmlCleaner.opens(block)
                && stats.text(block.parent()) <= SPONSORED_MAX) {
            block = block.parent();
        }
        return block;
    }

    /** Whether {@code line} names two kinds of {@link #HOMEPAGE_FURNITURE}. */
    static boolean isHomepageFurniture(String line) {
        if (!TextProbe.mayHold(line, FURNITURE_PROBE)) {
            return false;
        }
        Matcher m = HOMEPAGE_FURNITURE.matcher(line);
        int kinds = 0;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    kinds |= 1 << g;
                }
            }
        }
        return Integer.bitCount(kinds) >= 2;
    }

    /**
     * The last {@code n} of the story's blocks ({@link #TEXT_BLOCKS}) that hold text and are not around the block
     * after them, in reading order: the blocks that hold text and no further block. Found from the end, each root's
     * elements in reverse document order (an element after all inside it, children last to first), so the story is
     * not walked whole for its last lines.
     */
    static List<Element> lastTextBlocks(List<Element> content, TextStats stats, int n) {
        java.util.ArrayDeque<Element> found = new java.util.ArrayDeque<>(n);
        Element[] open = new Element[32];
        int[] next = new int[32]; // the next child to enter, counting down
        for (int r = content.size() - 1; r >= 0 && found.size() < n; r--) {
            Element after = null; // the block after, in reading order, with or without text
            int depth = 0;
            open[0] = content.get(r);
            next[0] = open[0].childNodeSize() - 1;
            while (depth >= 0 && found.size() < n) {
                Element e = open[depth];
                int i = next[depth];
                if (i >= 0) {
                    next[depth] = i - 1;
                    if (e.childNode(i) instanceof Element child) {
                        if (++depth == open.length) {
                            open = java.util.Arrays.copyOf(open, depth * 2);
                            next = java.util.Arrays.copyOf(next, depth * 2);
                        }
                        open[depth] = child;
                        next[depth] = child.childNodeSize() - 1;
                    }
                    continue;
                }
                depth--;
                if (TEXT_BLOCKS.contains(e.normalName())) {
                    if (stats.text(e) > 0 && (after == null || !ContentScorer.isAncestor(e, after))) {
                        found.addFirst(e);
                    }
                    after = e;
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * A labelled link to another story set in the text: {@code <h3>MIRA: <a>Other story</a></h3>}. The label stands
     * outside the link, so a linked headline with a colon in it ("Olympics: the new rules") is no teaser.
     */
    private static boolean isTeaserLine(Element e, String text) {
        Matcher label = TEASER_LABEL.matcher(text);
        if (!label.find()) {
            return false;
        }
        int rest = text.length() - label.end();
        List<Element> links = Subtree.select(e, LINKS);
        if (rest < 10 || links.size() != 1) {
            return false;
        }
        int linked = links.get(0).text().length();
        return linked >= rest * 0.8 && linked <= rest + 2;
    }

    /** Whether {@code e} opens its parent and a line break follows it, with only white space around. */
    private static boolean opensBeforeABreak(Element e) {
        if (!HtmlCleaner.opens(e)) {
            return false;
        }
        for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element next) {
                return next.nameIs("br");
            }
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code h} is a heading of its own, not a label inside a line: "<p><strong>延伸閱讀：</strong><a>…</a></p>"
     * is a teaser line, which the line pass takes.
     */
    private static boolean alone(Element h, TextStats stats) {
        return h.normalName().matches("h[1-6]") || h.parent() == null || stats.text(h.parent()) == stats.text(h);
    }

    /**
     * The labels over a box of links set between the story's paragraphs ("Lesen Sie auch:", "Read also", "Leggi
     * anche"): the story goes on after the box.
     */
    private static final Pattern INLINE_TEASER_LABEL = Pattern.compile("(?iu)^\\W*(?:read (?:also|more)"
            + "|lesen sie auch|(?:à )?lire aussi|leggi anche|lee también|lees ook|läs också|les også|læs også"
            + "|czytaj (?:też|także)|schon gelesen|auch interessant)\\W*$");

    /** Whether {@code e} is inside a link below {@code content}. */
    private static boolean inLink(Element e, Element content) {
        for (Element a = e.parent(); a != null && a != content; a = a.parent()) {
            if (a.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds text of its own, not only in elements: a block whose lines are set with breaks. */
    private static boolean holdsOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code e} and what follows it up to the next line break. */
    private static void removeLine(Element e) {
        List<Node> line = new ArrayList<>();
        for (Node n = e.nextSibling(); n != null && !(n instanceof Element b && b.nameIs("br")); n = n.nextSibling()) {
            line.add(n);
        }
        e.remove();
        line.forEach(Node::remove);
    }

    /**
     * Removes a boilerplate heading and what follows it at its level, when that is the smaller part; or ({@code
     * alone}) the heading's block alone.
     */
    private static void cutFrom(Element heading, Element content, TextStats stats, int total, boolean alone) {
        boolean teaserLabel = INLINE_TEASER_LABEL.matcher(heading.text()).matches();
        Element anchor = heading;
        // Climb to the child of the content element (or of a wrapper) that contains the heading alone.
        while (anchor.parent() != null && anchor.parent() != content
                && stats.text(anchor.parent()) - stats.text(anchor) < 30) {
            anchor = anchor.parent();
        }
        if (alone) {
            anchor.remove();
            return;
        }
        Element parent = anchor.parent();
        if (parent != null && !parent.nameIs("p") && HtmlCleaner.INLINE_TAGS.contains(anchor.normalName())
                && holdsOwnText(parent)) {
            // a label in a block of text set with line breaks ("…fares.<br><br><b>Related:</b> <a>…</a><br><br>Island
            // residents …"): its line goes; the lines after it, and their breaks, are the story's
            removeLine(anchor);
            return;
        }
        if (parent != null && parent != content && parent.nameIs("p") && opensBeforeABreak(anchor)) {
            anchor = parent; // "<p><b>About Northwind</b><br>Northwind builds …</p>": it titles its paragraph
        }
        // a heading that opens its section titles all of it: "<div class=expert_box><h2>About This Article</h2>…":
        // the story ends before the section, and the sections after it go with it
        Element section = anchor;
        while (section.parent() != null && section.parent() != content && HtmlCleaner.opens(section)) {
            section = section.parent();
        }
        int after = 0;
        List<Element> following = new ArrayList<>();
        for (Element s = section.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (s.nameIs("p") && (section != anchor && stats.text(s) > 0
                    || teaserLabel && stats.prose(s) >= TextStats.PROSE_MIN)) {
                // a box inside the story ("Subscribe to Fieldwork" over a sign-up card), or the label of links
                // between its paragraphs, running text after it: the story goes on after it
                following.clear();
                after = 0;
                break;
            }
            following.add(s);
            after += stats.text(s);
        }
        anchor = section;
        if (after + stats.text(anchor) > total * 0.4) {
            return;
        }
        anchor.remove();
        following.forEach(Element::remove);
    }
}
