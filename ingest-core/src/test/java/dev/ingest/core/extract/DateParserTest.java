package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2026-11-28T09:00:00+01:00; 2026-11-28T09:00+01:00",
        "2026-11-28; 2026-11-28T00:00Z",
        "28. November 2026; 2026-11-28T00:00Z",
        "nov. 28, 2026; 2026-11-28T00:00Z",
        "28/11/2026; 2026-11-28T00:00Z",
        "Nov 28, 2026 9:05 AM EST; 2026-11-28T09:05-05:00",
        "le 28 novembre 2026 à 14h30; 2026-11-28T14:30Z",
        "28 de noviembre de 2026; 2026-11-28T00:00Z",
        "Veröffentlicht am 28.11.2026, 09:15 Uhr; 2026-11-28T09:15Z",
        "2026年11月28日; 2026-11-28T00:00Z",
        "2026년 11월 28일; 2026-11-28T00:00Z",
        "၂၀၂၆ ခုနှစ် နိုဝင်ဘာလ ၂၈ ရက်; 2026-11-28T00:00Z",
        "2026 ခုနှစ်၊ သြဂုတ်လ 3 ရက်; 2026-08-03T00:00Z",
        "ថ្ងៃសុក្រ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦, ម៉ោង ១៦:១៥; 2026-11-20T16:15Z",
        // Tibetan: the western year, month and day, each after its word, in Tibetan digits or ASCII
        "ཕྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༡༩; 2026-11-19T00:00Z",
        "ཕྱི་ལོ་2026 ཟླ་3 ཚེས་7; 2026-03-07T00:00Z",
        // Kurmanji months in Latin letters
        "14 Mijdar 2026 - 01:20; 2026-11-14T01:20Z",
        // Kazakh months in Cyrillic, the weekday before: "Сейсенбі" (Tuesday)
        "Сейсенбі, 10 Қараша 2026 09:30; 2026-11-10T09:30Z",
        "3 Желтоқсан 2026; 2026-12-03T00:00Z",
        // Setswana, Sesotho and Shona months, the weekday before: "Labone" (Thursday)
        "Labone, 05 Ngwanatsele 2026; 2026-11-05T00:00Z",
        "12 Pudungwana 2026; 2026-11-12T00:00Z",
        "3 Mbudzi 2026; 2026-11-03T00:00Z",
        "14 Sedimonthole 2026; 2026-12-14T00:00Z",
        // Dhivehi months in Thaana
        "28 ނޮވެމްބަރު 2026; 2026-11-28T00:00Z",
        "3 ސެޕްޓެމްބަރު 2026; 2026-09-03T00:00Z",
        "3 Cotmeh 2026; 2026-10-03T00:00Z",
        // Mongolian: the month in figures or as an ordinal word ("арван нэгдүгээр", the eleventh)
        "2026 оны арван нэгдүгээр сарын 20, 10:35; 2026-11-20T10:35Z",
        "2026 оны 11-р сарын 20; 2026-11-20T00:00Z",
        "2026 оны хоёрдугаар сарын 3; 2026-02-03T00:00Z",
        // the Solar Hijri months' Pashto names
        "۵ لیندۍ ۱۴۰۵; 2026-11-26T00:00Z",
        // Basque, year first, the month in the genitive
        "2026ko azaroaren 21a, 00:40; 2026-11-21T00:40Z",
        "Iruñea, 2026ko urriaren 5ean; 2026-10-05T00:00Z",
        "پێنجشەممە ٢٦ی تشرینی دووەمی ٢٠٢٦; 2026-11-26T00:00Z",
        "٣ی کانوونی یەکەم ٢٠٢٦; 2026-12-03T00:00Z",
        "It-Tlieta, 24 ta' Novembru 2026; 2026-11-24T00:00Z",
        "Ọjọ́ Ẹtì, 20 Oṣù Bélú, 2026; 2026-11-20T00:00Z",
        "Ku wa Kane, 26 Ugushyingo 2026; 2026-11-26T00:00Z",
        "Шанбе, 28 ноябри 2026; 2026-11-28T00:00Z",
        "Talata, 17 ga Nuwamba, 2026 - 10:42 na safe; 2026-11-17T10:42Z",
        "17 ga Nuwamba, 2026 - 3:10 na yamma; 2026-11-17T15:10Z",
        "Jumanne, 24 Novemba 2026; 2026-11-24T00:00Z",
        // the Indian languages' month names, in their own digits or in ASCII ones
        "ପ୍ରକାଶିତ: ୧୯ ନଭେମ୍ବର ୨୦୨୬, ୧୨:୪୦ AM; 2026-11-19T00:40Z",
        "নৱেম্বৰ ২৫, ২০২৬; 2026-11-25T00:00Z",
        "২৬ নভেম্বর ২০২৬; 2026-11-26T00:00Z",
        "প্রকাশ: ২৬ নভেম্বর ২০২৬, ১৪: ৩০; 2026-11-26T14:30Z",
        "25 નવેમ્બર, 2026; 2026-11-25T00:00Z",
        "सोमवार, २३ नोव्हेंबर २०२६; 2026-11-23T00:00Z",
        "నవంబర్ 24, 2026; 2026-11-24T00:00Z",
        "24 ನವೆಂಬರ್ 2026; 2026-11-24T00:00Z",
        "24 நவம்பர் 2026; 2026-11-24T00:00Z",
        "24 നവംബർ 2026; 2026-11-24T00:00Z",
        "24 ਅਕਤੂਬਰ 2026; 2026-10-24T00:00Z",
        // Azerbaijani and Uzbek months in Latin letters
        "26 noyabr 2026, 00:47 (GMT+4); 2026-11-26T00:47+04:00",
        "3 avgust 2026; 2026-08-03T00:00Z",
        // Tunisian Arabic's months from the French
        "الأربعاء 1 جويلية 2026 - 00:20; 2026-07-01T00:20Z",
        "15 أوت 2026; 2026-08-15T00:00Z",
        // Samoan, Tongan (its ʻokina a letter), Haitian Creole, Fijian and Māori month names
        "Lomiga: Aso Faraile, 27 Novema 2026 | 7:45 i le taeao; 2026-11-27T07:45Z",
        "27 Novema 2026, 4:10 i le afiafi; 2026-11-27T16:10Z",
        "Tusiteʻi: 3 ʻOkatopa 2026; 2026-10-03T00:00Z",
        "Pibliye 24 novanm 2026 21:40; 2026-11-24T21:40Z",
        "2 Tiseba 2026; 2026-12-02T00:00Z",
        "14 Hepetema 2026; 2026-09-14T00:00Z",
        "28 ноября 2026, 13:43; 2026-11-28T13:43Z",
        "Sat Nov 28 10:27:24 2026; 2026-11-28T10:27:24Z",
        "Sat Nov 28 14:57:21 CET 2026; 2026-11-28T14:57:21+01:00",
        "Stand: 28.11.26, 09:15; 2026-11-28T09:15Z",
        "Updated 2010 GMT (0410 HKT) November 28, 2026; 2026-11-28T00:00Z",
        "Diterbitkan 28 Nopember 2026, 10:15 WIB; 2026-11-28T10:15+07:00",
        "28 Disember 2026; 2026-12-28T00:00Z",
        "Objavljeno: 28. studenoga 2026.; 2026-11-28T00:00Z",
        "28. novembra 2026; 2026-11-28T00:00Z",
        "2026 m. lapkričio 28 d.; 2026-11-28T00:00Z",
        "2026. november 28. 14:05; 2026-11-28T14:05Z",
        "First Published: 2026 November 4 16:00 GMT; 2026-11-04T16:00Z",
        "28. novembris 2026; 2026-11-28T00:00Z",
        "28. oktoober 2026; 2026-10-28T00:00Z",
        "28 de novembre de 2026; 2026-11-28T00:00Z",
        "28 ноември 2026; 2026-11-28T00:00Z",
        "28. новембар 2026.; 2026-11-28T00:00Z",
        "28 лістапада 2026; 2026-11-28T00:00Z",
        "28 Νοεμβρίου 2026; 2026-11-28T00:00Z",
        "Νοέμβριος 28, 2026; 2026-11-28T00:00Z",
        "28 בנובמבר 2026; 2026-11-28T00:00Z",
        "28 نوفمبر 2026; 2026-11-28T00:00Z",
        "28 تشرين الثاني 2026; 2026-11-28T00:00Z",
        "3 كانون الثاني/يناير 2026; 2026-01-03T00:00Z",
        "15 آب 2026; 2026-08-15T00:00Z",
        "٢٨ نوفمبر ٢٠٢٦; 2026-11-28T00:00Z",
        "۲۸ نوامبر ۲۰۲۶; 2026-11-28T00:00Z",
        "۲۵ آبان ۱۴۰۵; 2026-11-16T00:00Z",
        "شنبه ۷ آذر ۱۴۰۵ - ۱۴:۳۰; 2026-11-28T14:30Z",
        "10 دی 1405; 2026-12-31T00:00Z",
        "۲۵ عقرب ۱۴۰۵; 2026-11-16T00:00Z",
        "تاریخ انتشار: ۱۴۰۵/۰۸/۲۵ - ۱۴:۳۰; 2026-11-16T14:30Z",
        "۲۰۲۶/۱۱/۱۶; 2026-11-16T00:00Z",
        "28 نومبر 2026; 2026-11-28T00:00Z",
        "28 नवंबर 2026; 2026-11-28T00:00Z",
        "15 मई 2026; 2026-05-15T00:00Z",
        "28 tháng 11, 2026; 2026-11-28T00:00Z",
        "28 พฤศจิกายน 2569; 2026-11-28T00:00Z",
        "อัปเดต 28 พ.ย. 2569 09:30 น.; 2026-11-28T09:30Z",
        "3 ม.ค. 69; 2026-01-03T00:00Z",
        "๒๘ พฤศจิกายน ๒๕๖๙ 14:05 น.; 2026-11-28T14:05Z",
        "Ngày 28 tháng 11 năm 2026; 2026-11-28T00:00Z",
        "２０２６年１１月２８日; 2026-11-28T00:00Z",
        // Japanese eras: Reiwa from 2019 (its first year "元"), Heisei from 1989, Shōwa from 1926
        "掲載日：令和8年11月26日; 2026-11-26T00:00Z",
        "令和８年１月５日; 2026-01-05T00:00Z",
        "令和元年10月1日; 2019-10-01T00:00Z",
        "令和元年5月1日; 2019-05-01T00:00Z",
        "平成31年4月30日; 2019-04-30T00:00Z",
        "平成 9 年 3 月 4 日; 1997-03-04T00:00Z",
        "昭和64年1月7日; 1989-01-07T00:00Z",
        // Arabic "م" (evening) and "ص" (morning) after the time, in Arabic-Indic digits or not
        "الخميس ٢٦ نوفمبر ٢٠٢٦ - ٠٤:١٥ م; 2026-11-26T16:15Z",
        "26 نوفمبر 2026 - 10:30 ص; 2026-11-26T10:30Z",
        "26 نوفمبر 2026 12:05 ص; 2026-11-26T00:05Z",
        "26 نوفمبر 2026 09:40 مساءً; 2026-11-26T21:40Z",
    })
    void absoluteDates(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), DateParser.parse(text, ZoneOffset.UTC).orElseThrow());
    }

    /**
     * Each pattern runs only where the text has the shape it needs (a year and a dash, a word before a number…):
     * dates at the edges of those shapes are still read, where they start, and texts without them read as no date.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Berlin, 2026-11-28 – Die Gemeinde; 8; 2026-11-28T00:00Z",
        "ref 20261128T091500Z; 4; 2026-11-28T09:15Z",
        "Stand 2026/11/28; 6; 2026-11-28T00:00Z",
        "작성일 2026. 11. 18. 21:40; 4; 2026-11-18T21:40Z",
        "Am 28 . 11 . 2026 eröffnet; 3; 2026-11-28T00:00Z",
        "Nr. 5-11-2026; 4; 2026-11-05T00:00Z",
        "Nov.28, 2026; 0; 2026-11-28T00:00Z",
        "le 1er mars 2026; 3; 2026-03-01T00:00Z",
        "Datum:8 de noviembre,   2026; 6; 2026-11-08T00:00Z",
        "Mon Oct 11 14:57:21 CEST 2021; 4; 2021-10-11T14:57:21+02:00",
        "am 3. Mai 2026, 4 Tage nach 2025; 3; 2026-05-03T00:00Z",
        // the time before the date, the weekday between: the date's reading starts at the time
        "Updated 3:14 PM EST, Wed November 25, 2026; 8; 2026-11-25T15:14-05:00",
        "8:12 PM EST, November 26, 2026; 0; 2026-11-26T20:12-05:00",
        "Published 06:00 GMT 25 November 2026; 10; 2026-11-25T06:00Z",
        "Seite 12 25 November 2026; 9; 2026-11-25T00:00Z",
        // a page's script runs the year and the time together: "…2026" and "11:48 PM EST" as two texts
        "Published Fri, Nov 27 202611:48 PM EST; 15; 2026-11-27T23:48-05:00",
        "27 November 20269:05; 0; 2026-11-27T09:05Z",
        // the half of the day before the time: Korean, Japanese, Chinese
        "입력 2026.11.26. 오후 6:42; 3; 2026-11-26T18:42Z",
        "2026.11.26. 오전 12:10; 0; 2026-11-26T00:10Z",
        "2026年11月26日 午後6:05; 0; 2026-11-26T18:05Z",
        "2026-11-26 下午 12:30; 0; 2026-11-26T12:30Z",
        // day, month name and year joined by dashes, and year first
        "News Release 20-Nov-2026; 13; 2026-11-20T00:00Z",
        "Stand: 2026-Nov-20; 7; 2026-11-20T00:00Z",
        // figures touching Japanese or Korean, which write no space beside a date; Latin letters join them
        "2026/11/12に公開; 0; 2026-11-12T00:00Z",
        "更新日2026.11.20; 3; 2026-11-20T00:00Z",
        "2026.11.20에 수정; 0; 2026-11-20T00:00Z",
    })
    void readsDatesAtTheEdgesOfTheirShapes(String text, int start, String expected) {
        DateParser.Found f = DateParser.find(text, ZoneOffset.UTC, DateParser.Numeric.DAY_FIRST);
        assertEquals(OffsetDateTime.parse(expected), f.value(), text);
        assertEquals(start, f.start(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "12345-11-28",
        "Seite 2026 von 3000",
        "Tel. 040 / 28 11 20",
        "Mittwoch 2026",
        "Nov 2026",
        "Nov.28,2026",
        "Nov 27 20261",
        "Nov 27 202611",
        "/news/story-12-november-2026-budget",
        "12-Nov-20261",
        "abc2026/11/12",
    })
    void textsWithoutAShapeHaveNoDate(String text) {
        assertEquals(Optional.empty(), DateParser.parse(text, ZoneOffset.UTC));
    }

    /** A month and day opening a line, without a year: the last such day not after the fetch, a day's slack. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nov 4              | 2026-11-04
            November 28th      | 2026-11-28
            Nov 29             | 2026-11-29
            Dec 20             | 2025-12-20
            4. November        | 2026-11-04
            · Nov 4            | 2026-11-04
            Nov 4, 2026        |
            Nov 4 10:30        |
            Novak 4            |
            Room 4             |
            """)
    void readsAMonthAndDayWithoutAYear(String text, String day) {
        DateParser.Found f = DateParser.monthDay(text, ZoneOffset.UTC, OffsetDateTime.parse("2026-11-28T12:00:00Z"));
        assertEquals(day, f == null ? null : f.value().toLocalDate().toString(), text);
    }

    /** A zone is a known name or capitals ending in T ("AEST"): "Last", "Post" and "est" after a time are words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            19. Mai 2026 um 23:03 Uhr gepostet und unter Region abgelegt | 2026-05-19T23:03Z       | gepostet und unter Region abgelegt
            Nov 17, 2026 10:30:00 PM Last updated Nov 24, 2026           | 2026-11-17T22:30Z       | Last updated Nov 24, 2026
            Nov 17, 2026 10:30 pm est le jour                            | 2026-11-17T22:30Z       | est le jour
            Nov 17, 2026 10:30 PM PST                                    | 2026-11-17T22:30-08:00  |
            Nov. 26, 2026, 11:40 p.m. ET                                 | 2026-11-26T23:40-05:00  |
            July 3, 2026 9:15 a.m. PT                                    | 2026-07-03T09:15-07:00  |
            le 26 novembre 2026 à 10h30 et la suite                      | 2026-11-26T10:30Z       | et la suite
            24 de novembro de 2026 08:30 h                               | 2026-11-24T08:30Z       |
            24 de noviembre de 2026, 08:30 hs.                           | 2026-11-24T08:30Z       | .
            24/11/2026 - 10:30 horas                                     | 2026-11-24T10:30Z       |
            24 de novembre de 2026 10.30 hores                           | 2026-11-24T10:30Z       |
            24/11/2026 08:30 horario de verano                           | 2026-11-24T08:30Z       | horario de verano
            """)
    void aWordAfterTheTimeIsNoZone(String text, String value, String rest) {
        DateParser.Found f = DateParser.find(text, ZoneOffset.UTC, DateParser.Numeric.DAY_FIRST);
        assertEquals(OffsetDateTime.parse(value), f.value());
        assertEquals(rest == null ? "" : rest, text.substring(f.end()).strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "FAQ Nr. 1.1.12 und 1.1.13",
        "Version 2.4.26",
        "Chapter 31 of 2026",
        // a Solar Hijri year in ASCII digits (read only in Persian ones), a lunar Hijri year in Persian digits
        "1405/08/25",
        "۱۴۴۸/۰۵/۱۷",
        // an era's year past its last, a month that is none
        "平成32年1月1日",
        "昭和65年1月1日",
        "令和8年13月1日",
    })
    void numbersThatAreNoDates(String text) {
        assertEquals(Optional.empty(), DateParser.parse(text, ZoneOffset.UTC));
    }

    /** A page in Persian, Dari or Pashto writes year-first numeric dates in the Solar Hijri calendar, also in ASCII. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1405/08/25; true; 2026-11-16",
        "1405/08/25 - 14:30; true; 2026-11-16",
        "2026/11/16; true; 2026-11-16",
        "1405/08/25; false; ",
    })
    void solarHijriNumbersOnPersianPages(String text, boolean solarHijri, String day) {
        DateParser.Found f = DateParser.find(text, ZoneOffset.UTC, new DateParser.Numeric(false, solarHijri));
        assertEquals(day == null ? null : LocalDate.parse(day), f == null ? null : f.value().toLocalDate(), text);
    }

    /** A page in Taiwan's Chinese may count its years from 1912 (Minguo), three figures before the month and day. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "發布時間：115/11/12 16:08; true; 2026-11-12",
        "115/11/12; false; ",
        "2026/11/12; true; 2026-11-12",
        "第3/115/11/12頁; true; ",
    })
    void minguoYearsOnTaiwanesePages(String text, boolean minguo, String day) {
        DateParser.Found f = DateParser.find(text, ZoneOffset.UTC, new DateParser.Numeric(false, false, minguo));
        assertEquals(day == null ? null : LocalDate.parse(day), f == null ? null : f.value().toLocalDate(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "11/08/2026; true; 2026-11-08; 2026-08-11",
        "11/08/2026; false; 2026-08-11; 2026-11-08",
        "28/11/2026; true; 2026-11-28; ",
        "08.11.2026; true; 2026-11-08; 2026-08-11",
        "8 November 2026; true; 2026-11-08; ",
    })
    void dayMonthOrderFollowsThePageLanguage(String text, boolean monthFirst, String day, String otherReading) {
        DateParser.Found f = DateParser.find(text, ZoneOffset.UTC, new DateParser.Numeric(monthFirst, false));
        assertEquals(LocalDate.parse(day), f.value().toLocalDate());
        assertEquals(otherReading == null ? null : LocalDate.parse(otherReading), f.otherReading());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Published about 23 hours ago; 2026-11-27T13:00Z",
        "yesterday; 2026-11-27T12:00Z",
        "vor 3 Tagen; 2026-11-25T12:00Z",
        "fyrir 5 dögum; 2026-11-23T12:00Z",
        "fyrir 3 klukkustundum; 2026-11-28T09:00Z",
        "2 ġranet ilu; 2026-11-26T12:00Z",
        "3 sigħat ilu; 2026-11-28T09:00Z",
        "í gær kl. 18.40; 2026-11-27T12:00Z",
        "il y a 2 jours; 2026-11-26T12:00Z",
        "hace 2 semanas; 2026-11-14T12:00Z",
        "Pubblicato 3 ore fa; 2026-11-28T09:00Z",
        "há 2 dias; 2026-11-26T12:00Z",
        "5 minutos atrás; 2026-11-28T11:55Z",
        "2 uur geleden; 2026-11-28T10:00Z",
        "för en timme sedan; 2026-11-28T11:00Z",
        "godzinę temu; 2026-11-28T11:00Z",
        "3 dni temu; 2026-11-25T12:00Z",
        "5 часов назад; 2026-11-28T07:00Z",
        "неделю назад; 2026-11-21T12:00Z",
        "2 години тому; 2026-11-28T10:00Z",
        "4 saat önce; 2026-11-28T08:00Z",
        "3 jam yang lalu; 2026-11-28T09:00Z",
        "3時間前; 2026-11-28T09:00Z",
        "2天前; 2026-11-26T12:00Z",
        "3 个月前; 2026-08-28T12:00Z",
        "30분 전; 2026-11-28T11:30Z",
        "вчера, 18:40; 2026-11-27T12:00Z",
        "ontem; 2026-11-27T12:00Z",
        "Publisert for 3 timer siden; 2026-11-28T09:00Z",
        "for en time siden; 2026-11-28T11:00Z",
        "for 2 dage siden; 2026-11-26T12:00Z",
        "i går kl. 18.40; 2026-11-27T12:00Z",
        "Publicerad i dag 09:15; 2026-11-28T12:00Z",
        "i forgårs; 2026-11-26T12:00Z",
    })
    void relativeDates(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), RelativeDates.resolve(text, FETCHED).orElseThrow(), text);
    }

    /**
     * A count of whole days or more leaves the day open by one unit, and a day the page's address names settles it
     * when the count allows it: "2 days ago" at noon on the 28th is the 25th or the 26th, not the 24th.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2 days ago; 2026-11-25; 2026-11-25T12:00Z",
        "2 days ago; 2026-11-26; 2026-11-26T12:00Z",
        "2 days ago; 2026-11-24; 2026-11-26T12:00Z",
        "2 days ago; 2026-11-27; 2026-11-26T12:00Z",
        "vor 2 Wochen; 2026-11-10; 2026-11-10T12:00Z",
        "vor 2 Wochen; 2026-11-06; 2026-11-14T12:00Z",
        "5 hours ago; 2026-11-27; 2026-11-28T07:00Z",
        "yesterday; 2026-11-26; 2026-11-27T12:00Z",
    })
    void aCountOfDaysTakesTheDayTheAddressNamesWhenItAllowsIt(String text, String known, String expected) {
        assertEquals(OffsetDateTime.parse(expected),
                RelativeDates.resolve(text, FETCHED, java.time.LocalDate.parse(known)).orElseThrow(), text);
    }

    /** The day of a date before "前" is no count of days, and an amount is a whole word or number. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"12月28日前にお申し込みください", "11월 28일 전까지 신청", "golden hours ago"})
    void noRelativeDateIn(String text) {
        assertEquals(Optional.empty(), RelativeDates.resolve(text, FETCHED));
    }
}
