package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ingest.core.model.DatedValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastUpdatedTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    private static final String STORY = "<p>The allotment committee met on Tuesday to share out the new plots along the "
            + "eastern fence, and six families got their first beds.</p>";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<p>Last updated: 14.11.2026<br>&copy; 2026 Helmut</p>|2026-11-14T00:00Z",
        "<footer><li>This page was last modified on 28 October 2026, at 06:56.</li></footer>|2026-10-28T06:56Z",
        "<footer><li id=lastmod>This page was last edited on 26 November 2026, at 14:05.</li></footer>|2026-11-26T14:05Z",
        "<div class=foot>© 2026 Docs. Last updated on Sep 21, 2026. Created using Sphinx.</div>|2026-09-21T00:00Z",
        "<p>[Stand: 08.05.2026, 05:02 Uhr]</p>|2026-05-08T05:02Z",
        "<p><b>Zuletzt aktualisiert:</b> 3. November 2026</p>|2026-11-03T00:00Z",
        "<p>Dernière mise à jour le 12/10/2026</p>|2026-10-12T00:00Z",
        "<p>Última atualização em 12/10/2026</p>|2026-10-12T00:00Z",
        "<p>Ostatnia aktualizacja: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Senast uppdaterad 2026-10-12</p>|2026-10-12T00:00Z",
        "<p>Последнее обновление: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Son güncelleme: 12.10.2026</p>|2026-10-12T00:00Z",
        // every label, also in capitals: a line is asked the pattern only when it holds one of its words
        "<p>PAGE UPDATED: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Page last revised 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>LETZTE ÄNDERUNG: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Mis à jour le 12/10/2026</p>|2026-10-12T00:00Z",
        "<p>ÚLTIMA MODIFICACIÓN: 12/10/2026</p>|2026-10-12T00:00Z",
        "<p>Ultimo aggiornamento il 12/10/2026</p>|2026-10-12T00:00Z",
        "<p>Laatst gewijzigd op 12-10-2026</p>|2026-10-12T00:00Z",
        "<p>Sidst opdateret den 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Sist endret: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Последнее изменение: 12.10.2026</p>|2026-10-12T00:00Z",
        "<p>Last update: 4 November 2026</p>|2026-11-04T00:00Z",
        "<p><span>Datum poslední aktualizace:</span> 19. 11. 2026 13:02</p>|2026-11-19T13:02Z",
        "<p>Posledná aktualizácia: 19.11.2026</p>|2026-11-19T00:00Z",
        // the label an icon's tooltip before the date (MkDocs' revision date)
        "<aside><span class=md-icon title='Last update'><svg viewBox='0 0 24 24'></svg></span> <span class=rev>November 4, 2026</span></aside>|2026-11-04T00:00Z",
    })
    void readsTheUpdateLineAtThePagesFoot(String foot, String expected) {
        var doc = Jsoup.parse("<body><h1>Plots</h1>" + STORY + foot + "</body>");
        assertEquals(OffsetDateTime.parse(expected), LastUpdated.of(doc, ZoneOffset.UTC).value(), foot);
    }

    /** A numeric date reads as the page writes them: month first in US English, Solar Hijri in Persian. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Last updated: 11/3/2026|2026-11-03", "en-GB|Last updated: 11/3/2026|2026-03-11",
        "fa|آخرین به‌روزرسانی: 1405/08/25|2026-11-16", "fa|Last updated: 1405/08/25|2026-11-16"})
    void readsNumbersInThePagesOrder(String lang, String foot, String expected) {
        var doc = Jsoup.parse("<html lang=" + lang + "><body><h1>Plots</h1>" + STORY + "<p>" + foot + "</p></body>");
        var found = LastUpdated.of(doc, ZoneOffset.UTC);
        assertEquals(expected == null ? null : OffsetDateTime.parse(expected + "T00:00Z"),
                found == null ? null : found.value(), foot);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // a date in a sentence, a label far from any date, a word that ends in the label, no label at all
        "<p>We last updated the plot map when the council met on 14.11.2026.</p>",
        "<p>Last updated: see the notice board by the gate, which the committee keeps.</p>",
        "<p>Bestand: 14.11.2026</p>",
        "<p>Posted 14.11.2026</p>",
        "<aside><span class=md-icon title='Created'><svg viewBox='0 0 24 24'></svg></span> <span>November 4, 2026</span></aside>",
    })
    void readsNothingElse(String foot) {
        var doc = Jsoup.parse("<body><h1>Plots</h1>" + STORY + foot + "</body>");
        assertNull(LastUpdated.of(doc, ZoneOffset.UTC), foot);
    }

    @org.junit.jupiter.api.Test
    void readsAPhraseCountingBackFromTheFetch() {
        var doc = Jsoup.parse("<body>" + STORY + "<div><p class=text-sm>Last updated 3 days ago</p></div></body>");
        var found = LastUpdated.of(doc, ZoneOffset.UTC, OffsetDateTime.parse("2026-11-28T12:00:00Z"));
        assertEquals("2026-11-25", found.value().toLocalDate().toString());
        assertNull(LastUpdated.of(doc, ZoneOffset.UTC), "no fetch time, nothing to count from");
        var icelandic = Jsoup.parse("<body>" + STORY + "<p>Síðast uppfært: fyrir 2 dögum</p></body>");
        assertEquals("2026-11-26", LastUpdated.of(icelandic, ZoneOffset.UTC, OffsetDateTime.parse(
                "2026-11-28T12:00:00Z")).value().toLocalDate().toString());
    }

    @org.junit.jupiter.api.Test
    void readsOnlyThePagesLastLines() {
        StringBuilder html = new StringBuilder("<body><p>Last updated: 14.11.2026</p>");
        for (int i = 0; i < 60; i++) {
            html.append("<p>Line ").append(i).append(" of a long page.</p>");
        }
        assertNull(LastUpdated.of(Jsoup.parse(html.toString()), ZoneOffset.UTC));
    }

    /**
     * An element marked as the update line dates the page's change wherever it stands; an unmarked line in the middle
     * of the page, or a marked one that says something else, does not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<p class=news-article__updated>Last updated: 6 November 2026</p>|2026-11-06",
        "<span class=last-modified>Zuletzt aktualisiert: 06.11.2026</span>|2026-11-06",
        "<p>Last updated: 6 November 2026</p>|",
        "<p class=updated>Road closures updated on 6 November 2026</p>|",
        // an age after the label counts back from the fetch (noon on the 28th)
        "<span class=\"article__date article__date--modified\">Mis à jour il y a 2 heures</span>|2026-11-28",
        "<span class=article__date--modified>Mis à jour il y a 3 jours</span>|2026-11-25",
        "<span class=article__date--modified>Il y a 2 heures</span>|",
        "<p class=page-last-updated>Page last reviewed: 20 October 2026</p>|2026-10-20",
    })
    void readsAMarkedUpdateLineUnderTheStory(String line, String expected) {
        Document doc = Jsoup.parse("<body><article><h1>Dam opens</h1><p>The dam opened.</p>" + line + "</article>"
                + "<section class=related><h2>More</h2>" + "<p>Another story from the valley.</p>".repeat(50)
                + "</section></body>");
        DatedValue found = LastUpdated.markedLine(doc, ZoneOffset.UTC,
                java.time.OffsetDateTime.parse("2026-11-28T12:00:00Z"));
        assertEquals(expected, found == null ? null : found.value().toLocalDate().toString(), line);
    }

    /** An update or correction note opening or closing the story's text dates a change to it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Aktualisierung vom 19.11.2026: Der Spatenstich findet am 4. Dezember statt.|2026-11-19",
        "UPDATE (11/19/2026): The committee has moved the meeting to Thursday.|2026-11-19",
        "Update, Nov. 19, 2026: This story has been updated with the council's reply.|2026-11-19",
        "Mise à jour du 19 novembre 2026 : la réunion est reportée.|2026-11-19",
        "Correction, 19 November 2026: An earlier version misspelled the chair's name.|2026-11-19",
        "Actualización 19/11/2026: el ayuntamiento confirmó la fecha.|2026-11-19",
        // the weekday before the date: "UPDATE, Monday, …", "Nachtrag, Do., …"
        "UPDATE, Thursday, Nov. 19, 2026, 2:15 p.m.: PennDOT moved the closure a week.|2026-11-19",
        "Nachtrag, Do., 19.11.2026: Der Termin steht.|2026-11-19",
        // a month and day alone: this year's, as of the fetch (2026-11-28)
        "Update, Nov 9: A few people asked about winter.|2026-11-09",
        "Update, Dec 3: A few people asked about winter.|2025-12-03",
        // no date right after the label; a label inside a sentence; a note in the middle of a long story
        "Update: the committee has moved the meeting to Thursday, 19 November 2026.|",
        "The update of 19 November 2026 moved the meeting.|",
    })
    void readsTheNoteTheStoryClosesWith(String note, String expected) {
        String story = "The allotment committee met on Tuesday.\n\nSix families got their first beds.\n\n" + note;
        DatedValue found = LastUpdated.storyNote(story, ZoneOffset.UTC, DateParser.Numeric.DAY_FIRST, FETCHED);
        assertEquals(expected, found == null ? null : found.value().toLocalDate().toString(), note);
        String middle = "Lead.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n" + note + "\n\nFive.\n\nSix.\n\nSeven.\n\nEight."
                + "\n\nNine.";
        assertNull(LastUpdated.storyNote(middle, ZoneOffset.UTC, DateParser.Numeric.DAY_FIRST, FETCHED),
                "in the middle");
    }

    /** The stamp a CMS or forum sets under a text it changed dates the change, the editor's name before the date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<div class=editdate><i>Новость отредактировал: <b>admin_ir</b> - 25-11-2026, 09:12</i><br>Причина: опечатка"
            + "</div>|2026-11-25",
        "<div class=editnote>Last edited by mara_h; 25.11.2026 at 09:12. Reason: typo</div>|2026-11-25",
        "<p>Zuletzt bearbeitet von Redaktion am 25.11.2026</p>|2026-11-25",
        "<p>Edited by the council on Thursday, when it met again.</p>|",
    })
    void readsTheEditStamp(String stamp, String expected) {
        var doc = Jsoup.parse("<body><div id=story>" + STORY + stamp + "</div></body>");
        DatedValue found = LastUpdated.editStamp(List.of(doc.getElementById("story")), TextStats.of(doc.body()),
                ZoneOffset.UTC, DateParser.Numeric.DAY_FIRST);
        assertEquals(expected, found == null ? null : found.value().toLocalDate().toString(), stamp);
    }
}
