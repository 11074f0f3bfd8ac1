package dev.ingest.core.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first absolute date (and time, when one follows) in a piece of text, in the formats and languages
 * publishers use.
 *
 * <p>{@code parse("Nov 28, 2026 9:05 AM EST", UTC)} is {@code 2026-11-28T09:05-05:00};
 * {@code parse("28. November 2026", +01:00)} is {@code 2026-11-28T00:00+01:00}, and {@code parse("3. Juli 2026
 * 14:30", Europe/Berlin)} {@code 2026-07-03T14:30+02:00} (a date without zone takes the given fallback zone, at the
 * offset it keeps that day). Relative dates ("vor 3 Tagen") are {@link RelativeDates}' job.
 */
final class DateParser {
    /**
     * A month's name or its short form: letters and the marks some scripts write vowels with ("नवंबर"); of two
     * letters only Hindi's May, the Levant's August and the Solar Hijri Dey.
     */
    private static final String MONTH_WORD = "([\\p{L}\\p{M}]{3,14}|मई|آب|دی|دي)\\.?";
    /**
     * Not inside a word or a number: a letter or digit on either side joins the figures to it, but for a letter of
     * Chinese, Japanese or Korean, which write no space before or after a date ("2026/11/12に公開").
     */
    private static final String B = "(?<![\\p{L}\\d&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]])";
    private static final String E = "(?![\\p{L}\\d&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]])";
    /** Not joined by a dash to other words, as a dashed date in an address's words is: "…-12-november-2026-…". */
    private static final String APART = "(?<![\\p{L}\\d-])";
    private static final String APART_AFTER = "(?![\\p{L}\\d-])";

    private static final Pattern ISO = Pattern.compile(B + "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?" + E);
    private static final Pattern COMPACT_ISO = Pattern.compile(B + "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?"
            + "(Z|[+-]\\d{2}:?\\d{2})?" + E);
    private static final Pattern YMD = Pattern.compile(B + "(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})" + E);
    /** Korean pages write year, month and day each closed by a dot and a space: "2026. 11. 18. 21:40". */
    private static final Pattern YMD_SPACED = Pattern.compile(B + "(\\d{4})\\. (\\d{1,2})\\. (\\d{1,2})\\.?" + E);
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /**
     * A Japanese era's year, as government and many company pages date: "令和8年11月26日" is 26 November 2026, the
     * first year written "元" ("令和元年10月1日").
     */
    private static final Pattern JAPANESE_ERA = Pattern.compile("(令和|平成|昭和)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})"
            + "\\s*月\\s*(\\d{1,2})\\s*日");
    /** Day, month and year in figures: "28.11.2026", "28/11/26", "28 - 11 - 2026", a Spanish daily's "26·11·26". */
    private static final Pattern DMY = Pattern.compile(B + "(\\d{1,2})\\s?([./·-])\\s?(\\d{1,2})\\s?\\2\\s?"
            + "(\\d{4}|\\d{2})" + E);
    /**
     * The end of a year: no letter or digit follows, but for a time of day run on to it, as a page's script joins the
     * two texts without a space ("Published Fri, Nov 27 2026" and "11:48 PM EST" shown as "…202611:48 PM EST").
     */
    private static final String YEAR_END = "(?!\\p{L}|\\d(?!\\d?:\\d{2}(?!\\d)))";
    private static final Pattern D_MONTH_Y = Pattern.compile(B + "(\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?\\s*"
            // "de" (es, pt), "ta'" (mt), "ga" (ha), "Oṣù" ("month", yo) between the day and the month
            + "(?:(?:de|ta['’]|ga|[Oo]ṣù|[Oo]su)\\s+)?"
            + MONTH_WORD + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})" + YEAR_END);
    private static final Pattern MONTH_D_Y = Pattern.compile(B + MONTH_WORD + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+"
            + "(\\d{4})" + YEAR_END);
    /** Day, month name and year joined by dashes, as news distributors and file listings write them: "20-Nov-2026". */
    private static final Pattern D_MONTH_Y_DASHED = Pattern.compile(APART + "(\\d{1,2})-(\\p{L}{3,9})\\.?-(\\d{4})"
            + APART_AFTER);
    /** The same year first: "2026-Nov-20". */
    private static final Pattern Y_MONTH_D_DASHED = Pattern.compile(APART + "(\\d{4})-(\\p{L}{3,9})\\.?-(\\d{1,2})"
            + APART_AFTER);
    /**
     * Year first: Hungarian "2026. november 28.", Lithuanian "2026 m. lapkričio 28 d.", a vendor advisory's "2026
     * November 4 16:00 GMT" (the month capitalised after a space).
     */
    private static final Pattern Y_MONTH_D = Pattern.compile(B + "(\\d{4})(?:\\.|\\s+m\\.|\\s+(?=\\p{Lu}))\\s*"
            + MONTH_WORD + "\\s*(\\d{1,2})\\.?(?:\\s*d\\.)?" + E);
    /**
     * The Levant's two-word months, "28 تشرين الثاني 2026": كانون الثاني January, تشرين الأول October, تشرين الثاني
     * November, كانون الأول December.
     */
    private static final Pattern LEVANT = Pattern.compile(B + "(\\d{1,2})\\s+(كانون|تشرين)\\s+(الأول|الثاني)"
            + "(?:\\s*/\\s*\\p{L}+)?\\s+(\\d{4})" + E);
    /**
     * Thai short months, each two letters with dots, and a Buddhist-era year of four digits or its last two: "28 พ.ย.
     * 2569", "28 พ.ย. 69" (28 November 2026).
     */
    private static final Pattern THAI_SHORT = Pattern.compile(B + "(\\d{1,2})\\s*(ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค"
            + "|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค)\\.\\s*(\\d{4}|\\d{2})" + E);
    private static final java.util.List<String> THAI_SHORT_MONTHS = java.util.List.of("ม.ค", "ก.พ", "มี.ค", "เม.ย",
            "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค");
    /** Vietnamese: "28 tháng 11, 2026", "ngày 28 tháng 11 năm 2026". */
    private static final Pattern VIETNAMESE = Pattern.compile(B + "(\\d{1,2})\\s+(?iu:tháng)\\s+(\\d{1,2}),?\\s+"
            + "(?:(?iu:năm)\\s+)?(\\d{4})" + E);
    /**
     * Burmese, its digits made ASCII first: "၂၀၂၆ ခုနှစ် နိုဝင်ဘာလ ၁၉ ရက်" is the year and its word, the month's name
     * with "လ" (month), the day and "ရက်" (day).
     */
    private static final Pattern BURMESE = Pattern.compile("(\\d{4})\\s*ခုနှစ်\\s*[,၊]?\\s*(\\S{2,20}?)လ"
            + "\\s*(\\d{1,2})\\s*ရက်");
    /** The months in Burmese, January first; August in both its spellings. */
    private static final List<List<String>> BURMESE_MONTHS = List.of(List.of("ဇန်နဝါရီ"), List.of("ဖေဖော်ဝါရီ"),
            List.of("မတ်"), List.of("ဧပြီ"), List.of("မေ"), List.of("ဇွန်"), List.of("ဇူလိုင်"),
            List.of("ဩဂုတ်", "သြဂုတ်"), List.of("စက်တင်ဘာ"), List.of("အောက်တိုဘာ"), List.of("နိုဝင်ဘာ"),
            List.of("ဒီဇင်ဘာ"));
    /**
     * Mongolian: the year and "оны", the month as a number ("11", "11-р") or an ordinal word ("арван нэгдүгээр", the
     * eleventh), "сарын" and the day: "2026 оны арван нэгдүгээр сарын 20".
     */
    private static final Pattern MONGOLIAN = Pattern.compile("(\\d{4})\\s*оны\\s+(\\d{1,2}|(?:арван\\s+)?\\p{IsCyrillic}{4,14})"
            + "(?:\\s*-?\\s*р)?\\s+сар(?:ын)?\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The Mongolian months' ordinal words, January first. */
    private static final List<String> MONGOLIAN_MONTHS = List.of("нэгдүгээр", "хоёрдугаар", "гуравдугаар",
            "дөрөвдүгээр", "тавдугаар", "зургаадугаар", "долдугаар", "наймдугаар", "есдүгээр", "аравдугаар",
            "арван нэгдүгээр", "арван хоёрдугаар");
    /** Basque, year first, the month in the genitive: "2026ko azaroaren 21a" is 21 November 2026. */
    private static final Pattern BASQUE = Pattern.compile("(\\d{4})e?ko\\s+(\\p{L}{4,12}ren)\\s+(\\d{1,2})(?:a|an|ean)?"
            + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The Basque months in the genitive, January first. */
    private static final List<String> BASQUE_MONTHS = List.of("urtarrilaren", "otsailaren", "martxoaren",
            "apirilaren", "maiatzaren", "ekainaren", "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren",
            "abenduaren");
    /** Khmer, its digits made ASCII first: "ថ្ងៃសុក្រ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦" is "day 20, month …, year 2026". */
    private static final Pattern KHMER = Pattern.compile("ទី\\s*(\\d{1,2})\\s*ខែ\\s*(\\S{2,20}?)\\s*ឆ្នាំ\\s*(\\d{4})");
    private static final List<List<String>> KHMER_MONTHS = List.of(List.of("មករា"), List.of("កុម្ភៈ", "កុម្ភះ"),
            List.of("មីនា"), List.of("មេសា"), List.of("ឧសភា"), List.of("មិថុនា"), List.of("កក្កដា"), List.of("សីហា"),
            List.of("កញ្ញា"), List.of("តុលា"), List.of("វិច្ឆិកា"), List.of("ធ្នូ"));
    /**
     * Sorani Kurdish, its digits made ASCII first: "٢٦ی تشرینی دووەمی ٢٠٢٦" is the day with its "ی", the month's
     * name (two words for four of them), and the year.
     */
    private static final List<List<String>> SORANI_MONTHS = List.of(List.of("کانوونی دووەم"), List.of("شوبات"),
            List.of("ئازار"), List.of("نیسان"), List.of("ئایار"), List.of("حوزەیران"), List.of("تەممووز"),
            List.of("ئاب"), List.of("ئەیلوول"), List.of("تشرینی یەکەم"), List.of("تشرینی دووەم"),
            List.of("کانوونی یەکەم"));
    private static final Pattern SORANI = Pattern.compile("(\\d{1,2})\\s*ی\\s+(" + String.join("|",
            SORANI_MONTHS.stream().flatMap(List::stream).toList()) + ")ی?\\s+(\\d{4})");
    /** C's ctime and Java's Date.toString: "Fri Feb 18 10:27:24 2022", "Mon Oct 11 14:57:21 CEST 2021". */
    private static final Pattern CTIME = Pattern.compile(B + MONTH_WORD + "\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s+([A-Za-z]{2,5}))?\\s+(\\d{4})" + E);
    /**
     * Tibetan, its digits made ASCII first: "ཕྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༡༩" is the (western) year, then month 11 and day 19,
     * each after its word.
     */
    private static final Pattern TIBETAN = Pattern.compile("ལོ་\\s*(\\d{4})\\s*ཟླ་\\s*(\\d{1,2})"
            + "\\s*ཚེས་\\s*(\\d{1,2})");
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    /**
     * A time of day, its meridiem and its zone: "9:05 AM EST", "18.02 Uhr", "14:32 GMT+1"; a space may follow the
     * colon, as Bangladeshi papers print their times ("১৪: ৩০").
     */
    private static final String CLOCK = "(\\d{1,2})(?:[:.h]|:\\s)(\\d{2})(?::(\\d{2}))?\\s*"
            + "(?:(?:uhr|(?:h|hs|hrs|horas|hores)(?!\\p{L})|น\\.)\\s*)?"
            + "([ap]\\.?\\s?m\\b\\.?|[صم](?!\\p{L})|صباحًا|صباحا|مساءً|مساء|na (?:safe|rana|yamma|dare)\\b"
            + "|i le (?:taeao|aoauli|afiafi|po)\\b)?\\s*"
            + "(?:\\(?\\s*(z|utc|gmt|mesz|mez|msk|wib|wita|(?-i:[A-Z]{2,5}T|ET|CT|MT|PT)|[+-]\\d{2}:?\\d{2})(?!\\p{L})"
            + "(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?\\)?)?";
    private static final Pattern TIME = Pattern.compile("^(?:[\\s,|•·\\-–—/@]|um|at|à|a las|alle|om|kl\\.?|o|ម៉ោង)*"
            + CLOCK, Pattern.CASE_INSENSITIVE);
    /**
     * A time set before its date, maybe with the weekday between: "3:14 PM EST, Wed November 25, 2026", "3:12 p.m. ET
     * on November 25, 2026" (the groups of {@link #TIME}).
     */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\d:.])" + CLOCK + "\\s*[,|•·–—-]?\\s*"
            + "(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*)?$", Pattern.CASE_INSENSITIVE);
    /** How far before a date its time is looked for. */
    private static final int TIME_BEFORE_REACH = 40;

    /** The last Solar Hijri year (2052) a numeric date in Persian digits is read in; see {@link #solarOrGregorian}. */
    private static final int LAST_NUMERIC_SOLAR_YEAR = 1430;

    /** Four digits in a row: the year every pattern but the day-month-year one needs. */
    private static final int YEAR = 1;
    /** Exactly four digits (a run no longer) and a dash: {@code 2026-}, where an ISO date starts. */
    private static final int YEAR_DASH = 2;
    /** Exactly eight digits and a {@code T}: {@code 20261128T}, where a compact ISO timestamp starts. */
    private static final int EIGHT_DIGITS_T = 4;
    /** Exactly four digits and a slash or dot: {@code 2026/} or {@code 2026.}, where a year-first date starts. */
    private static final int YEAR_SLASH_DOT = 8;
    /** A digit, at most one space and a dot, slash or dash: {@code 28.}, {@code 4 /}, where a numeric date starts. */
    private static final int DIGIT_SEPARATOR = 16;
    /**
     * A letter, then at most a dot, a comma and spaces, then a digit: {@code Nov 28}, {@code novembre 2026},
     * {@code Nov. 28}, {@code noviembre de 2026}. Every date with a month name has one: the month word (or "de")
     * and the number after it.
     */
    private static final int WORD_NUMBER = 32;

    /** The US clocks written without standard or daylight: "ET", "PT". */
    private static final Map<String, ZoneId> CLOCKS = Map.of("ET", ZoneId.of("America/New_York"),
            "CT", ZoneId.of("America/Chicago"), "MT", ZoneId.of("America/Denver"),
            "PT", ZoneId.of("America/Los_Angeles"));
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("z", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("cet", ZoneOffset.ofHours(1)),
            Map.entry("mez", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("mesz", ZoneOffset.ofHours(2)), Map.entry("eet", ZoneOffset.ofHours(2)),
            Map.entry("eest", ZoneOffset.ofHours(3)), Map.entry("jst", ZoneOffset.ofHours(9)),
            Map.entry("aest", ZoneOffset.ofHours(10)), Map.entry("aedt", ZoneOffset.ofHours(11)),
            Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("kst", ZoneOffset.ofHours(9)),
            Map.entry("wib", ZoneOffset.ofHours(7)), Map.entry("wita", ZoneOffset.ofHours(8)),
            Map.entry("wit", ZoneOffset.ofHours(9)), Map.entry("msk", ZoneOffset.ofHours(3)));

    private DateParser() {
    }

    /**
     * A date found in a text: where it starts and ends (a following time included), its value, and whether the text
     * gave a time of day (a bare date is midnight at the fallback offset). {@code otherReading} is the day an
     * all-numeric date names when read with day and month swapped ({@code 04/05/2026}), null when unambiguous.
     */
    record Found(int start, int end, OffsetDateTime value, boolean timed, LocalDate otherReading) {
        Found(int start, int end, OffsetDateTime value, boolean timed) {
            this(start, end, value, timed, null);
        }
    }

    /**
     * How a page writes its numeric dates, from its declared language: {@code monthFirst} reads an ambiguous slashed
     * date the American way ({@code 04/05/2026} is April 5; day first otherwise, and always when only one reading is
     * a real date); {@code solarHijri} reads a year-first date whose year is one of the Solar Hijri calendar in it
     * ("1405/08/25" on a Persian page is 16 November 2026), as digits in Persian script always are; {@code minguo}
     * reads a year of three figures as Taiwan's Minguo calendar counts it ("115/11/12" is 12 November 2026).
     */
    record Numeric(boolean monthFirst, boolean solarHijri, boolean minguo) {
        static final Numeric DAY_FIRST = new Numeric(false, false, false);

        Numeric(boolean monthFirst, boolean solarHijri) {
            this(monthFirst, solarHijri, false);
        }
    }

    /** The earliest date in {@code text}, with a following time and zone when there is one. */
    static Optional<OffsetDateTime> parse(String text, ZoneId fallback) {
        Found f = find(text, fallback, Numeric.DAY_FIRST);
        return f == null ? Optional.empty() : Optional.of(f.value);
    }

    /** The earliest date in {@code text}, its numeric forms read as {@code numeric} says; or null. */
    static Found find(String text, ZoneId fallback, Numeric numeric) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String raw = text.length() > 2000 ? text.substring(0, 2000) : text;
        String s = asciiDigits(raw);
        // an era's year has one or two digits ("令和8年1月5日"), so it is looked for before the test below
        Found era = s.indexOf('年') >= 0 ? japaneseEra(s, fallback == null ? ZoneOffset.UTC : fallback) : null;
        if (!hasDigitPair(s)) {
            return era; // every pattern below needs a year or a two-digit field
        }
        if (numeric.minguo()) {
            era = earlier(era, minguo(s, fallback == null ? ZoneOffset.UTC : fallback));
        }
        ZoneId zone = fallback == null ? ZoneOffset.UTC : fallback;
        // a pattern runs only where the text has the shape it needs: most lines of text have no year
        int shape = shape(s);
        boolean year = (shape & YEAR) != 0;
        Found best = era;
        if (year) {
            if ((shape & YEAR_DASH) != 0) {
                best = earlier(best, iso(s, zone));
            }
            if ((shape & EIGHT_DIGITS_T) != 0) {
                best = earlier(best, compactIso(s, zone));
            }
            if ((shape & YEAR_SLASH_DOT) != 0) {
                best = earlier(best, numeric.solarHijri() || hasPersianDigits(raw) ? solarOrGregorian(s, zone)
                        : numeric(YMD, s, zone, 1, 2, 3));
                best = earlier(best, numeric(YMD_SPACED, s, zone, 1, 2, 3));
            }
            if (s.indexOf('年') >= 0) {
                best = earlier(best, numeric(CJK, s, zone, 1, 2, 3));
            }
            if (s.indexOf('년') >= 0) {
                best = earlier(best, numeric(KOREAN, s, zone, 1, 2, 3));
            }
            if (s.indexOf('ཟ') >= 0) {
                best = earlier(best, numeric(TIBETAN, s, zone, 1, 2, 3));
            }
            if (s.contains("كانون") || s.contains("تشرين")) {
                best = earlier(best, levant(s, zone));
            }
            if (s.contains("háng") || s.contains("HÁNG")) {
                best = earlier(best, numeric(VIETNAMESE, s, zone, 3, 2, 1));
            }
            if (s.indexOf('ခ') >= 0) {
                best = earlier(best, named(BURMESE, BURMESE_MONTHS, s, zone, 1, 2, 3));
            }
            if (s.indexOf('ខ') >= 0) {
                best = earlier(best, named(KHMER, KHMER_MONTHS, s, zone, 3, 2, 1));
            }
            if (s.contains("оны")) {
                best = earlier(best, yearMonthDay(MONGOLIAN, MONGOLIAN_MONTHS, s, zone));
            }
            if (s.contains("ren ")) {
                best = earlier(best, yearMonthDay(BASQUE, BASQUE_MONTHS, s, zone));
            }
            if (s.indexOf('ی') >= 0) {
                best = earlier(best, named(SORANI, SORANI_MONTHS, s, zone, 3, 2, 1));
            }
        }
        if ((shape & DIGIT_SEPARATOR) != 0) {
            best = earlier(best, dmy(s, zone, numeric.monthFirst()));
            if (year && s.indexOf('-') >= 0) {
                best = earlier(best, named(D_MONTH_Y_DASHED, s, zone, 1, 2, 3));
            }
        }
        if ((shape & YEAR_DASH) != 0) {
            best = earlier(best, named(Y_MONTH_D_DASHED, s, zone, 3, 2, 1));
        }
        if (s.indexOf('.') >= 0 && hasThai(s)) {
            best = earlier(best, thaiShort(s, zone));
        }
        if (year && (shape & WORD_NUMBER) != 0) {
            int reach = NAMED_REACH + 4 * longestSpaceRun(s);
            if (matchesBeforeAYear(D_MONTH_Y, s, reach)) {
                best = earlier(best, named(D_MONTH_Y, s, zone, 1, 2, 3));
            }
            if (matchesBeforeAYear(MONTH_D_Y, s, reach)) {
                best = earlier(best, named(MONTH_D_Y, s, zone, 2, 1, 3));
            }
            if ((shape & YEAR_SLASH_DOT) != 0 || s.contains(" m.") || yearThenCapital(s)) {
                best = earlier(best, named(Y_MONTH_D, s, zone, 3, 2, 1)); // "2026. november", "2026 November 4"
            }
            if (s.indexOf(':') >= 0 && matchesBeforeAYear(CTIME, s, reach)) {
                best = earlier(best, ctime(s, zone));
            }
        }
        return best;
    }

    /** Whether four digits stand before a space and a capital letter somewhere in {@code s}: "2026 November". */
    private static boolean yearThenCapital(String s) {
        for (int i = s.indexOf(' ', 4); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            if (Character.isUpperCase(s.charAt(i + 1)) && digits(s, i - 4, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the characters of {@code s} from {@code from} to {@code to} (exclusive) are ASCII digits. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * How long a match of {@link #D_MONTH_Y}, {@link #MONTH_D_Y} or {@link #CTIME} can be without its white space,
     * rounded up: 48 characters for "Mon Oct 11 14:57:21 CEST 2021" with a month name of fourteen letters outside the
     * basic plane. Each of the at most four runs of white space a match holds adds at most the text's longest run.
     */
    private static final int NAMED_REACH = 64;
    /** The patterns read only before a year ({@link #matchesBeforeAYear}). */
    static final java.util.List<Pattern> READ_BEFORE_A_YEAR = java.util.List.of(D_MONTH_Y, MONTH_D_Y, CTIME);

    /** Whether {@code p}, one of {@link #READ_BEFORE_A_YEAR}, matches in {@code s}, read as {@link #find} reads it. */
    static boolean matchesBeforeAYear(Pattern p, String s) {
        return matchesBeforeAYear(p, s, NAMED_REACH + 4 * longestSpaceRun(s));
    }

    /**
     * Whether {@code p}, whose every match ends with a year of four digits and is at most {@code reach} characters
     * long, matches in {@code s}. It is asked only of the stretch before each year rather than along the whole text,
     * with the text around the stretch visible to its look-behind and look-ahead, so it finds a match exactly when
     * one is there: a paragraph of 1000 characters that mentions "Anno 1800" three times is read over three stretches
     * of 64. Most texts with a year and a word hold no named date.
     */
    private static boolean matchesBeforeAYear(Pattern p, String s, int reach) {
        Matcher m = null;
        int run = 0;
        int read = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            boolean yearEnds = run >= 4 && (i + 1 == s.length() || s.charAt(i + 1) < '0' || s.charAt(i + 1) > '9');
            if (yearEnds) {
                if (m == null) {
                    m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                int from = Math.max(0, i + 1 - reach);
                read += i + 1 - from;
                if (read > s.length()) {
                    return m.reset().find(); // years so close together that the stretches overlap: read it all once
                }
                m.region(from, i + 1);
                if (m.find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code c} is one of the characters {@code \s} matches (without {@code UNICODE_CHARACTER_CLASS}). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The longest run of the characters {@code \s} matches in {@code s}. */
    private static int longestSpaceRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = isSpace(c) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * Which of the shapes ({@link #YEAR} and those after it) {@code s} has, in one pass. Each is what a pattern cannot match without, so a pattern
     * whose shape is missing is not run: the answer is the same, and most texts rule most patterns out. A surrogate
     * counts as a letter, for a letter outside the basic plane.
     */
    /** A combining mark: the vowel signs and viramas that end many words of the Indic scripts. */
    private static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static int shape(String s) {
        int shape = 0;
        int run = 0; // digits in a row up to here
        boolean digitSpace = false; // a digit and one space just before
        int word = 0; // 1: after a letter, 2: its dot, 3: its comma, 4: spaces after any of those
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run == 4) {
                    shape |= YEAR;
                }
                if (word != 0) {
                    shape |= WORD_NUMBER;
                }
                word = 0;
                digitSpace = false;
                continue;
            }
            if (run == 4 && c == '-') {
                shape |= YEAR_DASH;
            } else if (run == 4 && (c == '/' || c == '.')) {
                shape |= YEAR_SLASH_DOT;
            } else if (run == 8 && c == 'T') {
                shape |= EIGHT_DIGITS_T;
            }
            boolean space = isSpace(c);
            if ((run > 0 || digitSpace) && (c == '.' || c == '/' || c == '-' || c == '·')) {
                shape |= DIGIT_SEPARATOR;
            }
            digitSpace = run > 0 && space;
            run = 0;
            if (Character.isLetter(c) || Character.isSurrogate(c) || word == 1 && isMark(c)) {
                word = 1; // a vowel sign or virama ends a word of an Indic script ("நவம்பர்")
            } else if (c == '.') {
                word = word == 1 ? 2 : 0;
            } else if (c == ',') {
                word = word == 1 || word == 2 ? 3 : 0;
            } else if (space) {
                word = word == 0 ? 0 : 4;
            } else {
                word = 0;
            }
        }
        return shape;
    }

    /**
     * {@code s} with every decimal digit of another script as its ASCII digit: Arabic-Indic "٢٨", Persian "۲۸",
     * Devanagari "२८", full-width "２８" (Japanese pages). One character for one, so positions stay.
     */
    static String asciiDigits(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return out == null ? s : new String(out);
    }

    private static boolean hasDigitPair(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                char b = s.charAt(i - 1);
                if (b >= '0' && b <= '9') {
                    return true;
                }
            } else {
                i++; // the next pair starts after this character
            }
        }
        return false;
    }

    /**
     * A full ISO timestamp with its offset ({@code 2026-11-28T09:00:00+01:00}, {@code 2026-11-28T08:00Z}) at the start
     * of {@code text} or after a few characters of it, else empty.
     */
    static Optional<OffsetDateTime> stampOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text);
        if (m.find() && m.group(4) != null && m.group(7) != null) {
            try {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return d == null ? Optional.empty() : Optional.of(OffsetDateTime.of(d, t, zoneOf(m.group(7))));
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A month and day without a year, opening a line: "Nov 4", "November 4th", "4 Nov", "4. November". */
    private static final Pattern MONTH_DAY = Pattern.compile("^\\W{0,3}(?:" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd"
            + "|th)?|(\\d{1,2})\\.?\\s+" + MONTH_WORD + ")" + E + "(?!\\s*[,.]?\\s*\\d)");

    /**
     * A month and day without a year at the start of {@code text}, as blog platforms show a post of this year ("Nov
     * 4"): the day in the last year in which it is not after {@code fetchedAt} (a day's slack for the zones), at
     * midnight. Null without one, when a number follows (a year, a time: not a bare month and day), or without a
     * fetch time to count the year from.
     */
    static Found monthDay(String text, ZoneId zone, OffsetDateTime fetchedAt) {
        if (text == null || fetchedAt == null || !hasDigit(text)) {
            return null; // most short lines by a headline hold no number at all
        }
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find()) {
            return null;
        }
        int month = MonthNames.month(m.group(1) != null ? m.group(1) : m.group(4));
        int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (month == 0) {
            return null;
        }
        ZoneId z = zone == null ? ZoneOffset.UTC : zone;
        LocalDate latest = fetchedAt.atZoneSameInstant(z).toLocalDate().plusDays(1);
        for (int year = latest.getYear(); year >= latest.getYear() - 1; year--) {
            LocalDate date = date(String.valueOf(year), String.valueOf(month), String.valueOf(day));
            if (date != null && !date.isAfter(latest)) {
                return new Found(m.start(m.group(1) != null ? 1 : 3), m.end(), at(date, LocalTime.MIDNIGHT, z), false);
            }
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        // at the same start the longer reading wins: "Mon Oct 11 14:57:21 CEST 2021" is one date, not "Oct 11"
        return b == null || a.start < b.start || a.start == b.start && a.end >= b.end ? a : b;
    }

    private static Found iso(String s, ZoneId zone) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d == null) {
                continue;
            }
            try {
                if (m.group(4) == null) {
                    return withTime(m.start(), m.end(), d, s, zone);
                }
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return new Found(m.start(), m.end(), m.group(7) == null ? at(d, t, zone)
                        : OffsetDateTime.of(d, t, zoneOf(m.group(7))), true);
            } catch (DateTimeException | NumberFormatException e) {
                return new Found(m.start(), m.end(), d.atStartOfDay(zone).toOffsetDateTime(), false);
            }
        }
        return null;
    }

    private static Found compactIso(String s, ZoneId zone) {
        Matcher m = COMPACT_ISO.matcher(s);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d == null) {
                continue;
            }
            try {
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return new Found(m.start(), m.end(), m.group(7) == null ? at(d, t, zone)
                        : OffsetDateTime.of(d, t, zoneOf(m.group(7))), true);
            } catch (DateTimeException e) {
                return new Found(m.start(), m.end(), d.atStartOfDay(zone).toOffsetDateTime(), false);
            }
        }
        return null;
    }

    private static Found numeric(Pattern p, String s, ZoneId zone, int y, int mo, int d) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            LocalDate date = date(m.group(y), m.group(mo), m.group(d));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    /**
     * The first date {@code p} finds in {@code s}, its year in group 1, its day in group 3 and its month in group 2, in
     * figures or as one of {@code months} (January first; white space in the word folded, any case); or null.
     * {@link #MONGOLIAN} and {@link #BASQUE} are read so.
     */
    private static Found yearMonthDay(Pattern p, List<String> months, String s, ZoneId zone) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            String mo = SPACES.matcher(m.group(2).toLowerCase(Locale.ROOT)).replaceAll(" ");
            int month = Character.isDigit(mo.charAt(0)) ? Integer.parseInt(mo) : months.indexOf(mo) + 1;
            LocalDate date = month < 1 ? null : date(m.group(1), String.valueOf(month), m.group(3));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    /**
     * The first date {@code p} finds in {@code s} whose month (group {@code mo}) is one of {@code months} (January
     * first, each with its spellings), or null.
     */
    private static Found named(Pattern p, List<List<String>> months, String s, ZoneId zone, int y, int mo, int d) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            for (int i = 0; i < months.size(); i++) {
                if (months.get(i).contains(m.group(mo))) {
                    LocalDate date = date(m.group(y), String.valueOf(i + 1), m.group(d));
                    if (date != null) {
                        return withTime(m.start(), m.end(), date, s, zone);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first date in {@code s} written in a Japanese era: Reiwa from 2019, Heisei 1989 to 2019 (its 31st year ended
     * on 30 April 2019), Shōwa 1926 to 1989.
     */
    private static Found japaneseEra(String s, ZoneId zone) {
        Matcher m = JAPANESE_ERA.matcher(s);
        while (m.find()) {
            int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
            int[] era = switch (m.group(1)) {
                case "令和" -> new int[] {2018, 99};
                case "平成" -> new int[] {1988, 31};
                default -> new int[] {1925, 64};
            };
            LocalDate date = n < 1 || n > era[1] ? null
                    : date(String.valueOf(era[0] + n), m.group(3), m.group(4));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    /**
     * A year-first numeric date on a page in Persian, Dari or Pashto, or in Persian digits: "۱۴۰۵/۰۸/۲۵" is in the
     * Solar Hijri calendar (16 November 2026), "۲۰۲۶/۱۱/۱۶" in the Gregorian one. Only Persian, Dari and Urdu write
     * these digits; Urdu pages date in the Gregorian calendar or the lunar Hijri one, whose years now (1448) lie past
     * the Solar Hijri years read so, 1300 to {@value #LAST_NUMERIC_SOLAR_YEAR} (1921 to 2052).
     */
    private static Found solarOrGregorian(String s, ZoneId zone) {
        Matcher m = YMD.matcher(s);
        while (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            int year = Integer.parseInt(m.group(1));
            if (date == null && year >= 1300 && year <= LAST_NUMERIC_SOLAR_YEAR) {
                date = SolarHijri.toGregorian(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    /** Whether {@code s} holds a Persian digit (۰ to ۹, the Extended Arabic-Indic digits). */
    private static boolean hasPersianDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u06f0' && c <= '\u06f9') {
                return true;
            }
        }
        return false;
    }

    /** Day first as most of the world writes it; month first only when asked or the day-first reading is impossible. */
    private static Found dmy(String s, ZoneId zone, boolean monthFirst) {
        Matcher m = DMY.matcher(s);
        while (m.find()) {
            if (m.group(4).length() == 2 && (m.group(1).length() < 2 || m.group(3).length() < 2)) {
                continue; // "1.1.12" is a section number; a two-digit year comes with "28.01.22"
            }
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            boolean slash = "/".equals(m.group(2));
            LocalDate date = slash && monthFirst ? date(year, m.group(1), m.group(3)) : null;
            if (date == null) {
                date = date(year, m.group(3), m.group(1));
            }
            if (date == null && slash) {
                date = date(year, m.group(1), m.group(3));
            }
            if (date != null) {
                Found f = withTime(m.start(), m.end(), date, s, zone);
                LocalDate swapped = date(year, Integer.toString(date.getDayOfMonth()),
                        Integer.toString(date.getMonthValue()));
                return swapped == null || swapped.equals(date) ? f
                        : new Found(f.start(), f.end(), f.value(), f.timed(), swapped);
            }
        }
        return null;
    }

    private static Found named(Pattern p, String s, ZoneId zone, int d, int mo, int y) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int month = MonthNames.month(m.group(mo));
            LocalDate date;
            if (month != 0) {
                date = date(gregorianYear(m.group(y), m.group(mo)), Integer.toString(month), m.group(d));
            } else {
                // a Persian or Afghan page's own calendar: "۲۵ آبان ۱۴۰۵"
                int solar = SolarHijri.month(m.group(mo));
                date = solar == 0 ? null : SolarHijri.toGregorian(Integer.parseInt(m.group(y)), solar,
                        Integer.parseInt(m.group(d)));
            }
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    /**
     * The year of a named date in the Gregorian count: Thai dates count years from the Buddha's death, 543 before
     * the common era ("28 พฤศจิกายน 2569" is 28 November 2026), and name their months in Thai letters.
     */
    private static String gregorianYear(String year, String month) {
        if (year.length() == 4 && year.charAt(0) == '2' && year.charAt(1) >= '4' && !month.isEmpty()
                && Character.UnicodeScript.of(month.charAt(0)) == Character.UnicodeScript.THAI) {
            return Integer.toString(Integer.parseInt(year) - 543);
        }
        return year;
    }

    private static boolean hasThai(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0e00' && c <= '\u0e7f') {
                return true;
            }
        }
        return false;
    }

    private static Found thaiShort(String s, ZoneId zone) {
        Matcher m = THAI_SHORT.matcher(s);
        while (m.find()) {
            int month = THAI_SHORT_MONTHS.indexOf(m.group(2)) + 1;
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2500 + year - 543 : year - 543; // "69" is 2569 of the Buddhist era
            LocalDate date = date(Integer.toString(year), Integer.toString(month), m.group(1));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    private static Found levant(String s, ZoneId zone) {
        Matcher m = LEVANT.matcher(s);
        while (m.find()) {
            boolean first = m.group(3).equals("الأول");
            int month = m.group(2).equals("كانون") ? (first ? 12 : 1) : (first ? 10 : 11);
            LocalDate date = date(m.group(4), Integer.toString(month), m.group(1));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    private static Found ctime(String s, ZoneId zone) {
        Matcher m = CTIME.matcher(s);
        while (m.find()) {
            int month = MonthNames.month(m.group(1));
            LocalDate date = month == 0 ? null : date(m.group(7), Integer.toString(month), m.group(2));
            if (date == null) {
                continue;
            }
            try {
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
                ZoneOffset z = m.group(6) == null ? null : zoneOf(m.group(6));
                return new Found(m.start(), m.end(), z == null ? at(date, t, zone) : OffsetDateTime.of(date, t, z),
                        true);
            } catch (DateTimeException | NumberFormatException e) {
                return new Found(m.start(), m.end(), date.atStartOfDay(zone).toOffsetDateTime(), false);
            }
        }
        return null;
    }

    /** The date at the time of day that follows it in {@code s} (if one does), else at midnight. */
    private static Found withTime(int start, int end, LocalDate date, String s, ZoneId zone) {
        // Korean, Japanese and Chinese write the half of the day before the time: "2026.11.26. 오후 6:42"
        Matcher half = HALF_BEFORE.matcher(s).region(end, Math.min(s.length(), end + 60));
        int at = half.lookingAt() ? half.end() : end;
        Matcher t = TIME.matcher(s.substring(at, Math.min(s.length(), at + 60)));
        OffsetDateTime v = t.find() ? timeOf(date, t, zone) : null;
        if (v != null) {
            if (at != end && t.group(4) == null) {
                boolean afternoon = AFTERNOON.contains(half.group(1));
                v = afternoon && v.getHour() < 12 ? v.plusHours(12) : !afternoon && v.getHour() == 12 ? v.minusHours(12)
                        : v; // "오후 6:42" is 18:42, "오전 12:10" ten past midnight
            }
            return new Found(start, at + t.end(), v, true);
        }
        // the time before the date, as a news site's line reads: "Updated 3:14 PM EST, Wed November 25, 2026"
        int from = Math.max(0, start - TIME_BEFORE_REACH);
        Matcher b = start > 0 && Character.isDigit(s.charAt(Math.max(0, start - 1))) ? null
                : TIME_BEFORE.matcher(s.substring(from, start));
        OffsetDateTime before = b != null && b.find() ? timeOf(date, b, zone) : null;
        return before != null ? new Found(from + b.start(), end, before, true)
                : new Found(start, end, date.atStartOfDay(zone).toOffsetDateTime(), false);
    }

    /** The half of the day written before the time: Korean 오전/오후, Japanese 午前/午後, Chinese 上午/下午. */
    private static final Pattern HALF_BEFORE = Pattern.compile("\\.?\\s*(오전|오후|午前|午後|上午|下午|早上|晚上)\\s*");
    private static final Set<String> AFTERNOON = Set.of("오후", "午後", "下午", "晚上");

    private static OffsetDateTime timeOf(LocalDate date, Matcher t, ZoneId zone) {
        try {
            int hour = Integer.parseInt(t.group(1));
            int minute = Integer.parseInt(t.group(2));
            String ampm = t.group(4);
            if (ampm != null) {
                // Arabic "م" (masāʾan, evening) and "ص" (ṣabāḥan, morning) after the time as p.m. and a.m.
                // Hausa: "na safe" is the morning, "na rana", "na yamma" and "na dare" the afternoon to the night;
                // Samoan: "i le taeao" the morning, "i le aoauli", "i le afiafi" and "i le po" the rest of the day
                String meridiem = ampm.toLowerCase(Locale.ROOT);
                boolean pm = meridiem.startsWith("p") || ampm.startsWith("م")
                        || meridiem.startsWith("na ") && !meridiem.endsWith("safe")
                        || meridiem.startsWith("i le ") && !meridiem.endsWith("taeao");
                if (hour == 12) {
                    hour = pm ? 12 : 0;
                } else if (pm) {
                    hour += 12;
                }
            }
            LocalTime time = LocalTime.of(hour, minute, t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
            ZoneOffset z = null;
            ZoneId clock = t.group(5) == null ? null : CLOCKS.get(t.group(5));
            if (clock != null) {
                return at(date, time, clock); // "11:40 p.m. ET": Eastern time, standard or daylight as the day keeps
            }
            if (t.group(5) != null) {
                ZoneOffset named = zoneOf(t.group(5));
                if (named != null) {
                    z = named;
                    if (t.group(6) != null) {
                        int h = Integer.parseInt(t.group(6));
                        int mins = t.group(7) == null ? 0 : Integer.parseInt(t.group(7));
                        z = ZoneOffset.ofTotalSeconds(named.getTotalSeconds()
                                + Integer.signum(h) * (Math.abs(h) * 3600 + mins * 60));
                    }
                }
            }
            return z == null ? at(date, time, zone) : OffsetDateTime.of(date, time, z);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A wall-clock time in {@code zone}, at the offset the zone keeps that day: 14:30 on 28 November in Europe/Berlin
     * is 14:30+01:00, on 3 July 14:30+02:00. A time skipped when clocks go forward is read an hour later; one that
     * happens twice when they go back is the earlier.
     */
    static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toOffsetDateTime();
    }

    private static ZoneOffset zoneOf(String z) {
        String k = z.toLowerCase(Locale.ROOT);
        ZoneOffset named = ZONES.get(k);
        if (named != null) {
            return named;
        }
        if (k.startsWith("+") || k.startsWith("-")) {
            String digits = k.substring(1).replace(":", "");
            int h = Integer.parseInt(digits.substring(0, 2));
            int m = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            return k.startsWith("-") ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
        }
        return null;
    }

    /** A Minguo year of three figures, a slash and month and day: "115/11/12 16:08" (year 1 is 1912). */
    private static final Pattern MINGUO = Pattern.compile("(?<![\\d/.])(1[0-4]\\d)/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final int MINGUO_OFFSET = 1911;

    /** The first {@link #MINGUO} date in {@code s}, its year counted from 1912; or null. */
    private static Found minguo(String s, ZoneId zone) {
        Matcher m = MINGUO.matcher(s);
        while (m.find()) {
            LocalDate date = date(String.valueOf(Integer.parseInt(m.group(1)) + MINGUO_OFFSET), m.group(2), m.group(3));
            if (date != null) {
                return withTime(m.start(), m.end(), date, s, zone);
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
