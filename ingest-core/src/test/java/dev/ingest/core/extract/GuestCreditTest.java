package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.model.Author;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guest a post's opening names is its writer; a guest mentioned further on, or no name, credits no one. */
class GuestCreditTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This is a guest post by Daniel Ortiz, a hydrologist in Albuquerque. Ruth asked me to write about wells.  | Daniel Ortiz
            Guest column: Joris van Dijk on why the ferry should stay public.                                        | Joris van Dijk
            Ein Gastbeitrag von Lena Hartmann. Die Stadt plant einen neuen Radweg entlang der Weser.                 | Lena Hartmann
            Article invité de Claire Dubois, urbaniste à Lyon.                                                       | Claire Dubois
            Guest post by Dr. Ilse Brandt, a hydrologist at the groundwater institute. I asked her to write. — Mara   | Ilse Brandt
            Guest column by Prof. Anders Lund on the ferry budget.                                                   | Anders Lund
            We asked our readers for guest posts about their gardens, and many wrote in.                             |
            The council met on Thursday. Guest speaker Mara Holm talked about the harbour.                           |
            """)
    void readsTheGuestTheOpeningNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected,
                String.join("; ", GuestCredit.of(text).stream().map(Author::name).toList()), text);
    }

    /**
     * A first line that is a byline of its own credits the story's writer: "By" and its kin on any page, the
     * language's own word ("Na", "Ni", "Nga", "Oleh") on a page in that language only; a longer line, a story of one
     * line or a phrase credits no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | By Mara Holm                                              | Mara Holm
            de | Von Anna Berg und Jonas Keller                            | Anna Berg; Jonas Keller
            sw | Na Halima Chande, Mtwara                                  | Halima Chande
            fil | Ni Rowena D. Villacorta                                  | Rowena D. Villacorta
            fil | Ni Ana Villanueva at Roberto Magsino                     | Ana Villanueva; Roberto Magsino
            id | Oleh Dewi Lestari dan Budi Santoso                        | Dewi Lestari; Budi Santoso
            en | By Mara Holm at the Harbour Gazette                       | Mara Holm
            sq | Nga Arben Dushku dhe Elira Mema                           | Arben Dushku; Elira Mema
            yo | Láti ọwọ́ Adéṣọlá Ògúnlànà, Ìgbó-Ọlá                       | Adéṣọlá Ògúnlànà
            fo | Tekstur: Rannvá Joensen                                   | Rannvá Joensen
            gd | Sgrìobhte le Seonag NicDhòmhnaill                         | Seonag NicDhòmhnaill
            el | Γράφει η Ελευθερία Δρακοπούλου                            | Ελευθερία Δρακοπούλου
            el | ΓΡΆΦΕΙ Ο Νίκος Παππάς                                     | Νίκος Παππάς
            ar | كتبت ريما حداد في «المدار»:                                | ريما حداد
            en | كتبت ريما حداد في «المدار»:                                |
            en | Text: Mara Holm                                           | Mara Holm
            en | Words: Hannah Okafor                                      | Hannah Okafor
            da | Af Karen Hvidberg                                         | Karen Hvidberg
            sv | Av Karin Lindholm och Per Ek                              | Karin Lindholm; Per Ek
            pt | Av. Paulista, 1000                                        |
            zh | 文｜陈思远、林可欣                                          | 陈思远; 林可欣
            ku | Nûçe: Berfîn Zinar                                        | Berfîn Zinar
            zh | 撰文：陈思远                                               | 陈思远
            zh | 报道：蔡伟强                                               | 蔡伟强
            en | Text: the council's own summary                           |
            en | Na Halima Chande, Mtwara                                  |
            en | By the numbers                                            |
            en | By Mara Holm, who has covered the harbour for the Gazette since the ferry strike of 2019 |
            en | Interview by Julian Tharpe                                | Julian Tharpe
            en | From Chiamaka Obi, Abeokuta                               | Chiamaka Obi
            en | From the archives                                         |
            en | From London to Lagos, Overland                            |
            """)
    void readsTheByline(String lang, String first, String expected) {
        String text = first + "\n\nThe council met on Thursday to decide how the harbour budget will be split.";
        assertEquals(expected == null ? "" : expected,
                String.join("; ", GuestCredit.firstLine(text, lang).stream().map(Author::name).toList()), first);
        assertEquals("", String.join("; ", GuestCredit.firstLine(first, lang).stream().map(Author::name).toList()),
                "a story of one line");
    }

    /** The story block may hold the headline above the byline: the line after it is the first. */
    @Test
    void readsTheBylineUnderTheHeadlineTheStoryHolds() {
        String text = "Harbour budget split\n\nBy Mara Holm\n\nThe council met on Thursday to decide how the harbour"
                + " budget will be split.";
        assertEquals(List.of("Mara Holm"), GuestCredit.firstLine(text, "en", "Harbour budget split").stream()
                .map(Author::name).toList());
        assertEquals(List.of(), GuestCredit.firstLine(text, "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            20  | Daniel Ortiz
            400 |
            """)
    void readsOnlyTheOpening(int before, String expected) {
        String text = "x".repeat(before) + " This is a guest post by Daniel Ortiz, a hydrologist.";
        assertEquals(expected == null ? "" : expected,
                String.join("; ", GuestCredit.of(text).stream().map(Author::name).toList()));
    }

    /**
     * A wire story's opening dateline may carry the writer's credit between dashes; a dateline without one, or a
     * sentence that mentions someone "by" name, credits no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BERLIN (TEP) — By Anna Weber — Germany's cabinet on Tuesday approved a heating program. | Anna Weber
            OSLO -- By Mara Holm and Tom Poe -- The ferry strike ended on Friday.                  | Mara Holm; Tom Poe
            BERLIN (TEP) — Germany's cabinet on Tuesday approved a heating program by Anna Weber.  |
            The harbour was rebuilt — by Anna Weber — in the years after the flood.                |
            """)
    void readsTheCreditInAWireDateline(String text, String expected) {
        assertEquals(expected == null ? "" : expected,
                String.join("; ", GuestCredit.dateline(text).stream().map(Author::name).toList()), text);
    }

    /**
     * A Chinese paper's lead opens with its reporters in brackets, after the headline, date line and caption the
     * story block may hold; a caption's "（記者…攝）" credits the picture, and a bracket later in the text no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            潮汐财经讯（记者 孙启航）本市今年新增的充电桩数量已超过去年全年。                                  | 孙启航
            〔記者林佩蓉／台北報導〕台北市立圖書館今起試辦夜間開放。                                          | 林佩蓉
            本报讯（记者 王小川 李青 通讯员 赵一）全省秋粮收购进度过半。                                       | 王小川; 李青
            大安分館夜間閱覽室（記者林佩蓉攝）⏎〔記者林佩蓉／台北報導〕台北市立圖書館今起試辦夜間開放。           | 林佩蓉
            大安分館夜間閱覽室（記者林佩蓉攝）                                                              |
            全省秋粮收购进度过半，省粮食局局长在接受采访时说，今年的收购比往年更早开始（记者 孙启航）。          |
            """)
    void readsTheReportersAChineseLeadOpensWith(String text, String expected) {
        assertEquals(expected == null ? "" : expected, String.join("; ", GuestCredit.reporterBracket(
                text.replace("⏎", "\n")).stream().map(Author::name).toList()), text);
    }

    /**
     * A credit line among the story's first four lines, under a deck and a republication note: its writers, less an
     * outlet the story says published it, or a report's writer labelled in an Indian language ("અહેવાલ: …"); or a
     * line of its own with a name in capitals and a place. Past the fourth line, or as the last line of the text, it
     * credits no one; a place in capitals, or a dateline running into the lead, is no credit line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parents face a long drive.⏎📰⏎This article was originally published by Prairie Watch and is republished here.⏎By Teresa Halvorsen, Prairie Watch⏎Sable Creek will stop delivering babies. | Teresa Halvorsen
            A deck.⏎By Mara Holm and Tom Poe⏎The ferry strike ended on Friday.                                                                                                                | Mara Holm; Tom Poe
            One.⏎Two.⏎Three.⏎Four.⏎By Mara Holm⏎The ferry strike ended on Friday.                                                                                                         |
            A deck.⏎The ferry strike ended on Friday.⏎By Mara Holm                                                                                                                          |
            A deck.⏎By the numbers, the strike cost the ferry company two million crowns in a week of lost fares and refunds to its riders.⏎More text. |
            MWILA KASONDE, Kitwe⏎Mealie meal prices dropped by a fifth this week.                                                                                                          | MWILA KASONDE
            A deck.⏎NALEDI MOYO-BANDA, Ndola⏎Mealie meal prices dropped by a fifth this week.                                                                                               | NALEDI MOYO-BANDA
            KITWE, ZAMBIA⏎Mealie meal prices dropped by a fifth this week.                                                                                                                  |
            MWILA, Kitwe⏎Mealie meal prices dropped by a fifth this week.                                                                                                                   |
            MWILA KASONDE, Kitwe — Mealie meal prices dropped by a fifth this week.⏎More text.                                                                                              |
            અહેવાલ: ભાવેશ ઠક્કર, ભુજ⏎કચ્છના રણમાં આ વર્ષે યાયાવર પક્ષીઓ વહેલાં આવ્યાં છે.                                                                                                           | ભાવેશ ઠક્કર
            रिपोर्ट: अंकित शर्मा⏎शहर में इस साल ठंड जल्दी आ गई है।                                                                                                                            | अंकित शर्मा
            Kitba ta’ Marija Azzopardi⏎Il-kunsill lokali approva l-pjan għall-ġnien il-ġdid.                                                                                               | Marija Azzopardi
            Words by Mia Tran⏎Art by Joel Baptiste⏎The bus from the coast arrives at six, and the campus is still asleep.                                                           | Mia Tran
            Shkruan: Valmira Sulejmani⏎Qyteti ka nevojë për më shumë hapësira të gjelbra, jo për më shumë parkingje.                                                                      | Valmira Sulejmani
            """)
    void readsACreditAmongTheOpeningLines(String text, String expected) {
        assertEquals(expected == null ? "" : expected, String.join("; ", GuestCredit.openingLines(
                text.replace("⏎", "\n"), "en", null).stream().map(Author::name).toList()), text);
    }

    /**
     * A line of its own giving a name, a bar and a place credits the writer among the opening lines; a line of places
     * and sections between bars, or such a line running into the lead, credits no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Sonam Pelden | Tsirang⏎A solar-powered cold room has kept mandarins fresh for five weeks.      ; Sonam Pelden
            A deck.⏎Karma Wangchuk Dorji | Trashigang⏎A solar-powered cold room has kept mandarins fresh.  ; Karma Wangchuk Dorji
            Tsirang | Economy | Farming⏎A solar-powered cold room has kept mandarins fresh for five weeks.  ;
            Sonam Pelden | Tsirang — a solar-powered cold room has kept mandarins fresh for five weeks.⏎More. ;
            """)
    void readsANameABarAndAPlaceAmongTheOpeningLines(String text, String expected) {
        assertEquals(expected == null ? "" : expected, String.join("; ", GuestCredit.openingLines(
                text.replace("⏎", "\n"), "en", null).stream().map(Author::name).toList()), text);
    }

    /**
     * A South Asian paper's dateline names the reporter in brackets after the place and the day, or in an Urdu paper
     * after the place alone; an agency, a desk or a Latin-script bracket without a day before it names no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ਬਠਿੰਡਾ, ੨੬ ਨਵੰਬਰ (ਹਰਮਨਜੀਤ ਸਿੰਘ ਬਰਾੜ)- ਪਿੰਡ ਕੋਟਲੀ ਖੁਰਦ ਦੀ ਟੀਮ ਨੇ ਮੁਕਾਬਲਾ ਜਿੱਤਿਆ। | ਹਰਮਨਜੀਤ ਸਿੰਘ ਬਰਾੜ
            जयपुर, 26 नवंबर (राजेश पारीक)। शहर में आज से नई बस सेवा शुरू हुई।                 | राजेश पारीक
            Chandigarh, Nov 26 (Aman Sood) - The state cabinet approved the new policy.        | Aman Sood
            NEW DELHI, Nov 26 (PTI) - The state cabinet approved the new policy.               |
            LAHORE, Nov 26 (Staff Reporter): The state cabinet approved the new policy.        |
            FRANKFURT, Nov 27 (Meridian Wire) - Rheinwerk Bank is exploring a sale of its loans. |
            Chandigarh (Aman Sood) - The state cabinet approved the new policy.                |
            لاہور (ثاقب ممتاز چودھری) پنجاب حکومت نے سموگ کے پیش نظر اسکول بند کر دیے۔          | ثاقب ممتاز چودھری
            لاہور (نمائندہ جنگ) پنجاب حکومت نے سموگ کے پیش نظر اسکول بند کر دیے۔                |
            """)
    void readsTheReporterADatelineNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected,
                String.join("; ", GuestCredit.datelineReporter(text).stream().map(Author::name).toList()), text);
    }

    /** The first lines are read as splitting the stripped text at runs of line breaks reads them, on any text. */
    @Test
    void readsTheLeadingLinesAsSplittingTheWholeTextWould() {
        String[] pieces = {"\n", "\n\n", " ", "\t", "\u2003", "\r\n", "a", "Lead.", "（记者 孙启航）", "😀", "x y"};
        Random random = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            for (int n = 1; n <= 5; n++) {
                String[] split = text.strip().split("\n+", n + 1);
                List<String> expected = Arrays.asList(split).subList(0, Math.min(split.length, n));
                assertEquals(expected, GuestCredit.leadingLines(text, n), text);
            }
        }
    }
}
