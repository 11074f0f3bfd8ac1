package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private static final String GERMAN = "Der Hund und die Katze sind nicht im Haus, aber sie ist auch mit dem "
            + "Nachbarn von der Schule zu der Stadt gegangen, und es wird sich zeigen, ob das ein Spiel ist oder nicht "
            + "mehr als eine Idee von den Kindern, die im Garten auf der Wiese sind.";
    private static final String ENGLISH = "The dog and the cat are not in the house, but it is the neighbour that was "
            + "with them on the way to the town, and this is the story of how they have come from the hills which the "
            + "river has cut, as it is told to the children in the school.";

    @Test
    void aDeclaredLanguageTheWordsContradictGivesWay() {
        assertEquals("de", LanguageCheck.language("en", GERMAN));
    }

    @Test
    void aDeclaredLanguageTheWordsBearOutStays() {
        assertEquals("en", LanguageCheck.language("EN", ENGLISH));
    }

    @Test
    void noDeclarationIsGuessed() {
        assertEquals("en", LanguageCheck.language(null, ENGLISH));
    }

    @Test
    void tooShortATextKeepsTheDeclaration() {
        assertEquals("fr", LanguageCheck.language("fr", "Der Hund und die Katze."));
    }

    @Test
    void wordsAreWholeWordsInAnyCase() {
        // "THE" counts, "theory" and "there" do not: many short English stopwords, whole words only
        String shouting = ENGLISH.toUpperCase(java.util.Locale.ROOT);
        assertEquals("en", LanguageCheck.language(null, shouting));
        assertEquals(null, LanguageCheck.language(null, "theory there thesis ".repeat(20)));
    }
}
