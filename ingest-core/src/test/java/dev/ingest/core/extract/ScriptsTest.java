package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {
    /** One sentence of council news in each language, twice over, to give each script enough letters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bg | Общинският съвет обсъди в четвъртък как да се разпредели бюджетът на пристанището за следващата година.",
        "sr | Градско веће је у четвртак расправљало о томе како да се подели буџет луке за следећу годину.",
        "mk | Градскиот совет во четвртокот расправаше како да се подели буџетот, а одлуката ќе биде донесена наскоро.",
        "be | Гарадская рада ў чацвер абмеркавала, як размеркаваць бюджэт порта на наступны год.",
        "kk | Қалалық кеңес бейсенбі күні келесі жылға арналған порт бюджетін қалай бөлу керектігін талқылады.",
        "uk | Міська рада в четвер обговорила, як розподілити бюджет порту на наступний рік.",
        "ru | Городской совет в четверг обсудил, как распределить бюджет порта на следующий год.",
        "ur | شہر کی کونسل نے جمعرات کو اگلے سال کے لیے بندرگاہ کے بجٹ کی تقسیم پر بات کی۔",
        "fa | شورای شهر روز پنجشنبه درباره تقسیم بودجه بندر برای سال آینده گفتگو کرد.",
        "ar | ناقش المجلس البلدي يوم الخميس كيفية توزيع ميزانية الميناء للعام المقبل.",
        "he | מועצת העיר דנה ביום חמישי בחלוקת תקציב הנמל לשנה הבאה.",
        "th | สภาเมืองได้หารือเมื่อวันพฤหัสบดีเกี่ยวกับการจัดสรรงบประมาณท่าเรือสำหรับปีหน้า",
        "hi | नगर परिषद ने गुरुवार को अगले साल के लिए बंदरगाह के बजट के बंटवारे पर चर्चा की।",
        "el | Το δημοτικό συμβούλιο συζήτησε την Πέμπτη τον προϋπολογισμό του λιμανιού.",
        "ko | 시의회는 목요일에 내년도 항만 예산 배분을 논의했다.",
        "ja | 市議会は木曜日、来年度の港湾予算の配分を話し合った。",
        "zh | 市议会星期四讨论了明年港口预算的分配问题。"})
    void theLettersNameTheLanguage(String language, String sentence) {
        assertEquals(language, Scripts.guess(sentence + " " + sentence).language());
    }

    @Test
    void latinTextOrTooFewLettersIsLeftToTheStopwords() {
        assertNull(Scripts.guess("The council met on Thursday to decide how the harbour budget will be split."));
        assertNull(Scripts.guess("Der Rat tagte am Donnerstag: 東京 und Москва."), "a few foreign letters");
        assertNull(Scripts.guess("市議会は木曜日、予算を話し合った。"), "fewer than 40 letters");
    }

    @Test
    void aLanguageIsWrittenInItsScript() {
        assertTrue(Scripts.writes("uk-UA", Scripts.Script.CYRILLIC));
        assertTrue(Scripts.writes("sr", Scripts.Script.LATIN), "Serbian is written in both");
        assertTrue(Scripts.writes("tr", Scripts.Script.LATIN), "an unlisted language is Latin");
        assertFalse(Scripts.writes("ru", Scripts.Script.LATIN));
        assertFalse(Scripts.writes("os", Scripts.Script.LATIN), "Ossetian is written in Cyrillic");
        assertTrue(Scripts.writes("sah-RU", Scripts.Script.CYRILLIC), "and so is Sakha");
        Scripts.Guess japanese = Scripts.guess("市議会は木曜日、来年度の港湾予算の配分を話し合った。".repeat(2));
        assertTrue(Scripts.agrees("ja-JP", japanese));
        assertFalse(Scripts.agrees("zh", japanese), "Han with kana is Japanese, not Chinese");
    }
}
