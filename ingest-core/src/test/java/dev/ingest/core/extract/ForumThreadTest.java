package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Extraction;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A forum platform sets a thread's opening post in its comment section, as the first of its "comments": on a page
 * that declares itself a forum thread, that post is the story and the replies stay out.
 */
class ForumThreadTest {
    private static final String OPENING = "<p>The clubhouse layout will be open to the public on the second weekend of "
            + "December, and the new twelve-track staging yard under the east peninsula passed its final test.</p>"
            + "<p>We need at least eight volunteers per shift on each day; shifts run from half past nine to one and"
            + " from half past twelve to five, and greeters at the door should know the club's history.</p>";
    private static final String REPLY = "<p>I will bring the old play table for the children's loop again, and the"
            + " spare throttles, if someone can help me carry them up the stairs on Saturday morning.</p>";

    private static String post(String id, String name, String text) {
        return "<article id=elComment_" + id + " class=\"cPost ipsComment\"><aside class=cAuthorPane><h3>" + name
                + "</h3><ul><li>Members</li><li>1,204 posts</li></ul></aside><div class=cPost_contentWrap>"
                + "<div data-role=commentContent class=ipsType_richText>" + text + "</div></div></article>";
    }

    private static String page(String declared) {
        return "<html><head><title>Open house set for December - Club News</title>" + declared + "</head><body>"
                + "<div class=cookie-notice><p>We store small cookies on your device so the forums remember your "
                + "settings between visits, and nothing else.</p></div><main><div class=ipsPageHeader><h1>Open house "
                + "set for December</h1></div><div id=comments data-role=commentFeed>"
                + post("1", "Desmond Achterberg", OPENING) + post("2", "Grant Tolliver", REPLY)
                + post("3", "Ines Marsh", REPLY.replace("play table", "signal box")) + "</div></main>"
                + "<footer><p>The Tri-Rivers Model Railroad Association has met every Tuesday night since 1987.</p>"
                + "</footer></body></html>";
    }

    private static Extraction extract(String html) {
        return new ArticleExtractor().extract(html, "https://community.example/topic/4817-open-house/",
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), ExtractionRules.NONE);
    }

    @Test
    void theOpeningPostOfADeclaredThreadIsTheStory() {
        String declared = "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":"
                + "\"DiscussionForumPosting\",\"headline\":\"Open house set for December\",\"datePublished\":"
                + "\"2026-11-12T18:40:11+0000\",\"author\":{\"@type\":\"Person\",\"name\":\"Desmond Achterberg\"}}"
                + "</script>";
        Extraction x = extract(page(declared));
        assertTrue(x.text().contains("staging yard") && x.text().contains("greeters at the door"), x.text());
        assertFalse(x.text().contains("play table") || x.text().contains("signal box"), x.text());
        assertFalse(x.text().contains("1,204 posts"), x.text());
    }

    @Test
    void microdataDeclaresAThreadToo() {
        String html = page("").replace("<main>", "<main itemscope itemtype=\"http://schema.org/"
                + "DiscussionForumPosting\">");
        assertTrue(extract(html).text().contains("staging yard"));
    }

    @Test
    void anUndeclaredPageKeepsItsCommentsOutOfTheStory() {
        // without the declaration the feed is a comment section like any other, and nothing of it is the story
        Extraction x = extract(page(""));
        assertFalse(x.text().contains("staging yard"), x.text());
    }
}
