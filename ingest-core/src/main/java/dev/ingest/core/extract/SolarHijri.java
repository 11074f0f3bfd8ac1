package dev.ingest.core.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The Solar Hijri calendar Iran and Afghanistan date their pages in: "۲۵ آبان ۱۴۰۵" is 16 November 2026. Its year
 * starts at the March equinox; the first six months have 31 days, the next five 30, the last 29, or 30 in a leap
 * year. Leap years follow the arithmetic 33-year cycle (a year is leap when {@code (25 × year + 11) mod 33 < 8}), which
 * agrees with the astronomical calendar Iran keeps for the years pages are dated in; {@code SolarHijriTest} checks
 * every day from 1300 to 1500 against ICU's Persian calendar.
 *
 * <p>Months are named as in Iran (فروردین … اسفند) or, in Afghanistan, by the signs of the zodiac (حمل … حوت).
 */
final class SolarHijri {
    /** The Julian day number of 1 Farvardin of the year 1. */
    private static final long EPOCH = 1_948_320;
    /** The Julian day number of 1 January 1970, where {@link LocalDate#ofEpochDay} counts from. */
    private static final long UNIX_EPOCH = 2_440_588;
    private static final List<String> IRANIAN = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    private static final List<String> AFGHAN = List.of("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان",
            "عقرب", "قوس", "جدی", "دلو", "حوت");
    /** The months' Pashto names, Afghanistan's other language (ګ written as گ). */
    private static final List<String> PASHTO = List.of("وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله",
            "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب");
    /** Years a page may be dated in: 1200 is 1821, 1599 is 2221. */
    private static final int FIRST_YEAR = 1200;
    private static final int LAST_YEAR = 1599;

    private SolarHijri() {
    }

    /**
     * The month (1 to 12) {@code word} names, in either country's names (and Afghanistan's Pashto ones) and either
     * form of the letters kaf and yeh (Arabic or Persian keyboards write them differently), with or without Mordad's
     * older spelling امرداد; 0 if none.
     */
    static int month(String word) {
        String w = word.replace('ي', 'ی').replace('ك', 'ک');
        if (w.equals("امرداد")) {
            return 5;
        }
        int i = IRANIAN.indexOf(w);
        if (i < 0) {
            i = AFGHAN.indexOf(w);
        }
        if (i < 0) {
            i = PASHTO.indexOf(w.replace('ګ', 'گ'));
        }
        return i + 1;
    }

    /** The Gregorian date of day {@code day} of month {@code month} of year {@code year}; null if there is none. */
    static LocalDate toGregorian(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1
                || day > monthLength(year, month)) {
            return null;
        }
        long daysBeforeYear = 365L * (year - 1) + Math.floorDiv(8L * year + 21, 33);
        long daysBeforeMonth = month <= 7 ? 31L * (month - 1) : 30L * (month - 1) + 6;
        long julianDay = EPOCH - 1 + daysBeforeYear + daysBeforeMonth + day;
        return LocalDate.ofEpochDay(julianDay - UNIX_EPOCH);
    }

    static boolean isLeap(int year) {
        return Math.floorMod(25L * year + 11, 33) < 8;
    }

    private static int monthLength(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        return month <= 11 || isLeap(year) ? 30 : 29;
    }
}
