package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosingCreditTest {
    private static final String STORY = "The council met on Thursday and agreed to open the harbour basin to rowing "
            + "clubs again after the winter.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wire credit in brackets     | The harbour master said the basin stays open until March. (HG mit dpa) | HG mit dpa
            agency alone                | The harbour master said the basin stays open until March. (dpa)         | dpa
            labelled last line          | Autor: Mara Holm                                                        | Mara Holm
            text and photos             | Text und Fotos: Mara Holm                                               | Mara Holm
            a club's report             | Bericht: Uwe Brandtner                                                  | Uwe Brandtner
            Nordic text and picture     | Tekstur og mynd: ÁMP                                                    | ÁMP
            dashed sign-off and role    | — Teodora Vance, owner & head roaster                                   | Teodora Vance
            dashed sign-off             | – Teodora Vance                                                         | Teodora Vance
            Norwegian text and photo    | Tekst og foto: Mara Holm                                                | Mara Holm
            report by                   | Report by Mara Holm                                                     | Mara Holm
            labelled credit in brackets | (Texto: Rosa Quispe Mamani / Fotos: Julio Ccori)                        | Rosa Quispe Mamani
            compiled by                 | Compiled by Brenda Nakato | Brenda Nakato
            words and photos            | Words: Hafsa Rahman and Idris Kamara, EMCC Youth Media Team. Photos: Bilal Chowdhury. | Hafsa Rahman;Idris Kamara
            words and pictures by label | Words and pictures: Mara Holm                                           | Mara Holm
            chinese writer, photographer | 文：陳凱琳｜攝影：黃家豪                                               | 陳凱琳
            an interview's interviewer  | Propos recueillis par Miora Randrianasolo                                | Miora Randrianasolo
            interviewed by              | Interview by Mara Holm.                                                 | Mara Holm
            an op-ed's writer note      | The writer, Kiprono Lagat, is a professor of agricultural economics.   | Kiprono Lagat
            a German interview's pair   | Das Interview führten Mara Holm und Jonas Ekwall.                       | Mara Holm;Jonas Ekwall
            title before the name       | Autor: Rechtsanwalt Jonas Ekwall                                        | Jonas Ekwall
            brackets with no agency     | The basin stays open, the harbour master said. (Video)                  |
            a place after a sentence    | Harbour 3                                                               |
            wire desk's credits         | Reporting by Katrin Vollmer in Frankfurt and Oliver Pendleton in London; Editing by Marguerite Dassin | Katrin Vollmer;Oliver Pendleton
            a writer and an editor      | Writing by Mara Holm; Editing by Tom Poe                                | Mara Holm
            the piece named first       | Summary written by Maren Okafor, TerraPrints plain-language volunteer. The summary was checked for accuracy. | Maren Okafor
            initials and a title        | Written by Prof. J. R. Smith. Edited by Tom Poe.                        | Prof. J. R. Smith
            music written by            | Music written by Johann Strauss, played by the town band.               |
            paper, bureau, reporter     | 市は来年度の予算に車両二台分の購入費を盛り込む方向で調整している。（越中新報 汐見支局・村瀬千尋） | 村瀬千尋
            editing alone               | Editing by Marguerite Dassin                                            |
            tongan reported by          | Līpooti ʻa Mele Taufa                                                   | Mele Taufa
            club report by              | Relazione di Chiara Morandini                                           | Chiara Morandini
            club report von             | Bericht von Hannes Brückner                                             | Hannes Brückner
            journalist label            | Jornalista: Zelia Soares Belo                                           | Zelia Soares Belo
            portuguese report label     | Reportagem: Heloísa Carvalhal Pires (Ascom/ANSB)                        | Heloísa Carvalhal Pires
            reporter in brackets        | 市は来年度の予算に車両二台分の購入費を盛り込む方向で調整している。（山田花子）     | 山田花子
            paper and its reporter      | 市は来年度の予算に車両二台分の購入費を盛り込む方向で調整している。（みなと新報・田村結衣）   | 田村結衣
            reporter named as such      | 市は来年度の予算に車両二台分の購入費を盛り込む方向で調整している。（記者　山田 花子） | 山田 花子
            signature and office        | Jana Dvořáková, starostka | Jana Dvořáková
            office and a full stop      | Ignacio Valdebenito Soto, corresponsal en Puerto Varas. | Ignacio Valdebenito Soto
            labelled report in brackets | 南兴茶室预计明年3月暂时迁往附近的休罗街营业，待修复工程完成后再搬回原址。（报道：江慧玲） | 江慧玲
            a reader and her town       | Joan Whitfield, Castlemaine |
            a source who wrote it in    | Source: Selasi Amenyo, Contributor | Selasi Amenyo
            a club's report label       | Report: Tom Ashdown, in Dubai | Tom Ashdown
            a source that is an agency  | Source: GNA |
            """)
    void readsTheLastLines(String name, String last, String expected) {
        List<String> got = ClosingCredit.of(STORY + "\n\n" + last + "\n\nShare this story").stream()
                .map(Author::name).toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")), got, name);
    }

    /**
     * The story's very last line: an agency's reporter credited under the story ("By Mutua Kilonzo"), a signature with
     * the writer's office on the line under the name; not a sentence that opens with "By".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            by at the end           | By Mutua Kilonzo                      | Mutua Kilonzo
            office under the name   | Kertu Lepik\\narendusspetsialist      | Kertu Lepik
            a sentence opening by   | By the way, the basin reopens in May. |
            a japanese series team  | （この連載は報道部・高峰遼、三ツ森支局・水野さくらが担当します） | 高峰遼;水野さくら
            """)
    void readsTheStorysLastLine(String name, String last, String expected) {
        List<String> got = ClosingCredit.of(STORY + "\n\n" + last.replace("\\n", "\n")).stream()
                .map(Author::name).toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")), got, name);
    }

    /**
     * A letter to the editor is signed in a paragraph of its own, the writer's town under the name; a story's closing
     * line of two capitalised words and a place under it is signed only so, after the letter's last sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name and town         | Doris Pelletier\\nHarwick           | Doris Pelletier
            name, town and state  | Doris Pelletier\\nHarwick, Maine    | Doris Pelletier
            name and a sentence   | Doris Pelletier\\nThanks for reading. |
            """)
    void readsALettersSignatureAndTown(String name, String signature, String expected) {
        List<String> got = ClosingCredit.of(STORY + "\n\n" + signature.replace("\\n", "\n")).stream()
                .map(Author::name).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), got, name);
    }

    /**
     * A Vietnamese paper signs a story with the name as its last paragraph; elsewhere such a paragraph of capitalised
     * words is as often a heading left at the end.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"vi|Minh Anh", "vi-VN|Minh Anh", "en|", "de|", "|"})
    void aNameAsTheLastParagraphSignsAVietnameseStory(String lang, String expected) {
        String story = "Đợt không khí lạnh dự kiến kéo dài đến khoảng ngày 3/12, sau đó cường độ suy yếu dần, nhiệt độ ở"
                + " Bắc Bộ tăng nhẹ vào ban ngày nhưng đêm và sáng sớm vẫn rét.";
        List<Author> got = ClosingCredit.of(story + "\n\n" + story + "\n\nMinh Anh", lang == null ? "" : lang);
        assertEquals(expected == null ? List.of() : List.of(expected), got.stream().map(Author::name).toList());
    }

    /** So does a Russian or Kazakh paper, in a language that capitalises no nouns; a German one does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ru|Данияр Кенжебаев", "kk|Данияр Кенжебаев", "uk|Данияр Кенжебаев", "de|"})
    void aNameAsTheLastParagraphSignsAStoryInCyrillic(String lang, String expected) {
        String story = "На момент публикации ремонтные работы на подстанции продолжаются. Редакция будет следить за"
                + " развитием ситуации.";
        List<Author> got = ClosingCredit.of(story + "\n\n" + story + "\n\nДанияр Кенжебаев", lang);
        assertEquals(expected == null ? List.of() : List.of(expected), got.stream().map(Author::name).toList());
    }

    @Test
    void aNameAloneEndingAParagraphSignsIt() {
        List<Author> got = ClosingCredit.of(STORY + "\n\n" + STORY + " The rowing season starts in April, they said."
                + "\nMara Holm\n\nFurther reading: the club's annual report");
        assertEquals(List.of("Mara Holm"), got.stream().map(Author::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English, role below          | Warmly,                  | Dolores Whitfield-Amaya\\nExecutive Director | Dolores Whitfield-Amaya
            role after a comma           | Kind regards,            | Dolores Whitfield-Amaya, Executive Director | Dolores Whitfield-Amaya
            German                       | Mit freundlichen Grüßen  | Mara Holm                                   | Mara Holm
            Dutch                        | Met vriendelijke groet,  | Joris van Dijk                              | Joris van Dijk
            French                       | Bien cordialement,       | Claire Moreau\\nPrésidente                  | Claire Moreau
            a newsletter's own sign-off  | See you on the water,    | Priya Vandermeer\\nEditor, Brackwater Weekly | Priya Vandermeer
            a two-word sign-off          | Until Thursday,          | Priya Vandermeer                            | Priya Vandermeer
            a sentence ending in a comma | We met at the harbour, where the boats were, | Mara Holm          |
            no closing above             | Opening hours:           | Mara Holm                                   |
            a first name alone           | Cheers,                  | Tom                                         |
            """)
    void aLettersClosingSignsIt(String name, String closing, String signature, String expected) {
        List<String> got = ClosingCredit.of(STORY + "\n\n" + closing + "\n" + signature.replace("\\n", "\n")).stream()
                .map(Author::name).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), got, name);
    }

    @Test
    void aNameAloneAfterAShortLineIsNoSignature() {
        assertEquals(List.of(), ClosingCredit.of(STORY + "\n\nOpening hours:\nMara Holm"));
    }

    @Test
    void theClosingCreditReplacesTheHouseOrAnUnshownAccount() {
        List<Author> closing = List.of(Author.named("Mara Holm"));
        assertEquals(closing, AuthorPicker.closing("Harbour Gazette", "https://harbour.example/a",
                List.of(Author.named("Redaktion")), false, closing));
        assertEquals(closing, AuthorPicker.closing("Harbour Gazette", "https://harbour.example/a",
                List.of(Author.named("Kay Webdesk")), false, closing));
        assertEquals(List.of(Author.named("Jonas Ekwall")), AuthorPicker.closing("Harbour Gazette",
                "https://harbour.example/a", List.of(Author.named("Jonas Ekwall")), true, closing));
        // nor when it names the desk, in any of its languages
        assertEquals(closing, AuthorPicker.closing("街坊食記", "https://food.example.hk/a",
                List.of(Author.named("街坊食記編輯部")), true, closing));
        assertEquals(closing, AuthorPicker.closing("Суғдиён", "https://sughdiyon.tj/a",
                List.of(Author.named("Таҳририят")), true, closing));
        assertEquals(closing, AuthorPicker.closing("કચ્છ સમાચાર", "https://kutch.example.in/a",
                List.of(Author.named("ન્યૂઝ ડેસ્ક")), true, closing));
        assertEquals(closing, AuthorPicker.closing("नगर समाचार", "https://nagar.example.in/a",
                List.of(Author.named("डिजिटल डेस्क")), true, closing));
        // nor when it names the club by its name and its kind in capitals, at the club's address
        assertEquals(closing, AuthorPicker.closing(null, "https://www.severnshirecricket.example/news/a",
                List.of(Author.named("Severnshire CCC")), true, closing));
        assertEquals(List.of(Author.named("Severn Shaw")), AuthorPicker.closing(null,
                "https://www.severnshirecricket.example/news/a", List.of(Author.named("Severn Shaw")), true, closing));
        // a byline above the story stays when it names a person, not when it names the house's media desk
        assertEquals(closing, AuthorPicker.closing("Eastbridge Muslim Community Centre", "https://www.emcc.org.uk/a",
                List.of(Author.named("EMCC Media")), true, closing));
    }

    @Test
    void readsTheLastLinesAsSplittingTheWholeTextWould() {
        Random random = new Random(3);
        String alphabet = "ab .\n\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            java.util.Collections.reverse(lines);
            int n = 1 + random.nextInt(6);
            assertEquals(lines.subList(0, Math.min(n, lines.size())), ClosingCredit.lastLines(text, n),
                    () -> "for " + text.replace("\n", "\\n"));
        }
    }

    /** The source of a quotation closing the text, after a dash, is no signature; nor is a dash after a heading. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master closed the meeting by reading a line he keeps on his desk: “Be kind to the harbour.”⏎— Mark Twain
            Timetable⏎— Teodora Vance
            """)
    void aQuotationsSourceIsNoSignature(String text) {
        assertEquals(List.of(), ClosingCredit.of(STORY + "\n\n" + text.replace("⏎", "\n")));
    }

    /**
     * A story signed flush right in a last block of its own (an inline style or a theme's class) is signed by the
     * name there; the same name left-aligned, a heading set right, or a sentence set right signs nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p style="text-align: right;"><strong>Celeste Muianga</strong></p>     | Celeste Muianga
            <p class="has-text-align-right">Celeste Muianga</p>                    | Celeste Muianga
            <div style="TEXT-ALIGN:right"><b>Celeste</b> <b>Muianga</b></div>      | Celeste Muianga
            <p><strong>Celeste Muianga</strong></p>                                |
            <p style="text-align: right;">A campanha decorre até ao final de Março.</p> |
            <p style="text-align: right;">vendas de caju</p>                        |
            <p style="text-align: right;"><strong><em>Зарина Қодирова,</em></strong><br><em>«Суғдиён»</em></p> | Зарина Қодирова
            <p style="text-align: right;">Nova Iorque, 20 de novembro</p>          |
            <p style="text-align:right;"><strong>Đắc Thành - Hoàng Vy</strong></p> | Đắc Thành; Hoàng Vy
            <p style="text-align:right;"><strong>Đắc Thành - thêm ảnh</strong></p> |
            <p class="letter-signature"><strong>Winifred Asante-Cole, Bellmore Falls</strong></p> | Winifred Asante-Cole
            <p class="letter-signature">Winifred Asante-Cole</p>                   | Winifred Asante-Cole
            <p class="has-text-align-right">Winifred Asante-Cole, Bellmore Falls</p> |
            """)
    void readsANameSetFlushRightAtTheEnd(String last, String expected) {
        org.jsoup.nodes.Element story = org.jsoup.Jsoup.parse("<div><p>" + STORY + "</p>" + last + "</div>").body()
                .child(0);
        assertEquals(expected == null ? List.of() : List.of(expected.split("; ")),
                ClosingCredit.signedFlushRight(List.of(story)).stream().map(Author::name).toList(), last);
    }

    /** A signature naming the declared writer and another: both wrote it. */
    @Test
    void aSignatureNamingTheDeclaredWriterAndAnotherCreditsBoth() {
        List<Author> closing = List.of(Author.named("Đắc Thành"), Author.named("Hoàng Vy"));
        assertEquals(closing, AuthorPicker.closing("Tin Miền Trung", "https://tin.example.vn/a",
                List.of(Author.named("Đắc Thành")), false, closing));
        assertEquals(List.of(Author.named("Đắc Thành")), AuthorPicker.closing("Tin Miền Trung",
                "https://tin.example.vn/a", List.of(Author.named("Đắc Thành")), true, closing));
    }
}
