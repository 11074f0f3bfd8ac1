package dev.ingest.core.extract;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves relative dates against the time the page was fetched.
 *
 * <p>With {@code fetchedAt = 2026-11-28T12:00Z}: {@code "Published about 23 hours ago"} is
 * {@code 2026-11-27T13:00Z}, {@code "vor 3 Tagen"} is {@code 2026-11-25T12:00Z}, {@code "yesterday"} is
 * {@code 2026-11-27T12:00Z}.
 */
final class RelativeDates {
    private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|ein|eine|einem|einer|zwei|drei|un|une|deux|trois"
            + "|una|uno|dos|tres)";
    private static final Pattern AGO = Pattern.compile("(?:about|around|almost|over|nearly|~)?\\s*" + NUMBER
            + "\\s+(sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?|years?)\\s+ago",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VOR = Pattern.compile("vor\\s+(?:etwa\\s+|rund\\s+|über\\s+)?" + NUMBER
            + "\\s+(sekunden?|minuten?|std\\.?|stunden?|tagen?|wochen?|monaten?|jahren?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IL_Y_A = Pattern.compile("il y a\\s+(?:environ\\s+)?" + NUMBER
            + "\\s+(secondes?|minutes?|heures?|h|jours?|semaines?|mois|ans?|années?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HACE = Pattern.compile("hace\\s+(?:unos?\\s+|unas\\s+)?" + NUMBER
            + "\\s+(segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|años?|anos?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_WORD = Pattern.compile("(?<!\\p{L})(yesterday|today|just now|gestern|heute"
            + "|vorgestern|hier|aujourd'hui|avant-hier|ayer|hoy|anteayer|ieri|oggi|gisteren|vandaag)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einem", 1), Map.entry("einer", 1),
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("una", 1), Map.entry("uno", 1),
            Map.entry("dos", 2), Map.entry("tres", 3));

    private RelativeDates() {
    }

    /** The moment a relative phrase in {@code text} points at, counted back from {@code fetchedAt}. */
    static Optional<OffsetDateTime> resolve(String text, OffsetDateTime fetchedAt) {
        if (text == null || fetchedAt == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > 500 ? text.substring(0, 500) : text;
        for (Pattern p : new Pattern[] {AGO, VOR, IL_Y_A, HACE}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                int n = amount(m.group(1));
                return Optional.of(back(fetchedAt, n, m.group(2).toLowerCase(Locale.ROOT)));
            }
        }
        Matcher d = DAY_WORD.matcher(s);
        if (d.find()) {
            String w = d.group(1).toLowerCase(Locale.ROOT);
            int days = switch (w) {
                case "yesterday", "gestern", "hier", "ayer", "ieri", "gisteren" -> 1;
                case "vorgestern", "avant-hier", "anteayer" -> 2;
                default -> 0;
            };
            return Optional.of(fetchedAt.minusDays(days));
        }
        return Optional.empty();
    }

    private static int amount(String word) {
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

    private static OffsetDateTime back(OffsetDateTime from, int n, String unit) {
        if (unit.startsWith("jahr") || unit.startsWith("y") || unit.startsWith("an") || unit.startsWith("añ")) {
            return from.minusYears(n);
        }
        if (unit.startsWith("sem") || unit.startsWith("w")) {
            return from.minusWeeks(n);
        }
        if (unit.startsWith("std") || unit.startsWith("stund") || unit.startsWith("h")) {
            return from.minusHours(n);
        }
        if (unit.startsWith("s")) {
            return from.minusSeconds(n);
        }
        if (unit.startsWith("min")) {
            return from.minusMinutes(n);
        }
        if (unit.startsWith("d") || unit.startsWith("tag") || unit.startsWith("j")) {
            return from.minusDays(n);
        }
        if (unit.startsWith("mo") || unit.startsWith("mes")) {
            return from.minusMonths(n);
        }
        return from.minusYears(n);
    }
}
