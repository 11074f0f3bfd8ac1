package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Author;
import dev.ingest.core.model.Extraction;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A mailing-list archive's message is its preformatted block, without the sender's signature. */
class MailMessageTest {
    private static final String MESSAGE = "Hi all,\n\nThe ferry timetable for the winter is out, and the harbour office"
            + " says the second crossing\nstays on Saturdays until March. Bicycles still go on the lower deck.\n\n"
            + "> Will the early boat still stop at Kessel Point?\n\nYes, on weekdays only; the pier there is being "
            + "repaired at weekends\nuntil the end of January.\n\nThanks,\nIngrid\n";
    private static final String SIGNATURE = "-- \nIngrid Szabo-Markham\nHarbour users' group, Dunmere\n";

    private static String archivePage(String pre, String after) {
        return "<html><head><title>[harbour-users] Winter timetable</title></head><body>"
                + "<h1>[harbour-users] Winter timetable</h1> <b>Ingrid Szabo-Markham</b> <a href=\"mailto:"
                + "harbour-users%40lists.example?Subject=Re\">ingrid at dunmere.example</a><br><i>Sun Nov  8 23:41:05 "
                + "PST 2026</i><p><ul><li>Previous message: <a href=\"004512.html\">[harbour-users] Parking at the"
                + " ferry terminal</a></li><li>Next message: <a href=\"004514.html\">[harbour-users] Re: Winter "
                + "timetable</a></li></ul><hr><pre>" + pre + "</pre><hr>" + after + "<a href=\"/mailman/listinfo/"
                + "harbour-users\">More information about the harbour-users mailing list</a><br></body></html>";
    }

    private static Extraction extract(String html) {
        return new ArticleExtractor().extract(html, "https://lists.example/pipermail/harbour-users/004513.html",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
    }

    @Test
    void theMessageIsTheStoryAndItsSenderTheAuthor() {
        Extraction x = extract(archivePage(MESSAGE + SIGNATURE, ""));
        assertTrue(x.text().startsWith("Hi all,") && x.text().contains("until the end of January."), x.text());
        assertFalse(x.text().contains("Harbour users' group"), x.text()); // the signature
        assertFalse(x.text().contains("More information about"), x.text());
        assertFalse(x.text().contains("Previous message"), x.text());
        assertEquals(List.of("Ingrid Szabo-Markham"), x.authors().stream().map(Author::name).toList());
    }

    @Test
    void aParagraphOfProseBesideTheBlockKeepsTheBlockAsItIs() {
        Document doc = Jsoup.parse("<div><p>The winter timetable below was sent to the list by the harbour office "
                + "on Sunday, and the users' group answered it point by point.</p><pre>" + MESSAGE + SIGNATURE
                + "</pre></div>");
        Element root = doc.selectFirst("div");
        assertEquals(List.of(root), MailMessage.narrowed(List.of(root), TextStats.of(doc.body())));
        assertTrue(root.text().contains("Harbour users' group"));
    }

    @Test
    void aListingOfCodeIsNoMessage() {
        String code = "-- schema for the timetable\ncreate table crossing (id int primary key, pier text);\n"
                + "insert into crossing values (1, 'Kessel Point'), (2, 'Dunmere');\nselect * from crossing;\n"
                + "--\nupdate crossing set pier = 'Kessel' where id = 1;\n";
        Document doc = Jsoup.parse("<div><h2>Schema</h2><pre>" + code + code + "</pre></div>");
        Element root = doc.selectFirst("div");
        assertEquals(List.of(root), MailMessage.narrowed(List.of(root), TextStats.of(doc.body())));
        assertTrue(doc.selectFirst("pre").wholeText().contains("update crossing"));
    }

    @Test
    void dashesBeforeMoreThanASignatureCutNothing() {
        String longTail = "-- \n" + "The timetable, crossing by crossing, follows for the whole winter.\n".repeat(12);
        Document doc = Jsoup.parse("<pre>" + MESSAGE + longTail + "</pre>");
        Element pre = doc.selectFirst("pre");
        MailMessage.withoutSignature(pre);
        assertTrue(pre.wholeText().endsWith("for the whole winter.\n"), pre.wholeText());
    }

    @Test
    void theSignatureEndsTheMessageWhereverItsLinksStand() {
        Document doc = Jsoup.parse("<pre>" + MESSAGE + "-- \nIngrid\n<a href=\"https://dunmere.example\">"
                + "https://dunmere.example</a>\n</pre>");
        Element pre = doc.selectFirst("pre");
        MailMessage.withoutSignature(pre);
        assertEquals(MESSAGE, pre.wholeText());
        assertTrue(pre.getElementsByTag("a").isEmpty());
    }

    @Test
    void aBoldNameWithoutAnAddressAfterItIsNoSender() {
        String page = archivePage(MESSAGE, "").replace("ingrid at dunmere.example", "write to the list");
        assertTrue(extract(page).authors().stream().noneMatch(a -> a.name().equals("Ingrid Szabo-Markham")));
    }
}
