package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolarHijriTest {
    /** Every day of the years 1300 to 1500 (1921 to 2122), against ICU's Persian calendar. */
    @Test
    void agreesWithIcuOnEveryDayOfTwoCenturies() {
        PersianCalendar icu = new PersianCalendar(TimeZone.GMT_ZONE);
        icu.clear();
        icu.set(1300, 0, 1);
        LocalDate expected = LocalDate.ofEpochDay(Math.floorDiv(icu.getTimeInMillis(), 86_400_000L));
        int days = 0;
        for (int year = 1300; year <= 1500; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 31; day++) {
                    LocalDate ours = SolarHijri.toGregorian(year, month, day);
                    icu.clear();
                    icu.set(year, month - 1, 1);
                    if (day > icu.getActualMaximum(PersianCalendar.DAY_OF_MONTH)) {
                        assertNull(ours, year + "-" + month + "-" + day + " has no such day");
                        continue;
                    }
                    assertEquals(expected, ours, year + "-" + month + "-" + day);
                    expected = expected.plusDays(1);
                    days++;
                }
            }
        }
        assertEquals(LocalDate.of(2122, 3, 21), expected); // 1 Farvardin 1501 follows the last day checked
        assertEquals(73_414, days);
    }

    @ParameterizedTest
    @CsvSource({
        "1403, 1, 1, 2024-03-20", // Nowruz after a leap Esfand
        "1403, 12, 30, 2025-03-20",
        "1404, 1, 1, 2025-03-21",
        "1405, 8, 25, 2026-11-16",
        "1405, 9, 7, 2026-11-28",
        "1405, 12, 29, 2027-03-20",
    })
    void convertsKnownDays(int year, int month, int day, String gregorian) {
        assertEquals(LocalDate.parse(gregorian), SolarHijri.toGregorian(year, month, day));
    }

    @ParameterizedTest
    @CsvSource({"1404, 12, 30", "1405, 7, 31", "1405, 13, 1", "1405, 0, 5", "1405, 3, 0", "905, 1, 1", "2026, 1, 1"})
    void hasNoDayThatIsNot(int year, int month, int day) {
        assertNull(SolarHijri.toGregorian(year, month, day));
    }

    @ParameterizedTest
    @CsvSource({"فروردین, 1", "مرداد, 5", "امرداد, 5", "آبان, 8", "آذر, 9", "دی, 10", "دي, 10", "اسفند, 12",
        "حمل, 1", "عقرب, 8", "قوس, 9", "حوت, 12", "نوامبر, 0", "ماه, 0"})
    void namesMonthsAsIranAndAfghanistanDo(String name, int month) {
        assertEquals(month, SolarHijri.month(name));
    }
}
