package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    private static final String JAPANESE = "港町の市議会は木曜日、来年度の港湾予算の配分を話し合った。新しいフェリー桟橋と"
            + "防波堤の修理、それに遊歩道の冬の照明のどれを先にするかで意見が分かれ、最終的な結論は年末までに出る見通しだ。";
    private static final String CHINESE = "市议会星期四讨论了明年港口预算的分配问题。新的渡轮码头、海堤维修和海滨步道的冬季"
            + "照明哪一项应该优先，议员们意见不一，最终决定预计将在年底前作出。";
    private static final String KOREAN = "시의회는 목요일에 내년도 항만 예산 배분을 논의했다. "
            + "새 여객선 부두와 방파제 보수, 그리고 해안 산책로의 겨울 조명 가운데 무엇을 먼저 할지를 두고 "
            + "의견이 갈렸으며 최종 결정은 연말 전에 나올 전망이다.";
    private static final String RUSSIAN = "Городской совет в четверг обсудил, как распределить бюджет порта "
            + "на следующий год. Мнения разделились: одни хотят сначала построить новый причал для парома, "
            + "другие считают, что важнее отремонтировать волнорез и осветить набережную зимой.";
    private static final String UKRAINIAN = "Міська рада в четвер обговорила, як розподілити бюджет порту "
            + "на наступний рік. Думки розділилися: одні хочуть спочатку збудувати новий причал для порому, "
            + "інші вважають, що важливіше відремонтувати хвилеріз і освітити набережну взимку.";
    private static final String GREEK = "Το δημοτικό συμβούλιο συζήτησε την Πέμπτη πώς θα μοιραστεί "
            + "ο προϋπολογισμός του λιμανιού για την επόμενη χρονιά, ανάμεσα στη νέα προβλήτα, "
            + "την επισκευή του κυματοθραύστη και τον φωτισμό.";
    private static final String ARABIC = "ناقش المجلس البلدي يوم الخميس كيفية توزيع ميزانية الميناء "
            + "للعام المقبل بين الرصيف الجديد للعبارات وإصلاح حاجز الأمواج وإنارة الكورنيش في الشتاء، "
            + "ومن المتوقع صدور القرار قبل نهاية العام.";
    private static final String PERSIAN = "شورای شهر روز پنجشنبه درباره چگونگی تقسیم بودجه بندر "
            + "برای سال آینده گفتگو کرد. گروهی می‌خواهند ابتدا اسکله تازه ساخته شود "
            + "و گروهی دیگر تعمیر موج‌شکن را مهم‌تر می‌دانند.";
    private static final String SERBIAN_LATIN = "Gradsko veće je u četvrtak raspravljalo o tome kako da se podeli "
            + "budžet luke za sledeću godinu, između novog pristaništa za trajekt, popravke lukobrana i zimskog "
            + "osvetljenja šetališta, a konačna odluka se očekuje pre kraja godine.";

    /** A text mostly in letters other than Latin tells its language by them, whatever the page declares. */
    @ParameterizedTest(name = "{0} declared {1}")
    @CsvSource(nullValues = "-", value = {
        "JAPANESE, en, ja", "JAPANESE, -, ja", "CHINESE, en, zh", "CHINESE, zh-tw, zh-tw", "KOREAN, -, ko",
        "KOREAN, ja, ko", "JAPANESE, zh, ja", "CHINESE, ja, zh", "RUSSIAN, en, ru", "UKRAINIAN, -, uk",
        "UKRAINIAN, ru, ru", "GREEK, en, el", "ARABIC, en, ar", "PERSIAN, ar, ar", "PERSIAN, -, fa",
        "SERBIAN_LATIN, sr, sr"})
    void aTextInOtherLettersTellsItsLanguageByThem(String text, String declared, String expected) throws Exception {
        String t = (String) LanguageCheckTest.class.getDeclaredField(text).get(null);
        assertEquals(expected, LanguageCheck.language(declared, t));
    }

    @Test
    void aDeclarationOfOtherLettersGivesWayToTheWordsOfALatinText() {
        assertEquals("en", LanguageCheck.language("ru", ENGLISH));
        assertEquals("en", LanguageCheck.language("ja", ENGLISH));
        assertEquals("tr", LanguageCheck.language("tr", ENGLISH.substring(0, 60) + " " + GERMAN.substring(0, 10)),
                "a Latin language the stopwords do not know stands when the text is too short to judge");
    }

    @Test
    void aFewForeignLettersDecideNothing() {
        assertEquals("en", LanguageCheck.language("en", ENGLISH + " 東京 Tōkyō, Москва."));
        assertEquals("en", LanguageCheck.language("en", "港町の市議会は木曜日、予算を話し合った。"),
                "fewer than 40 letters: the declaration stands");
    }
}
