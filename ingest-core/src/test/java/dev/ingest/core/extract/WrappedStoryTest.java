package dev.ingest.core.extract;

import static dev.ingest.core.extract.StoryFixtures.assertStory;
import static dev.ingest.core.extract.StoryFixtures.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Stories that sit inside blocks whose names sound like chrome or boilerplate ({@code class="module"},
 * {@code "content-behind-paywall"}), or inside a consent banner the parser wrapped around the whole page because
 * the template never closed it: the story is kept, the real chrome around it still goes.
 */
class WrappedStoryTest {
    @Test
    void keepsAStorySplitOverModulesAndAPaywallWrapper() throws IOException {
        String text = extract("news-cms/story-in-module-wrappers-behind-paywall-class.html",
                "https://kuestenbote.example/region/neue-faehre").text();
        assertStory(text, new String[] {"eine neue Fähre bestellt", "keine Abgase mehr",
                "achtundzwanzig Millionen Euro", "der Stapellauf ist für den Herbst", "Interessenten aus Skandinavien"},
                new String[] {"Regatta abgesagt", "Meistgelesen", "Hafenfest", "Endlich!", "Newsletter",
                "bezahlbar", "Impressum", "Wirtschaft"});
    }

    @Test
    void keepsAStoryInsideAnUnclosedCookieBanner() throws IOException {
        String text = extract("wordpress/cookie-banner-left-open-around-the-page.html",
                "https://harbour-notes.example/2026/11/repair-cafe-first-year/").text();
        assertStory(text, new String[] {"more than four hundred toasters", "two retired tailors",
                "first Saturday of every month"},
                new String[] {"We use cookies", "Accept all", "Recent posts", "Proudly powered"});
    }

    @Test
    void keepsEverySectionOfAPageBuilderPost() throws IOException {
        String text = extract("blog/story-in-page-builder-sections.html",
                "https://plot14.example/2026/11/moving-the-beehives/").text();
        assertStory(text, new String[] {"stood by the compost bays", "a swarm settled in the apple tree",
                "the old orchard behind the shed", "Moving a hive is a night job", "both colonies are foraging"},
                new String[] {"Previous: onion sets", "Posted in", "written by the people"});
    }

    /** The long first section wins the scoring; the short sections under their subheadings are the same story. */
    @Test
    void keepsTheShortSectionsAfterALongFirstOne() throws IOException {
        String text = extract("news-cms/report-in-content-element-per-section.html",
                "https://coastal-policy.example/research/shared-ferry-service").text();
        assertStory(text, new String[] {"merge their ferry companies", "the vote is planned for the last week",
                "What the merger would cost", "about four million", "before the first train leaves",
                "What happens if one town says no", "could no longer be repaired"},
                new String[] {"We use cookies", "Port dues compared", "Press office", "Imprint"});
    }

    /** A page in headed accordion blocks: each subheading names the block after it and stays with it. */
    @Test
    void keepsTheSubheadingsBetweenAccordionBlocks() throws IOException {
        String text = extract("wordpress/course-page-with-headed-accordions.html",
                "https://northfield-vocational.example/courses/boatbuilding/").text();
        assertStory(text, new String[] {"Modules", "steam, bend and fasten oak frames", "Teaching plan",
                "The journeyman's piece"},
                new String[] {"uses cookies", "Head of department", "Open day", "Imprint"});
        assertTrue(text.indexOf("Modules") < text.indexOf("read boat plans")
                && text.indexOf("Teaching plan") < text.indexOf("Four days a week"), text);
    }

    /** Background notes folded into a closed panel outweigh each section of the story, but are not the story. */
    @Test
    void keepsTheStoryBesideALongerClosedAccordionPanel() throws IOException {
        String text = extract("news-cms/story-beside-long-closed-accordion.html",
                "https://kuestenpolitik.example/news/inselrat-waehlt-neu").text();
        assertStory(text, new String[] {"Zum ersten Mal seit der Reform", "der Hauptinsel allein neun Sitze",
                "Was die Parteien versprechen", "eine Stunde mit dem Boot", "einen Platz am Tisch"},
                new String[] {"Wir verwenden Cookies", "Publikationen", "Datenschutz"});
    }

    /** Hidden service descriptions of a closed consent dialog outweigh a short news item; they are no one's prose. */
    @Test
    void keepsAShortStoryBesideAClosedConsentDialogFullOfHiddenText() throws IOException {
        String text = extract("news-cms/consent-dialog-with-hidden-service-details.html",
                "https://rebland.example/wein/weingut-uebernimmt-nachbarlagen").text();
        assertStory(text, new String[] {"auch die beiden Nachbarlagen", "geht in den Ruhestand",
                "knapp vierzehn Hektar"},
                new String[] {"Ihre Privatsphäre", "Reichweite unserer Seiten", "Alle akzeptieren", "Impressum"});
    }

    /** A long comment thread one column over must not pull the story block away from a short post. */
    @Test
    void keepsAShortPostWhenTheCommentThreadIsInTheNextColumn() throws IOException {
        String text = extract("blog/short-post-beside-long-comment-thread.html",
                "https://pixelwerkstatt.example/lightroom-wieder-flott/").text();
        assertStory(text, new String[] {"wie ein kleines Kind", "GPU-Beschleunigung für die Vorschau abschalten",
                "wie am ersten Tag"},
                new String[] {"Cache auf eine externe SSD", "14 Kommentare", "Kategorien"});
    }

    /** Disclaimer and "about" widgets in the sidebar have more running text than a photo post; they stay out. */
    @Test
    void keepsTheSidebarOutOfAPhotoPost() throws IOException {
        String text = extract("blog/photo-post-beside-long-sidebar-widgets.html",
                "https://papierundlicht.example/2026/11/scherenschnitt-am-hafen/").text();
        assertStory(text, new String[] {"stehen schwarz vor dem letzten Licht", "bis die Fähre aus dem Bild war"},
                new String[] {"Haftungsbeschränkung", "ohne Rückfrage verwendet", "Neueste Beiträge"});
    }

    /**
     * An ingredient list and the steps, named "list" like a link list, are part of the recipe article; the teaser
     * texts of a mega menu, longer than the recipe's intro, are not the story.
     */
    @Test
    void keepsTheIngredientListOfARecipe() throws IOException {
        String text = extract("news-cms/recipe-with-ingredient-list.html",
                "https://ofenfrisch.example/rezept/apfel-streuselkuchen").text();
        assertStory(text, new String[] {"die ersten Boskop vom Baum", "säuerliche Äpfel", "1 Päckchen Vanillezucker",
                "Butter, Zucker und Eier cremig rühren", "etwa 40 Minuten backen"},
                new String[] {"Teilen", "Beliebte Rezepte", "Zwetschgenkuchen", "Saisonal", "festlichen Torte", "Impressum"});
    }

    /**
     * A press release outside any article element: its bullet list, named "list" like a link list, is part of the
     * story block; the link list closing it and the sidebar's teaser list are not.
     */
    @Test
    void keepsAListOfSentencesInsideTheStoryBlock() throws IOException {
        String text = extract("press-office/story-with-list-and-fact-box-classes.html",
                "https://umwelt.example/presse/mehrweg-in-der-gastronomie").text();
        assertStory(text, new String[] {"vier Millionen Euro bereit", "bis zu achtzig Prozent der Kosten",
                "mit einem zusätzlichen Bonus", "die Kursgebühr vollständig erstattet", "dreihundert Millionen"},
                new String[] {"Zum Förderprogramm", "Antragsformular", "Waldzustandsbericht", "Cookies", "Impressum"});
    }

    /** A post the platform renders with a script has its text in a noscript; an ad tag kept as raw text does not. */
    @Test
    void readsAPostFromItsNoscriptFallback() throws IOException {
        String text = extract("blog/post-text-in-noscript.html",
                "https://shorebird-notes.example/2026/07/tern-colony.html").text();
        assertStory(text, new String[] {"forty-two tern chicks", "short flights over the lagoon",
                "move the fence a few metres"},
                new String[] {"ads.example", "<div>", "Counting birds on the north spit"});
    }
}
