package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageZoneTest {

    @ParameterizedTest(name = "lang={0} declared={1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // the place of the language, with its summer time
        "de      | -                         | Europe/Berlin",
        "de-AT   | -                         | Europe/Vienna",
        "de-CH   | -                         | Europe/Zurich",
        "pl      | -                         | Europe/Warsaw",
        "en-GB   | -                         | Europe/London",
        "en_GB   | -                         | Europe/London",
        // a declared timestamp at the place's offset confirms the place, in winter and in summer
        "de      | 2026-11-28T09:00:00+01:00 | Europe/Berlin",
        "de      | 2026-07-03T09:00:00+02:00 | Europe/Berlin",
        "en-GB   | 2026-11-28T09:00:00Z      | Europe/London",
        // one at another offset wins, fixed: the page is not where its language is mostly written
        "de      | 2026-11-28T09:00:00-05:00 | -05:00",
        "en-US   | 2026-11-28T09:00:00+05:30 | +05:30",
        // a stamp in UTC where the place's clock was not is the server's clock
        "de      | 2026-11-28T08:00:00Z      | Europe/Berlin",
        "de      | 2026-11-28T08:00:00+00:00 | Europe/Berlin",
        "en      | 2026-11-28T08:00:00Z      | Z",
        // languages written across many zones give none of their own
        "en      | -                         | -",
        "fr      | -                         | -",
        "es      | 2026-11-28T09:00:00+01:00 | +01:00",
        "-       | -                         | -",
        "''      | 2026-11-28T09:00:00+01:00 | +01:00",
        // a country of several zones: told apart by the declared offset, when those keeping it change clocks alike
        "en-US   | -                         | -",
        "en-US   | 2026-11-28T09:00:00-05:00 | America/New_York",
        "en-US   | 2026-11-28T09:00:00-06:00 | America/Chicago",
        "en-US   | 2026-07-03T09:00:00-06:00 | America/Denver",
        "en-US   | 2026-11-28T09:00:00-07:00 | -07:00",
        "en-US   | 2026-07-03T09:00:00-07:00 | -07:00",
        "en-AU   | 2026-11-28T09:00:00+11:00 | Australia/Sydney",
        "en-AU   | 2026-07-03T09:00:00+10:00 | +10:00",
        "es-ES   | -                         | -",
        "es-ES   | 2026-11-28T09:00:00+01:00 | Europe/Madrid",
        "es-ES   | 2026-07-03T09:00:00+01:00 | Atlantic/Canary",
        "ca      | 2026-07-03T09:00:00+02:00 | Europe/Madrid",
        // languages written at one offset all year
        "zh      | -                         | +08:00",
        "zh-Hant-TW | -                      | +08:00",
        "zh      | 2026-11-28T01:00:00Z      | +08:00",
        "ja      | -                         | +09:00",
        "ko      | -                         | +09:00",
        "tr      | -                         | +03:00",
        "ja      | 2026-11-28T09:00:00-08:00 | -08:00",
        // a region the table does not know falls back to the language's place
        "de-NA   | -                         | Europe/Berlin",
        // a list of languages (Content-Language) is read by its first
        "'de-AT, en' | -                     | Europe/Vienna",
        "'de en' | -                         | Europe/Berlin",
        "pt-BR   | -                         | -",
        // countries beyond Europe and North America, and the languages nearly all written in one of them
        "en-IN   | -                         | Asia/Kolkata",
        "en-IN   | 2026-11-26T19:20:00Z      | Asia/Kolkata",
        "hi      | -                         | Asia/Kolkata",
        "fa      | -                         | Asia/Tehran",
        "es-MX   | 2026-11-27T21:40:00-06:00 | America/Mexico_City",
        "id      | 2026-11-27T10:00:00+08:00 | Asia/Makassar",
        "id      | -                         | -",
        // Samoan is written in Samoa: a stamp in UTC is its server's clock, 22:47Z the next morning there
        "sm      | 2026-11-27T22:47:22Z      | Pacific/Apia",
        "to      | -                         | Pacific/Tongatapu",
    })
    void findsTheClockThePageWritesBy(String lang, String declared, String expected) {
        ZoneId zone = PageZone.of(declared == null ? null : OffsetDateTime.parse(declared), lang);
        assertEquals(expected, zone == null ? null : zone.getId());
    }
}
