package dev.ingest.core.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves relative dates against the time the page was fetched.
 *
 * <p>With {@code fetchedAt = 2026-11-28T12:00Z}: {@code "Published about 23 hours ago"} is
 * {@code 2026-11-27T13:00Z}, {@code "vor 3 Tagen"} is {@code 2026-11-25T12:00Z}, {@code "yesterday"} is
 * {@code 2026-11-27T12:00Z}, {@code "3時間前"} is {@code 2026-11-28T09:00Z}.
 *
 * <p>Each phrase is a pattern whose first group is the amount (a number, a number word, or absent for one: "час
 * назад", "godzinę temu") and whose second group names the unit, looked up in {@link #UNITS}.
 */
final class RelativeDates {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** An amount, whole: "3" of "3 hours", never the "8" of "28" or the "en" of "golden". */
    private static final String NUMBER = "(?<![\\p{L}\\d])(\\d{1,3}|an?|one|two|three|ein|eine|einem|einer|zwei|drei"
            + "|un|une|deux|trois|una|uno|dos|tres|due|tre|um|uma|dois|duas|três|een|twee|drie|en|ett|två)";
    private static final String DIGITS = "(?<![\\p{L}\\d])(\\d{1,3})";
    /** The same amount, or none before a unit that counts one ("минуту назад", "godzinę temu"). */
    private static final String MAYBE_DIGITS = "(?:(?<![\\p{L}\\d])(\\d{1,3})\\s+)?";
    /**
     * A word each phrase of {@link #PHRASES} needs, in the same order, in lower case: a text without it is not
     * matched against the phrase.
     */
    private static final List<String> NEEDS = List.of("ago", "vor", "il y a", "hace", "fa", "há", "atrás", "geleden",
            "sedan", "siden", "temu", "назад", "тому", "önce", "lalu", "前", "전", "fyrir", "ilu");
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("(?:about|around|almost|over|nearly|~)?\\s*" + NUMBER
                    + "\\s+(sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?|years?)\\s+ago", FLAGS),
            Pattern.compile("vor\\s+(?:etwa\\s+|rund\\s+|über\\s+)?" + NUMBER
                    + "\\s+(sekunden?|minuten?|std\\.?|stunden?|tagen?|wochen?|monaten?|jahren?)", FLAGS),
            Pattern.compile("il y a\\s+(?:environ\\s+)?" + NUMBER
                    + "\\s+(secondes?|minutes?|heures?|h|jours?|semaines?|mois|ans?|années?)", FLAGS),
            Pattern.compile("hace\\s+(?:unos?\\s+|unas\\s+)?" + NUMBER
                    + "\\s+(segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|años?|anos?)", FLAGS),
            // it "3 ore fa", pt "há 3 horas" and "3 horas atrás", nl "3 uur geleden", sv "för 3 timmar sedan"
            Pattern.compile(NUMBER + "\\s+(secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana"
                    + "|mesi|mese|anni|anno)\\s+fa(?!\\p{L})", FLAGS),
            Pattern.compile("há\\s+(?:cerca de\\s+)?" + NUMBER
                    + "\\s+(segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)", FLAGS),
            Pattern.compile(NUMBER + "\\s+(segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)\\s+atrás", FLAGS),
            Pattern.compile(NUMBER + "\\s+(seconden?|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)"
                    + "\\s+geleden", FLAGS),
            Pattern.compile("för\\s+" + NUMBER + "\\s+(sekunder|sekund|minuter|minut|timmar|timme|dagar|dag|veckor"
                    + "|vecka|månader|månad|år)\\s+sedan", FLAGS),
            // da, nb "for 3 timer siden"
            Pattern.compile("for\\s+" + NUMBER + "\\s+(sekunder|sekund|minutter|minutt|minut|timer|time|dage|dager|dag"
                    + "|døgn|uger|uker|uge|uke|måneder|måned|år)\\s+siden", FLAGS),
            // pl "3 godziny temu", ru "3 часа назад", uk "3 години тому"
            Pattern.compile(MAYBE_DIGITS + "(sekund[ęy]?|minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni[ea]?|tydzień"
                    + "|miesięcy|miesiące|miesiąc|lat[a]?|rok)\\s+temu", FLAGS),
            Pattern.compile(MAYBE_DIGITS + "(секунд[уы]?|минут[уы]?|час(?:а|ов)?|день|дня|дней|недел[юиья]|недель"
                    + "|месяц(?:а|ев)?|год(?:а)?|лет)\\s+назад", FLAGS),
            Pattern.compile(MAYBE_DIGITS + "(секунд[уи]?|хвилин[уи]?|годин[уи]?|день|дні|днів|тиждень|тижні|тижнів"
                    + "|місяц[ьів]*|рік|роки|років)\\s+тому", FLAGS),
            // tr "3 saat önce", id "3 jam yang lalu"
            Pattern.compile(DIGITS + "\\s+(saniye|dakika|saat|gün|hafta|ay|yıl)\\s+önce", FLAGS),
            Pattern.compile(DIGITS + "\\s+(detik|menit|jam|hari|minggu|bulan|tahun)\\s+(?:yang\\s+)?lalu", FLAGS),
            // ja "3時間前", zh "3小时前", ko "3시간 전"
            // not the day of a date before its "前" ("12月28日前に": before 28 December)
            Pattern.compile("(?<!月\\s?)" + DIGITS + "\\s*(秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|カ月"
                    + "|个月|個月|年)前"),
            Pattern.compile("(?<!월\\s?)" + DIGITS + "\\s*(초|분|시간|일|주|개월|달|년)\\s*전(?!\\p{L})"),
            // is "fyrir 5 dögum", "fyrir 3 klukkustundum"
            Pattern.compile("fyrir\\s+" + DIGITS + "\\s+(sekúndum|mínútum|mínútu|klukkustundum|klukkustund|klst\\.?"
                    + "|dögum|degi|vikum|viku|mánuðum|mánuði|árum|ári)(?!\\p{L})", FLAGS),
            // mt "2 ġranet ilu", "3 sigħat ilu"
            Pattern.compile(DIGITS + "\\s+(sekondi|sekonda|minuti|minuta|sigħat|siegħa|ġranet|jum|ġimgħat|ġimgħa"
                    + "|xhur|xahar|snin|sena)\\s+ilu(?!\\p{L})", FLAGS));
    private static final Pattern DAY_WORD = Pattern.compile("(?<!\\p{L})(yesterday|today|just now|gestern|heute"
            + "|vorgestern|hier|aujourd'hui|avant-hier|ayer|hoy|anteayer|ieri|oggi|gisteren|vandaag|ontem|hoje"
            + "|wczoraj|dzisiaj|dziś|вчера|сегодня|позавчера|вчора|сьогодні|igår|idag|i går|i dag|i forgårs"
            + "|i förrgår|dün|bugün|kemarin|í gær|í dag)(?!\\p{L})",
            FLAGS);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einem", 1), Map.entry("einer", 1),
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("una", 1), Map.entry("uno", 1),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("due", 2), Map.entry("tre", 3), Map.entry("um", 1),
            Map.entry("uma", 1), Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("três", 3),
            Map.entry("een", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("en", 1), Map.entry("ett", 1),
            Map.entry("två", 2));
    /** Every unit word the phrases name, in lower case, and the unit it counts. */
    private static final Map<String, ChronoUnit> UNITS = units();

    private RelativeDates() {
    }

    /** The moment a relative phrase in {@code text} points at, counted back from {@code fetchedAt}. */
    static Optional<OffsetDateTime> resolve(String text, OffsetDateTime fetchedAt) {
        return resolve(text, fetchedAt, null);
    }

    /** Units a phrase counts in that leave the day open: "2 days ago" was 48 to 72 hours ago. */
    private static final Set<ChronoUnit> DAY_OR_MORE = EnumSet.of(ChronoUnit.DAYS,
            ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    /**
     * As {@link #resolve(String, OffsetDateTime)}; and when the phrase counts whole days or more ("2 days ago", "vor 3
     * Wochen") and {@code known} is a day the phrase allows (from {@code n + 1} units back to the day counted), that
     * day at the same time: the address of a story fetched at noon on 28 November that says "2 days ago" and
     * "/2026/11/25/" was published on the 25th, not the 26th.
     */
    static Optional<OffsetDateTime> resolve(String text, OffsetDateTime fetchedAt, LocalDate known) {
        Optional<Count> count = count(text, fetchedAt);
        if (count.isEmpty()) {
            return Optional.empty();
        }
        Count c = count.get();
        if (known == null || c.unit() == null || !DAY_OR_MORE.contains(c.unit())) {
            return Optional.of(c.value());
        }
        LocalDate earliest = fetchedAt.minus(c.amount() + 1L, c.unit()).toLocalDate();
        boolean allowed = known.isBefore(c.value().toLocalDate()) && !known.isBefore(earliest);
        return Optional.of(allowed ? c.value().with(known) : c.value());
    }

    /**
     * An age in hours, days or weeks written the short way a feed or a portal's card shows it, and nothing else:
     * {@code "3h"}, {@code "5 d"}, {@code "2w"}, {@code "4 hrs"}. Minutes, months and years are left out: "5m" and
     * "5 min" are as often a reading time or a clip's length.
     */
    private static final Pattern COMPACT = Pattern.compile("\\s*(\\d{1,2})\\s?(h|hr|hrs|d|w|wk|wks)\\.?\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * The moment a text that is only a short age ({@link #COMPACT}: "3h") points at, counted back from
     * {@code fetchedAt}; empty for any other text. Read only where the page marks a time: the text alone says too
     * little ("3h" is also a running time).
     */
    static Optional<OffsetDateTime> compact(String text, OffsetDateTime fetchedAt) {
        if (text == null || fetchedAt == null || text.length() > 12) {
            return Optional.empty();
        }
        Matcher m = COMPACT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        ChronoUnit unit = switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'h' -> ChronoUnit.HOURS;
            case 'd' -> ChronoUnit.DAYS;
            default -> ChronoUnit.WEEKS;
        };
        return Optional.of(fetchedAt.minus(Integer.parseInt(m.group(1)), unit));
    }

    /**
     * What a phrase counts: the moment, and the unit and amount counted back ({@code unit} null for a named day,
     * "yesterday", which is exact).
     */
    private record Count(OffsetDateTime value, ChronoUnit unit, int amount) {
    }

    private static Optional<Count> count(String text, OffsetDateTime fetchedAt) {
        if (text == null || fetchedAt == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > 500 ? text.substring(0, 500) : text;
        String lower = s.toLowerCase(Locale.ROOT);
        for (int k = 0; k < PHRASES.size(); k++) {
            if (!lower.contains(NEEDS.get(k))) {
                continue;
            }
            Matcher m = PHRASES.get(k).matcher(s);
            while (m.find()) {
                ChronoUnit unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (unit != null) {
                    int amount = amount(m.group(1));
                    return Optional.of(new Count(fetchedAt.minus(amount, unit), unit, amount));
                }
            }
        }
        Matcher d = DAY_WORD.matcher(s);
        if (d.find()) {
            String w = d.group(1).toLowerCase(Locale.ROOT);
            int days = switch (w) {
                case "yesterday", "gestern", "hier", "ayer", "ieri", "gisteren", "ontem", "wczoraj", "вчера",
                        "вчора", "igår", "i går", "dün", "kemarin", "í gær" -> 1;
                case "vorgestern", "avant-hier", "anteayer", "позавчера", "i forgårs", "i förrgår" -> 2;
                default -> 0;
            };
            return Optional.of(new Count(fetchedAt.minusDays(days), null, days));
        }
        return Optional.empty();
    }

    private static int amount(String word) {
        if (word == null) {
            return 1;
        }
        Integer w = WORDS.get(word.toLowerCase(Locale.ROOT));
        if (w != null) {
            return w;
        }
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Map<String, ChronoUnit> units() {
        Map<String, ChronoUnit> m = new HashMap<>();
        put(m, ChronoUnit.SECONDS, "sec", "secs", "second", "seconds", "sekunde", "sekunden", "seconde", "secondes",
                "segundo", "segundos", "secondi", "secondo", "seconden", "sekunder", "sekund", "sekundę", "sekundy",
                "секунд", "секунду", "секунды", "секунди", "saniye", "detik", "秒", "초", "sekúndum", "sekondi",
                "sekonda");
        put(m, ChronoUnit.MINUTES, "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
                "minuut", "minuter", "minut", "minutter", "minutt", "minutę", "minuty", "минут", "минуту", "минуты", "хвилин", "хвилину",
                "хвилини", "dakika", "menit", "分", "分钟", "分鐘", "분", "mínútum", "mínútu", "minuta");
        put(m, ChronoUnit.HOURS, "hour", "hours", "hr", "hrs", "h", "std", "std.", "stunde", "stunden", "heure",
                "heures", "hora", "horas", "ore", "ora", "uur", "timmar", "timme", "timer", "time", "godzin", "godzinę", "godziny",
                "час", "часа", "часов", "годин", "годину", "години", "saat", "jam", "時間", "小时", "小時", "시간",
                "klukkustundum", "klukkustund", "klst", "klst.", "sigħat", "siegħa");
        put(m, ChronoUnit.DAYS, "day", "days", "tag", "tagen", "jour", "jours", "día", "días", "dia", "dias",
                "giorni", "giorno", "dagen", "dag", "dagar", "dage", "dager", "døgn", "dni", "dzień", "день", "дня", "дней", "дні", "днів",
                "gün", "hari", "日", "天", "일", "dögum", "degi", "ġranet", "jum");
        put(m, ChronoUnit.WEEKS, "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas",
                "settimane", "settimana", "weken", "veckor", "vecka", "uger", "uker", "uge", "uke", "tygodni", "tygodnie", "tygodnia", "tydzień",
                "неделю", "недели", "неделя", "недель", "неделі", "тиждень", "тижні", "тижнів", "hafta", "minggu",
                "週間", "周", "週", "주", "vikum", "viku", "ġimgħat", "ġimgħa");
        put(m, ChronoUnit.MONTHS, "month", "months", "monat", "monaten", "mois", "mes", "meses", "mês", "mesi",
                "mese", "maanden", "maand", "månader", "månad", "måneder", "måned", "miesięcy", "miesiące", "miesiąc", "месяц", "месяца",
                "месяцев", "місяць", "місяці", "місяців", "ay", "bulan", "か月", "ヶ月", "カ月", "个月", "個月", "개월",
                "달", "mánuðum", "mánuði", "xhur", "xahar");
        put(m, ChronoUnit.YEARS, "year", "years", "jahr", "jahren", "an", "ans", "année", "années", "año", "años",
                "ano", "anos", "anni", "anno", "jaar", "år", "lat", "lata", "rok", "год", "года", "лет", "рік",
                "роки", "років", "yıl", "tahun", "年", "년", "árum", "ári", "snin", "sena");
        return Map.copyOf(m);
    }

    private static void put(Map<String, ChronoUnit> m, ChronoUnit unit, String... words) {
        for (String w : words) {
            m.put(w, unit);
        }
    }
}
