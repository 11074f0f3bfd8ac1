package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guest a post names in its opening lines: "This is a guest post by Daniel Ortiz, a hydrologist …", "Ein
 * Gastbeitrag von Lena Hartmann". A blog's theme credits its owner for every post; the opening says who wrote this
 * one.
 */
final class GuestCredit {
    /** How much of the story's opening is read: its first paragraph or two. */
    private static final int OPENING = 400;
    /** "guest post by", "guest column from", "Gastbeitrag von", "article invité de", "artículo invitado de". */
    private static final Pattern GUEST = Pattern.compile("(?iu)\\b(?:guest[- ](?:post|column|article|blog post|piece"
            + "|essay|contribution|author)|gastbeitrag|gastartikel|gastautor(?:in)?|gastkommentar|article invité"
            + "|art[ií]culo invitado|articolo ospite)(?:\\s*[:,–—-])?\\s+"
            + "(?:(?:written\\s+)?by|from|von|de|par|di)?\\s*"
            // a title before the name is not part of it: "Guest post by Dr. Ilse Brandt"
            + "(?:(?:dr|drs|dra|prof|professor|mr|mrs|ms|mx|mme)\\.?\\s+)*"
            + "(?-i:(\\p{Lu}(?:\\.|[\\p{L}'-]+)(?:\\s+(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|ten"
            + "|ter|y|zu)\\s+)*\\p{Lu}(?:\\.|[\\p{L}'-]+)){1,3}))");

    /** The longest first line read as a credit: a byline, not a sentence. */
    private static final int CREDIT_LINE = 80;
    /** The word opening a credit line in any language: "By", "Von", "Par", "Por", "Door". */
    private static final Pattern BY = Pattern.compile("\\s*(?:(?iu:(?:(?:words|story|text|written|interview(?:ed)?)"
            + "\\s+)?by|von|par"
            // da/nb/nn "Af", sv/nb "Av": "Af Karen Hvidberg"
            + "|por|door|kitba\\s+ta['’]|af|av)\\s*:?\\s+"
            // "Tekstur: Rannvá Joensen", "Text: …", "Tekst: …", "Teksti: …", Albanian "Shkruan:" ("writes"), "Words:
            // Hannah Okafor | Photos: …": the text's writer, labelled
            + "|(?iu:text|texte|texto|testo|tekst|tekstur|teksti|nûçe|nivîs|shkruan|words)\\s*:\\s*"
            // a club's trip report: "Report and photos: Gwen Pritchard", "Words and pictures: …"
            + "|(?iu:(?:report|words|text|story)\\s+(?:and|&)\\s+(?:photos|pictures|photographs|images))\\s*:\\s*)"
            + "(?=\\p{Lu})"
            // "文｜陈思远、林可欣", "撰文：…", "报道：蔡伟强": a Chinese text's writer or reporter, labelled
            + "|\\s*(?:文|撰文|作者|报道|報導|记者|記者)\\s*[｜|:：/／]\\s*(?=\\p{IsHan})"
            // "અહેવાલ: ભાવેશ ઠક્કર, ભુજ": the report's writer, labelled in Gujarati, Marathi, Hindi, Bengali, Odia
            + "|\\s*(?:અહેવાલ|રિપોર્ટ|अहवाल|रिपोर्ट|प्रतिवेदन|প্রতিবেদন|প্রতিবেদক|ରିପୋର୍ଟ)\\s*:\\s*(?=\\p{L})");

    /**
     * A wire story's dateline with the writer's credit between dashes, opening its first paragraph: "BERLIN (TEP) — By
     * Anna Weber — Germany's cabinet …". The place is in capitals, the agency in brackets after it.
     */
    private static final Pattern DATELINE_BY = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}?"
            + "(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s*(?iu:by|von|par|por|door)\\s+([^—–\\n]{3,60}?)"
            + "\\s*(?:[—–]|--)");

    /**
     * A Chinese paper's reporter credit in brackets near the start of the lead: "潮汐财经讯（记者 孙启航）…",
     * "〔記者林佩蓉／台北報導〕…", "（记者 王小川 李青）"; what follows the names in the brackets (the place, "通讯员" and
     * a helper's name) is no credit of the writer.
     */
    private static final String NAME_SEPARATOR = "\\s*[、，,\\s]\\s*";
    private static final String HELPER = "通讯员|通訊員|实习生|實習生";
    private static final Pattern REPORTER_BRACKET = Pattern.compile("[^\\n]{0,24}?[（(〔【\\[]\\s*(?:本报|本報)?"
            + "(?:记者|記者)\\s*((?:\\p{IsHan}{2,4}(?:·\\p{IsHan}{1,4})?)(?:" + NAME_SEPARATOR + "(?!" + HELPER
            + ")\\p{IsHan}{2,4}){0,3})\\s*(?:[／/][^）)〕】\\]\\n]{1,12}|(?:" + HELPER + ")[^）)〕】\\]\\n]{1,20})?"
            + "\\s*[）)〕】\\]]");

    /**
     * The same credit on a line of its own, without brackets, as Taiwanese papers open a story: "記者林宜蓁／宜蘭報導"
     * (the reporter, a slash, where she reports from, "報導").
     */
    private static final Pattern REPORTER_LINE = Pattern.compile("(?:本报|本報)?(?:记者|記者)\\s*(\\p{IsHan}{2,4}(?:"
            + NAME_SEPARATOR + "\\p{IsHan}{2,4}){0,3})\\s*[／/]\\s*\\p{IsHan}{1,10}?(?:報導|报道)");

    /** "Photographed by" after a name in a caption's bracket. */
    private static final Pattern PHOTOGRAPHED = Pattern.compile("[攝摄][）)〕】\\]]");
    /** How many of the story's first lines may hold the lead a reporter's bracket opens. */
    private static final int READ_LINES = 5;

    private GuestCredit() {
    }

    /**
     * The reporters a Chinese lead's opening bracket credits ({@link #REPORTER_BRACKET}), or a credit line of its own
     * among the first lines ({@link #REPORTER_LINE}); empty when none.
     */
    static List<Author> reporterBracket(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // the lead is the first paragraph, or the one after a headline, a date line and a caption the block holds
        Matcher m = null;
        List<String> lines = leadingLines(text, READ_LINES);
        for (int i = 0; i < lines.size() && m == null; i++) {
            Matcher at = REPORTER_BRACKET.matcher(lines.get(i).strip());
            Matcher line = REPORTER_LINE.matcher(lines.get(i).strip());
            // "（記者林佩蓉攝）" closes a caption: the reporter took the picture
            m = at.lookingAt() && !PHOTOGRAPHED.matcher(at.group()).find() ? at : line.matches() ? line : null;
        }
        if (m == null) {
            return List.of();
        }
        List<Author> out = new java.util.ArrayList<>();
        for (String name : m.group(1).split(NAME_SEPARATOR)) {
            if (!name.isBlank()) {
                out.add(Author.named(name.strip()));
            }
        }
        return out;
    }

    /** The writer a wire story's opening dateline credits ({@link #DATELINE_BY}); empty when it credits none. */
    static List<Author> dateline(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher m = DATELINE_BY.matcher(text.strip());
        if (!m.lookingAt()) {
            return List.of();
        }
        return AuthorNames.parse(m.group(1)).stream().map(Author::named).toList();
    }

    /**
     * The writer a story's first line credits, when that line is a byline of its own: "By Mara Holm", "Na Halima
     * Chande, Mtwara" on a Swahili page. Wire and desk templates credit the account that posted the story; the line
     * at its top says who wrote it. Empty when the first line is no credit.
     */
    static List<Author> firstLine(String text, String lang) {
        return firstLine(text, lang, null);
    }

    /**
     * A correspondent's line opening the story, a full name and the place filed from: "From Chiamaka Obi, Abeokuta",
     * as West African and British papers set it; the name of two to four capitalised words, the place after a comma.
     */
    private static final Pattern FROM_PLACE = Pattern.compile("\\s*(?iu:from)\\s+(\\p{Lu}[\\p{L}'’.-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s*\\p{Lu}[\\p{L} .'’-]{1,30}");

    /** A caption's closing credit for its picture: "… Mbandaka. (Foto: Mboka Sango)", "[Photo: Ana Ruiz]". */
    private static final Pattern PICTURE_CREDITED = Pattern.compile("[(\\[]\\s*(?iu:foto|photo|photograph|picture"
            + "|image|bild|imagen|imagem)\\s*:[^()\\[\\]\\n]{1,60}[)\\]]\\s*$");

    /**
     * As {@link #firstLine(String, String)}, the story's text opening with its {@code title} (and the caption of a
     * picture) read past it.
     */
    static List<Author> firstLine(String text, String lang, String title) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String stripped = withoutHeadline(text, title);
        int end = stripped.indexOf('\n');
        if (end > 0 && PICTURE_CREDITED.matcher(stripped.substring(0, end)).find()) {
            stripped = stripped.substring(end).strip(); // the caption of the picture the story opens with
            end = stripped.indexOf('\n');
        }
        String line = end < 0 ? stripped : stripped.substring(0, end).strip();
        int field = line.indexOf(" | ");
        if (field > 0) {
            // the writer's field of a line of credits: "Words: Sneha Raghavan (III B.A.) | Photographs: Arjun Pillai"
            line = line.substring(0, field).strip();
        }
        if (line.length() > CREDIT_LINE || end < 0) {
            return List.of(); // a story of one line is no credit and its story
        }
        Matcher from = FROM_PLACE.matcher(line);
        if (from.matches()) {
            // "From Chiamaka Obi, Abeokuta": a correspondent's line
            return AuthorNames.parse(from.group(1)).stream().map(Author::named).toList();
        }
        Matcher by = BY.matcher(line);
        Pattern local = BylineReader.localCredit(lang);
        Matcher localBy = local == null ? null : local.matcher(line);
        boolean common = by.lookingAt(); // "By", "Von", "Par"…: the names reader knows their "and"
        int start = common ? by.end() : localBy != null && localBy.lookingAt() ? localBy.end() : -1;
        if (start < 0) {
            return List.of();
        }
        String names = common ? line.substring(start) : BylineReader.localNames(lang, line.substring(start));
        return AuthorNames.parse(names).stream().map(Author::named).toList();
    }

    /**
     * A South Asian paper's dateline: the place, the day and the reporter in brackets, then a dash, opening the lead:
     * "ਬਠਿੰਡਾ, ੨੬ ਨਵੰਬਰ (ਹਰਮਨਜੀਤ ਸਿੰਘ ਬਰਾੜ)- …", "जयपुर, 26 नवंबर (राजेश पारीक)। …". The day holds a digit of any
     * script; the brackets a name of two words or more.
     */
    private static final Pattern DATELINE_REPORTER = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]{1,30},"
            + "\\s*([^()\\n,]{1,24}?)\\s*\\(([^()\\n]{3,40})\\)\\s*[-–—:।]");
    /**
     * An Urdu paper's dateline: the place in Arabic letters and the reporter in brackets opening the lead, with no day:
     * "لاہور (ثاقب ممتاز چودھری) پنجاب حکومت نے …".
     */
    private static final Pattern PLACE_THEN_REPORTER = Pattern.compile("\\p{IsArabic}[\\p{IsArabic} ]{1,24}\\s*"
            + "\\(([\\p{IsArabic} ]{3,40})\\)\\s");
    /** Urdu words of a desk's or an agency's credit in the brackets: "نمائندہ جنگ", "اسٹاف رپورٹر", "نیوز ڈیسک". */
    private static final Pattern URDU_DESK_WORDS = Pattern.compile("نمائندہ|نامہ نگار|خبر نگار|ڈیسک|ایجنسی|رپورٹر"
            + "|اسٹاف|مانیٹرنگ|ویب");
    /** Words that make a bracket's credit a desk's or an agency's: "Staff Reporter", "Web Desk", "Meridian Wire". */
    private static final Pattern DESK_WORDS = Pattern.compile("(?iu)\\b(?:staff|reporter|correspondent|desk|bureau"
            + "|news|agency|agencies|service|report|team|wire|press|presse|media|network|times|post)\\b");

    /** The reporter a dateline opening the story's first lines names in brackets ({@link #DATELINE_REPORTER}). */
    static List<Author> datelineReporter(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (String line : leadingLines(text, READ_LINES)) {
            Matcher m = DATELINE_REPORTER.matcher(line.strip());
            Matcher urdu = PLACE_THEN_REPORTER.matcher(line.strip());
            boolean dated = m.lookingAt() && m.group(1).codePoints().anyMatch(Character::isDigit);
            if (!dated && !urdu.lookingAt()) {
                continue;
            }
            String name = (dated ? m.group(2) : urdu.group(1)).strip();
            List<String> names = AuthorNames.parse(name);
            if (names.size() == 1 && names.get(0).equals(name) && name.indexOf(' ') > 0
                    && !DESK_WORDS.matcher(name).find() && !URDU_DESK_WORDS.matcher(name).find()
                    && !allCapitals(name)) {
                return List.of(Author.named(name));
            }
            return List.of();
        }
        return List.of();
    }

    /** Whether {@code name} is in capitals only, as an agency's initials are ("PTI"); a script without case is not. */
    private static boolean allCapitals(String name) {
        return name.codePoints().anyMatch(Character::isUpperCase)
                && name.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * The first {@code n} lines of {@code text}, as {@code text.strip().split("\n+")} gives them, without copying or
     * splitting the rest of a long story.
     */
    static List<String> leadingLines(String text, int n) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        List<String> lines = new ArrayList<>(n);
        int at = start;
        while (lines.size() < n && (at < end || lines.isEmpty())) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            lines.add(text.substring(at, lineEnd));
            at = lineEnd;
            while (at < end && text.charAt(at) == '\n') {
                at++;
            }
        }
        return lines;
    }

    /** {@code text}, stripped, less the headline ({@code title}) the story block may open with. */
    private static String withoutHeadline(String text, String title) {
        String stripped = text.strip();
        if (title != null && !title.isBlank() && stripped.startsWith(title.strip() + "\n")) {
            stripped = stripped.substring(title.strip().length()).strip();
        }
        return stripped;
    }

    /**
     * A line of its own giving the writer's name in capitals and the place she files from: "MWILA KASONDE, Kitwe", as
     * papers in southern and eastern Africa open a story posted under the site's account.
     */
    private static final Pattern CAPITALS_CREDIT = Pattern.compile("(\\p{Lu}[\\p{Lu}'’.-]+"
            + "(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){1,3})\\s*,\\s*\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+)?");
    /**
     * A line of its own giving the writer's name, a bar and the place she files from: "Sonam Pelden | Tsirang", as
     * papers in South Asia open a story posted under the site's account.
     */
    private static final Pattern BAR_CREDIT = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)"
            + "{1,3})\\s*[|｜]\\s*\\p{Lu}[\\p{L}'’.-]+(?:[\\s-]\\p{Lu}[\\p{L}'’.-]+){0,2}");
    /** How many of the story's first lines are read for a credit when the page names no person: a deck, a note. */
    private static final int OPENING_LINES = 4;

    /**
     * The writers a credit line among the story's first {@link #OPENING_LINES} lines names ("By Teresa Halvorsen,
     * Prairie Watch" under a deck and a republication note, or {@link #CAPITALS_CREDIT}), as a site that runs
     * partners' stories under its own account credits them; less an outlet the story says published it ("This article
     * was originally published by Prairie Watch"). For a page whose credits name no person: elsewhere a byline above
     * the story stands.
     */
    static List<Author> openingLines(String text, String lang, String title) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String stripped = withoutHeadline(text, title);
        String[] lines = stripped.split("\n+", OPENING_LINES + 1);
        for (int i = 0; i < Math.min(lines.length - 1, OPENING_LINES); i++) {
            String line = lines[i].strip();
            Matcher by = BY.matcher(line);
            Matcher capitals = CAPITALS_CREDIT.matcher(line);
            Matcher bar = BAR_CREDIT.matcher(line);
            String names = line.length() > CREDIT_LINE ? null : by.lookingAt() ? line.substring(by.end())
                    : capitals.matches() ? capitals.group(1) : bar.matches() ? bar.group(1) : null;
            if (names == null) {
                continue;
            }
            List<Author> out = new java.util.ArrayList<>();
            for (String name : AuthorNames.parse(names)) {
                if (!publishedBy(stripped, name)) {
                    out.add(Author.named(name));
                }
            }
            return out;
        }
        return List.of();
    }

    /** Whether {@code text} says {@code name} published it: "originally published by", "first appeared in". */
    private static boolean publishedBy(String text, String name) {
        Matcher m = PUBLISHED_BY.matcher(text);
        while (m.find()) {
            if (text.startsWith(name, m.end())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PUBLISHED_BY = Pattern.compile("(?iu)\\b(?:published|appeared|republished)\\s+"
            + "(?:by|in|on|from|with)\\s+(?:the\\s+)?");

    /** The guest the opening of {@code text} names as the post's writer; empty when it names none. */
    static List<Author> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String opening = text.strip();
        opening = opening.length() > OPENING ? opening.substring(0, OPENING) : opening;
        Matcher m = GUEST.matcher(opening);
        if (!m.find()) {
            return List.of();
        }
        String name = m.group(1).strip();
        return AuthorNames.plausible(name) ? List.of(Author.named(name)) : List.of();
    }
}
