package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The credit that closes a story, read from the last lines of its text: many sites print no byline above the story
 * but sign it at the end.
 *
 * <p>"… said the harbour master. (HG mit dpa)" gives "HG mit dpa"; a last line "Autor: Mara Holm" or "Text und
 * Fotos: Mara Holm" gives "Mara Holm", and so does "Reporting by Mara Holm in Oslo; Editing by Tom Poe"; a paragraph
 * that ends in a line holding only a name ("… deepest feelings…\nMara Holm") is signed by "Mara Holm", as is a
 * Vietnamese story whose last paragraph is her name alone, and so is a letter that closes "Warmly,\nMara
 * Holm\nDirector", and a letter to the editor signed "Mara Holm\nHarwick" in a paragraph of its own.
 */
final class ClosingCredit {
    /** How many of the last lines are read: the credit sits right after the story, before notes and sources. */
    private static final int LAST_LINES = 6;
    /**
     * "Autor: Mara Holm", "Text und Fotos: Mara Holm", "Text: Mara Holm", "Bericht: Mara Holm", "Report: Tom Ashdown,
     * in Dubai", the Nordic "Tekstur og mynd: ÁMP".
     */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:autor(?:in)?|autoren|author|verfasser(?:in)?|bericht"
            + "|report|reportagem|reportaje|reportage|jornalista|periodista"
            + "|words(?:\\s*(?:and|&|/|\\+)\\s*(?:pictures|photos?|images))?"
            + "|(?:texte?|texto|testo|tekst|tekstur|teksti)(?:\\s*(?:und|og|och|ja|&|/|\\+)\\s*(?:fotos?|fotor"
            + "|bilder?|billeder|mynd(?:ir)?|kuvat?))?)\\s*:\\s*(\\S.{1,80})$");
    /**
     * An interview's closing credit, its interviewer: "Propos recueillis par Miora Randrianasolo", "Interview by Mara
     * Holm", "Entrevista de …", "Das Interview führte …".
     */
    private static final Pattern INTERVIEWER = Pattern.compile("(?iu)(?:propos\\s+recueillis\\s+par|interview(?:ed)?"
            + "\\s+by|entrevista\\s+(?:de|por|realizada\\s+por)|intervista\\s+a\\s+cura\\s+di"
            + "|das\\s+interview\\s+führten?)\\s*:?\\s+(\\p{Lu}.{1,80}?)\\.?");
    /**
     * A Chinese text's writer labelled at its end, before the other credits of the line: "文：陳凱琳｜攝影：黃家豪".
     */
    private static final Pattern CJK_LABEL = Pattern.compile("(?:文|撰文|作者)\\s*[：:｜|/／]\\s*([^｜|/／：:]{2,24}?)"
            + "\\s*(?:[｜|/／].*)?");
    /**
     * A portal's closing source line naming a person by her role: "Source: Selasi Amenyo, Contributor" (where "Source:
     * GNA" names an agency, the role says a writer sent it in).
     */
    private static final Pattern SOURCE_WRITER = Pattern.compile("(?iu)source\\s*:\\s*(\\p{Lu}[^,]{2,60}),\\s*"
            + "(?:contributor|correspondent|reporter|freelance\\s+\\p{L}+)\\s*");
    /**
     * An opinion piece's closing note naming its writer between commas: "The writer, Kiprono Lagat, is a professor of
     * agricultural economics …", "The author, Mara Holm, was …".
     */
    private static final Pattern WRITER_NOTE = Pattern.compile("(?iu)^the\\s+(?:writer|author|columnist)\\s*,\\s*"
            + "(\\p{Lu}[^,]{2,60}?)\\s*,\\s*(?:is|was)\\s.*");
    /** A picture's credit set like a signature: "Fot. Jan Kubiak", "Foto Ivana Šustrová", "Fotó Kiss Anna". */
    private static final Pattern PICTURE_WORD = Pattern.compile("(?iu)(?:fot|foto|fotó|photo|zdj|kép)\\b");
    /** A line that is all in one pair of round or square brackets. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]+\\)|\\[[^\\[\\]]+]");
    /** The lines that label the writers they name (group 1), asked in this order. */
    private static final List<Pattern> LABELLED = List.of(LABEL, INTERVIEWER, CJK_LABEL, SOURCE_WRITER, WRITER_NOTE);
    /**
     * A wire desk's closing credits: "Reporting by Katrin Vollmer in Frankfurt and Oliver Pendleton in London; Editing
     * by Marguerite Dassin". The reporters wrote it; the editor edited it. Tongan papers close with the same credit,
     * "Līpooti ʻa Mele Taufa" ("reported by"), and clubs' reports theirs ("Relazione di Chiara Morandini").
     */
    private static final Pattern WIRE_CREDITS = Pattern.compile("(?iu)^(?:(?:reporting|reported|report|writing"
            // the piece named before its writer: "Summary written by Maren Okafor, TerraPrints volunteer."
            + "|(?:(?:summary|article|story|post|text|piece|report|review|column|recap)\\s+)?(?:written|compiled))"
            + "\\s+by|l[īi]pooti\\s+[ʻ'‘’]?a"
            // a club's report signed at its end: "Relazione di Chiara Morandini", "Bericht von …", "Crónica de …"
            + "|relazione\\s+di|bericht\\s+von|compte[- ]rendu\\s+(?:de|par)|cr[óo]nica\\s+de)"
            // up to an editing credit after a semicolon, or the sentences a note goes on with after a word's full stop
            // ("… volunteer. The summary was checked …"; the initials of "J. R. Smith" and "Prof." end none)
            + "\\s+([^;]{3,160}?)(?:;.*|(?-i:(?<=\\p{Ll}\\p{Ll})"
            + "(?<!\\b(?:Prof|Mrs|Mme|Mlle|Sra|Srta|Hon|Rev|Revd|Sen|Gen|Col|Capt|Sgt|Gov|Rep|Ing|Mgr))"
            + "\\.\\s+\\p{Lu}).*)?$");
    /** Where a reporter filed from, after the name: " in Frankfurt", " in New York". */
    private static final Pattern FILED_IN = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*");
    /** A wire credit in brackets ending the story: "(dpa)", "(HG mit dpa)", "(afp/red)". */
    private static final Pattern WIRE = Pattern.compile("\\((\\p{L}[\\p{L}/ ]{0,30}?)\\)\\s*$");
    private static final Pattern AGENCY = Pattern.compile("(?iu)(?<![\\p{L}])(?:dpa|afp|ap|reuters|kna|epd|sid|apa"
            + "|kap|ots|ddp|dapd|ansa|efe|pap|ctk|tass|xinhua|kathpress)(?![\\p{L}])");
    /** "By" and a name of two to four capitalised words, the whole line. */
    private static final Pattern BY_END = Pattern.compile("(?iu:by)\\s+(\\p{Lu}[\\p{L}.'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})\\.?");

    /**
     * A Japanese paper's closing note on who reported a series or a story, each reporter after the desk:
     * "（この連載は報道部・高峰遼、三ツ森支局・水野さくらが担当します）", "（この記事は社会部・森本葵が担当しました）".
     */
    private static final Pattern JAPANESE_TEAM = Pattern.compile("[（(]この(?:連載|記事|特集|企画|シリーズ)は"
            + "([^（）()]{2,60}?)が担当(?:します|しました|した|しています)。?[）)]");

    /**
     * The reporter's name in full-width brackets closing a Japanese or Chinese story: "…考えだ。（山田花子）",
     * "（記者 山田花子）", "（みなと新報・田村結衣）", "（报道：江慧玲）".
     */
    private static final Pattern CJK_SIGNATURE = Pattern.compile("[（(](?:記者|记者|(?:报道|報導|报导|撰文)[：:])?[\\s　]*"
            // the paper (and its bureau) before its reporter, as a portal credits a partner's story: "（みなと新報・田村結衣）",
            // "（越中新報 汐見支局・村瀬千尋）"
            + "(?:[^（）()・\\s]{1,12}(?:[\\s　][^（）()・\\s]{1,12})?・)?"
            + "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}・　 ]{1,8})[）)]\\s*$");
    /** A line long enough to be a sentence of the story, ending like one. */
    private static final Pattern SENTENCE_END = Pattern.compile(".{80,}[.!?…“”\"»«)]\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2}");
    /** An office in lower case, as a title is written under or after a name: "arendusspetsialist", "starostka". */
    private static final Pattern ROLE_LINE = Pattern.compile("\\p{Ll}[\\p{L}'’&/-]*(?:\\s+[\\p{L}'’&/-]+){0,5}\\.?");
    /**
     * A signature with the writer's office after a comma, on a line of its own under the text, the office in lower
     * case as a title is written after a name ("Jana Dvořáková, starostka", "Ignacio Soto, corresponsal en Puerto
     * Varas."): a town or country after a name ("Joan Whitfield, Castlemaine", a letters page's last reader) is
     * capitalised.
     */
    private static final Pattern ROLE_SIGNATURE = Pattern.compile("(" + SIGNATURE.pattern() + ")\\s*,\\s*"
            + ROLE_LINE.pattern());
    /** The town under a letter writer's name: a capitalised word or two, a state or country after a comma. */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?(?:,\\s*\\p{Lu}"
            + "[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+)?)?");
    /** A signature's name: words in capitals, with the particles of names between them ("Joris van Dijk"). */
    private static final Pattern SIGNED_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:(?:van|von|de|der|den"
            + "|da|di|du|del|della|dos|das|la|le|ten|ter|y|zu)\\s+)*\\p{Lu}[\\p{L}.'-]+){1,3}");
    /**
     * The closing of a letter, on a line of its own above the signature: "Warmly,", "Kind regards,", "Mit
     * freundlichen Grüßen", "Cordialement,", "Un abrazo,", "Met vriendelijke groet".
     */
    private static final Pattern VALEDICTION = Pattern.compile("(?iu)^(?:warmly|(?:warm|warmest|kind|best|kindest)"
            + " regards|regards|(?:yours )?sincerely(?: yours)?|yours truly|yours|best(?: wishes)?|all the best|cheers"
            + "|with (?:thanks|gratitude|love)|in gratitude|love|(?:mit )?freundlichen? grüßen?|(?:herzliche|viele"
            + "|liebe|beste) grüße|(?:bien )?cordialement|amicalement|bien à vous|(?:un )?saludos?(?: cordiales)?"
            + "|un (?:fuerte )?abrazo|atentamente|(?:cordiali|distinti) saluti|un caro saluto|(?:met )?vriendelijke"
            + " groet(?:en)?|hartelijke groet(?:en)?|pozdrawiam|z poważaniem|atenciosamente|(?:um )?abraços?"
            + "|(?:med )?venlig hilsen|(?:med )?vennlig hilsen|(?:med )?vänliga hälsningar|hälsningar)\\s*[,.!]?$");

    /**
     * A newsletter's own sign-off on a line of its own, a few words ending in a comma: "See you on the water,",
     * "Until next week,", "Talk soon,".
     */
    private static final Pattern SIGN_OFF = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:\\s+[\\p{L}'’]+){0,5},");

    private ClosingCredit() {
    }

    /** Whether {@code line} closes a letter above its signature: a {@link #VALEDICTION} or a {@link #SIGN_OFF}. */
    private static boolean closing(String line) {
        return VALEDICTION.matcher(line).matches() || SIGN_OFF.matcher(line).matches();
    }

    /**
     * The languages whose papers sign a story with the writer's name as its last paragraph, alone (Vietnamese: "…
     * vẫn rét.\n\nMinh Anh"; Russian and the other languages written in Cyrillic, which capitalise no nouns:
     * "… ситуации.\n\nДанияр Кенжебаев"; and the Central European and South Slavic languages in Latin letters,
     * which do not either and set their headings in sentence case: "… v zadnjih letih.\n\nTina Žagar", "…\n\nNagy-Benkő
     * Judit"). Elsewhere a last paragraph of two or three capitalised words is as often a heading left at the end
     * ("Das Mahlen", "Style Editor").
     */
    private static final java.util.Set<String> SIGNED_APART = java.util.Set.of("vi", "ru", "uk", "be", "kk", "bg",
            "sr", "mk", "sl", "hr", "bs", "hu", "cs", "sk", "pl", "ro");

    /** The credit closing {@code text} (paragraphs split by blank lines, lines by newlines); empty when none. */
    static List<Author> of(String text) {
        return of(text, "");
    }

    /** As {@link #of(String)}, on a page in language {@code lang} (as declared, "vi-VN"; empty when unknown). */
    static List<Author> of(String text, String lang) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        boolean signsApart = SIGNED_APART.contains(Scripts.primary(lang));
        List<String> last = lastLines(text.strip(), LAST_LINES + 2);
        for (int k = 0; k < Math.min(LAST_LINES, last.size()); k++) {
            String line = last.get(k).strip();
            // a labelled credit set in brackets, as the line's whole text: "(Texto: Rosa Quispe / Fotos: Julio Ccori)"
            String unbracketed = BRACKETED.matcher(line).matches()
                    ? line.substring(1, line.length() - 1).strip() : line;
            for (Pattern labelled : LABELLED) {
                var label = labelled.matcher(unbracketed);
                if (label.matches()) {
                    return authors(AuthorNames.parse(label.group(1)));
                }
            }
            var credits = WIRE_CREDITS.matcher(line);
            if (credits.matches()) {
                List<Author> reporters = authors(AuthorNames.parse(FILED_IN.matcher(credits.group(1)).replaceAll("")));
                if (!reporters.isEmpty()) {
                    return reporters;
                }
            }
            // "By Mutua Kilonzo" as the story's last line, a sentence's end above it: an agency's reporter, credited
            // under the story where the byline above names the desk
            var byEnd = k == 0 ? BY_END.matcher(line) : null;
            if (byEnd != null && byEnd.matches() && SENTENCE_END.matcher(lineAbove(last, 0)).matches()
                    && AuthorNames.plausible(byEnd.group(1))) {
                return List.of(Author.named(byEnd.group(1)));
            }
            var series = JAPANESE_TEAM.matcher(line);
            if (series.matches()) {
                List<Author> team = new ArrayList<>();
                for (String member : series.group(1).split("[、,，]")) {
                    String name = member.substring(member.lastIndexOf('・') + 1).strip(); // after the desk: "報道部・"
                    if (!name.isEmpty()) {
                        team.add(Author.named(name));
                    }
                }
                return team;
            }
            var cjk = CJK_SIGNATURE.matcher(line);
            if (cjk.find()) {
                return List.of(Author.named(cjk.group(1).replace('　', ' ').strip()));
            }
            var wire = WIRE.matcher(line);
            if (wire.find() && AGENCY.matcher(wire.group(1)).find()) {
                return List.of(Author.named(wire.group(1).strip()));
            }
            // the line before; on a page whose papers sign with the name as a paragraph of its own, the paragraph
            String before = k + 1 >= last.size() ? "" : !last.get(k + 1).isBlank() || k + 2 >= last.size()
                    || !signsApart ? last.get(k + 1) : last.get(k + 2);
            if (SIGNATURE.matcher(line).matches() && SENTENCE_END.matcher(before).matches()
                    && AuthorNames.plausible(line) && !PICTURE_WORD.matcher(line).lookingAt()) {
                return List.of(Author.named(line));
            }
            var roled = ROLE_SIGNATURE.matcher(line);
            if (roled.matches() && SENTENCE_END.matcher(lineAbove(last, k)).matches()
                    && AuthorNames.plausible(roled.group(1))) {
                return List.of(Author.named(roled.group(1)));
            }
            // the office on a line of its own under the name, in lower case: "Kertu Lepik\narendusspetsialist"
            String name = k == 0 && last.size() > 2 ? last.get(1).strip() : "";
            if (!name.isEmpty() && ROLE_LINE.matcher(line).matches() && SIGNATURE.matcher(name).matches()
                    && SENTENCE_END.matcher(lineAbove(last, 1)).matches() && AuthorNames.plausible(name)
                    && !PICTURE_WORD.matcher(name).lookingAt()) {
                return List.of(Author.named(name));
            }
            // a letter to the editor signed in a paragraph of its own, the writer's town under the name:
            // "…before it votes.\n\nDoris Pelletier\nHarwick"
            if (k == 0 && last.size() > 3 && PLACE.matcher(line).matches() && last.get(2).isBlank()
                    && SIGNATURE.matcher(last.get(1).strip()).matches() && SENTENCE_END.matcher(last.get(3)).matches()
                    && AuthorNames.plausible(last.get(1).strip())) {
                return List.of(Author.named(last.get(1).strip()));
            }
            // a sign-off after a dash, the writer's role after the name: "— Teodora Vance, owner & head roaster"; not
            // the source of a quotation closing the text ("“Be kind.”\n— Mark Twain")
            var dashed = DASHED_SIGNATURE.matcher(line);
            String above = lineAbove(last, k);
            if (dashed.matches() && SENTENCE_END.matcher(above).matches() && !QUOTE_END.matcher(above).find()
                    && AuthorNames.plausible(dashed.group(1))) {
                return List.of(Author.named(dashed.group(1)));
            }
            // a letter's signature under its closing: "Warmly,\nDolores Whitfield-Amaya\nExecutive Director"
            String signed = line.contains(",") ? line.substring(0, line.indexOf(',')).strip() : line;
            if (k + 1 < last.size() && closing(last.get(k + 1).strip())
                    && SIGNED_NAME.matcher(signed).matches() && AuthorNames.plausible(signed)) {
                return List.of(Author.named(signed));
            }
        }
        return List.of();
    }

    /** The first line with text above line {@code k} of {@code last} (the last line first); empty when none. */
    private static String lineAbove(List<String> last, int k) {
        for (int i = k + 1; i < last.size(); i++) {
            if (!last.get(i).isBlank()) {
                return last.get(i);
            }
        }
        return "";
    }

    /** A dash, a name, and the writer's role after a comma at most: "— Teodora Vance, owner & head roaster". */
    private static final Pattern DASHED_SIGNATURE = Pattern.compile("[—–-]\\s*(\\p{Lu}[\\p{L}.'-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2})(?:\\s*,\\s*[^,]{1,50})?");
    /** A line ending on a quotation's closing mark. */
    private static final Pattern QUOTE_END = Pattern.compile("[”\"»“]\\W*$");

    /** A block set flush right: an inline style, or the classes editors and themes give it. */
    private static final Pattern FLUSH_RIGHT = Pattern.compile("(?i)text-align\\s*:\\s*right");
    private static final Pattern RIGHT_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:has-text-align-right|text-right"
            + "|align-right|alignright|ql-align-right)(?:\\s|$)");
    /** A name, a comma and the paper's name in quotation marks: "Зарина Қодирова, «Суғдиён»". */
    private static final Pattern NAME_THEN_OUTLET = Pattern.compile("([^,]+),\\s*[«“\"„][^«»“”\"„]{2,40}[»”\"“]");
    /**
     * A name, then in brackets the sources it was written from: "Hà Linh (Theo Ocean Frontier News, Marine Science
     * Weekly)", the Vietnamese "Theo" ("according to") as papers credit a translated story; "(Source: …)", "(via …)".
     */
    private static final Pattern NAME_THEN_SOURCES = Pattern.compile("(.+?)\\s*\\((?iu:theo|nguồn|source|sources"
            + "|via|according\\s+to|d['’]après|laut|secondo|según|segundo)\\b[^()]{2,80}\\)");
    /** Two names set apart by a dash: "Đắc Thành - Hoàng Vy". */
    private static final Pattern DASHED_PAIR = Pattern.compile("(.+?)\\s+[-–]\\s+(.+)");

    /** The two writers of a signature that sets their names apart by a dash, each a {@link #SIGNATURE}; else none. */
    private static List<Author> signedPair(String text) {
        Matcher m = DASHED_PAIR.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        List<Author> out = new ArrayList<>();
        for (String name : new String[] {m.group(1).strip(), m.group(2).strip()}) {
            if (!SIGNATURE.matcher(name).matches() || !AuthorNames.plausible(name)) {
                return List.of();
            }
            out.add(Author.named(name));
        }
        return out;
    }

    /** A letter's signature, the writer's town after the name: "Winifred Asante-Cole, Bellmore Falls". */
    private static final Pattern NAME_THEN_PLACE = Pattern.compile("([^,]+),\\s*" + PLACE.pattern());
    /** The longest signature read: a name of a few words. */
    static final int SIGNATURE_MAX = 60;

    /**
     * Whether {@code text} is a name alone, as a story is signed: two or three capitalised words ("Fanja R."), or a
     * letter's signature, the name and the writer's town ("Winifred Asante-Cole, Bellmore Falls").
     */
    static boolean signsName(String text) {
        Matcher from = NAME_THEN_PLACE.matcher(text);
        String name = from.matches() ? from.group(1).strip() : text;
        return SIGNATURE.matcher(name).matches() && AuthorNames.plausible(name);
    }

    /**
     * The writer a story is signed by in a last block of its own set flush right, as papers in many languages sign
     * ({@code <p style="text-align: right"><strong>Celeste Muianga</strong></p>}): a name of two or three capitalised
     * words there, after the story's last sentence, maybe followed by the paper's name in quotation marks or by the
     * sources in brackets ({@link #NAME_THEN_SOURCES}). Or in a
     * last block classed as the signature, as a letter to the editor is signed with the writer's town after the name
     * ({@code <p class="letter-signature"><strong>Winifred Asante-Cole, Bellmore Falls</strong></p>}). Empty when
     * the story ends otherwise: a heading or a short line left at the end is not set so.
     */
    static List<Author> signedFlushRight(List<Element> content) {
        if (content.isEmpty()) {
            return List.of();
        }
        Element root = content.get(content.size() - 1);
        Node last = TextProbe.lastText(root);
        for (Element block = last == null ? null : (Element) last.parentNode(); block != null;
                block = block == root ? null : block.parent()) {
            if (!block.isBlock() && block != root) {
                continue;
            }
            String text = block.text().strip();
            Matcher sources = NAME_THEN_SOURCES.matcher(text);
            text = sources.matches() ? sources.group(1).strip() : text;
            boolean signature = Hints.isSignature(block);
            if (text.length() > SIGNATURE_MAX || !(signature || FLUSH_RIGHT.matcher(block.attr("style")).find()
                    || RIGHT_CLASS.matcher(block.className()).find())) {
                return List.of();
            }
            Matcher outlet = NAME_THEN_OUTLET.matcher(text);
            Matcher from = NAME_THEN_PLACE.matcher(text);
            String name = outlet.matches() ? outlet.group(1) : signature && from.matches() ? from.group(1) : text;
            List<Author> pair = signedPair(name);
            if (!pair.isEmpty()) {
                return pair;
            }
            if (!SIGNATURE.matcher(name).matches()) {
                // the name on a line of its own, the writer's village or role on the next: "<strong>Гүлназ
                // ОРАЗБАЕВА,</strong><br><em>Ақбұлақ ауылы</em>"
                name = TRAILING_COMMA.matcher(BylineReader.firstLine(block)).replaceAll("");
            }
            return SIGNATURE.matcher(name).matches() && AuthorNames.plausible(name) ? List.of(Author.named(name))
                    : List.of();
        }
        return List.of();
    }

    private static final Pattern TRAILING_COMMA = Pattern.compile("\\s*,\\s*$");

    /**
     * The last {@code n} lines of {@code text}, the last first, as {@code text.split("\n")} has them (empty lines
     * included); fewer when the text has fewer. Only the end of a long story is cut into lines.
     */
    static List<String> lastLines(String text, int n) {
        List<String> last = new ArrayList<>(n);
        int end = text.length();
        while (last.size() < n) {
            int lineBreak = text.lastIndexOf('\n', end - 1);
            last.add(text.substring(lineBreak + 1, end));
            if (lineBreak < 0) {
                break;
            }
            end = lineBreak;
        }
        return last;
    }

    private static List<Author> authors(List<String> names) {
        List<Author> out = new ArrayList<>();
        for (String n : names) {
            out.add(Author.named(n));
        }
        return out;
    }
}
