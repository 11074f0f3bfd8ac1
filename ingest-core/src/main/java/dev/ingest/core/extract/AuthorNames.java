package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a credit line into person names: no "By", no dates, no role words, one entry per person.
 *
 * <p>{@code parse("By Mara Lindqvist and Tomás Ruiz | Published 28 Nov 2026")} is
 * {@code ["Mara Lindqvist", "Tomás Ruiz"]}; {@code parse("Von Anna Berg, Redakteurin")} is {@code ["Anna Berg"]}.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:(?:text|texte)\\s*(?:/|&|und|and|\\+)\\s*(?:fotos?|photos?"
            + "|bilder?)|written|posted|published|reported|hosted|presented|moderated|moderiert|text|texte|texto"
            + "|testo|story|words(?:\\s*(?:and|&|/|\\+)\\s*(?:pictures|photos?|images))?"
            + "|photos?|fotos?|interview|(?:ein\\s+)?(?:bericht|beitrag)|ein\\s+(?:gastbeitrag|kommentar)"
            + "|eine?\\s+\\p{L}+\\s+von"
            + "|eine\\s+(?:analyse|reportage"
            + "|kolumne)|gastbeitrag|kommentar|geschrieben|verfasst|autor(?:in|en)?|authors?|auteurs?|redakteur(?:in)?"
            + "|escrito|publicado|crédits?|credits?|submitted|gespeichert|eingestellt|erstellt"
            // a profession that is a title before the name: "Rechtsanwalt Sebastian Brück"
            + "|rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|attorney"
            // a minister of a parish: "Pfarrerin Johanna Kettler", "Diakon Jonas Ekwall", "Fr. Daniel Okafor",
            // "Rev. Ann Lee" ("Pastor" is a surname too)
            + "|pfarrer(?:in)?|pastorin|diakon(?:in)?|vikar(?:in)?|dekan(?:in)?|prädikant(?:in)?|fr\\.|rev\\.|revd\\.?"
            + "|reverend"
            // an Indonesian portal's regional contributor before the name: "Kontributor Bogor, Dinda Maharani"
            + "|(?:kontributor|koresponden)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s*,"
            // a Polish agency's signature, the town it was filed from before the name: "Z Lublina Tomasz Wierzbicki"
            + "|(?-i:Ze?\\s+\\p{Lu}\\p{L}+)(?=\\s+(?-i:\\p{Lu}\\p{L}+\\s+\\p{Lu}))"
            // an agency's writers before their names: "Tianhe writers Gao Mingzhe, Lu Yanqing", "Staff Writer Ann Roe"
            + "|(?-i:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)\\s+(?:staff\\s+)?(?:writers?|reporters?"
            + "|correspondents?|journalists?)(?=\\s+(?-i:\\p{Lu}))"
            + ")\\s*(?:by|von|par|por)?"
            // the labels of other languages: ru/uk, tr, hu, fi, hr/sr, vi, id, sv, da/nb, it; el "Του", "Της" ("of")
            + "|автор(?:ы|и)?|муаллиф|yazar|szerző|teksti|kirjoittaja|piše|napisao|napisala|tác giả|penulis|författare"
            + "|skrivet av|forfatter|skrevet af|skrevet av|autore|του|της|ავტორი|müəllif|հեղինակ|συντάκτης"
            // lt "Autorius", "Autorė", lv "Autors"
            + "|autorius|autorė|autors"
            // tg "Аз ҷониби" ("on behalf of")
            + "|аз\\s+ҷониби"
            // eu "Idazlea" ("writer"), "Egilea" ("author"); is "Höfundur" ("author"); "Reporter:" with its colon
            + "|idazlea|egilea|höfundur|reporter(?=\\s*:)"
            // fa "نویسنده", "خبرنگار" ("reporter"), ar "بقلم" / "كتب" / "كتبت" ("he/she wrote"), he "מאת", hi "लेखक"
            + "|نویسنده|خبرنگار|بقلم|كتبت|كتب|מאת|लेखक"
            // tr "Haber:" ("news [by]"), with its colon ("Haber" is a name too)
            + "|haber(?=\\s*:)"
            // el "Γράφει ο/η" ("writes")
            + "|γράφει(?:\\s+(?:ο|η|οι))?"
            // my "သတင်းထောက်" and km "អ្នកយកព័ត៌មាន" (reporter); th "เขียนโดย" ("written by"), "ผู้เขียน" ("writer"),
            // "ผู้สื่อข่าว" ("reporter"), "โดย" ("by")
            + "|သတင်းထောက်|អ្នកយកព័ត៌មាន|เขียนโดย|ผู้เขียน|ผู้สื่อข่าว|โดย"
            + "|by|von|vom|par|por|door"
            // words that open names too ("Per Holm", "De Vries"): a label only before a name of two words or more
            + "|(?:di|da|av|af|de|per)(?=\\s*[:\\-–—]?\\s+\\S+\\s+\\S)"
            // ha "Daga", mt "Kitba ta'", "minn"; sm "(Na) tusia e" ("written by"); rw/rn "Yanditswe na", sw "Imeandikwa
            // na" ("written by"); ln "Ekomami na" ("written by"), "Etiyami na" ("posted by")
            + "|daga|kitba ta['’]|minn|(?:na\\s+)?tusia\\s+e|yanditswe\\s+na|imeandikwa\\s+na|ekomam[ia]\\s+na"
            + "|etiyam[ia]\\s+na"
            // "՝", the Armenian comma, and "៖", the Khmer colon, end a label as a colon does
            + "|von:|by:)\\s*[:\\-–—՝៖]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the names stop: a separator, a date word, a number. */
    private static final Pattern STOP = Pattern.compile("\\s*(?:[|•·\\n\\r\\t]|\\s[-–—]\\s|\\(|\\s<|\\bpublished\\b|\\bupdated"
            + "\\b|\\bposted\\b|\\bveröffentlicht|\\baktualisiert|\\bstand\\b|\\bam\\s+\\d|\\bon\\s+\\p{L}+\\.?,?\\s+\\d"
            + "|\\bon\\s+\\d|\\bdne\\s+(?:\\p{L}+\\.?,?\\s+)?\\d|\\bpublié|\\bmis à jour|\\bpublicado|\\bactualizado"
            + "|\\ble\\s+\\d|\\bel\\s+\\d"
            // Hindi "updated", "published" after a name and its place: "राजेश पारीक, जयपुर अपडेटेड 25 नवंबर"
            + "|\\sअपडेटेड|\\sप्रकाशित"
            // si "ඡායාරූප" (photographs) after the writer's name, the photographer's credit on the next line
            + "|\\sඡායාරූප"
            // ar "في" ("in"): "كتب وسام طربيه في «الصباح اللبناني»", the paper the writer wrote in
            + "|\\sفي\\s"
            // zh "发布 / 2026年…" (published), "摄影：" (photographs by) after the reporter's name
            + "|[\\s　](?:发布|發佈|发表|發表|更新|摄影|攝影)"
            + "|(?<![\\p{L}\\p{N}])\\d|\\bvor\\s|\\bam\\s|\\bsearch\\b|\\b(?:illustrations?|illustrationen|fotos?|photos?"
            + "|photographs?|pictures|art|photography|fotografie|fotografía|photographie"
            + "|bilder?|grafik|graphics?|video|kamera|schnitt)\\s*(?::|von\\b|by\\b|de\\b|par\\b)"
            + "|\\bil y a|\\bhace\\s|\\babout\\s+\\d|\\bmin read"
            // the publish and update labels of the Nordic languages and Dutch: "Publicerad i dag 09:15"
            + "|\\b(?:publicerad|uppdaterad|publisert|oppdatert|publiceret|udgivet|opdateret|gepubliceerd"
            + "|bijgewerkt|diperbarui|diterbitkan|dipublikasikan)\\b"
            // an e-mail address after the name ends the credit, and so does a handle glued to it ("Priya
            // Raman@praman-dev", the name and the handle in elements side by side)
            + "|\\s[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.|@"
            // a second credit for someone else's part: "By Ann Roe Reviewed by Tom Poe", "Fact checked by …"
            + "|\\b(?:(?:medically\\s+)?reviewed|fact[-\\s]?checked|edited|verified)\\s+by\\b"
            + "|\\b(?:geprüft|überprüft|faktengeprüft|redigiert)\\s+von\\b"
            // the translator's credit after the writer's: "By Katrin Vollmer Translated from the German by …"
            + "|\\b(?:translated|übersetzt|traduit|traduite|traducido|traducida|tradotto|tradotta|vertaald)\\b"
            // a label the markup put right after the name, with no space: "<a>Mateo Lindqvist</a><time>Updated …"
            + "|(?-i:(?<=\\p{Ll})(?:Updated|Published|Posted|Aktualisiert|Veröffentlicht|Publié|Publicado"
            + "|Actualizado)(?!\\p{Ll}))"
            // "today" in lower case, or before a time; "Miami Today" is a name
            + "|(?-i:\\b(?:yesterday|today|gestern|heute)\\b)"
            + "|\\b(?:yesterday|today|gestern|heute)\\b(?=[\\s,]*(?:\\d|at\\s|um\\s))"
            // short words only after a space: "auto-motor.at Redaktion" is one name; ru/uk "в", "у" ("in"): the
            // community a journal's poster wrote in ("a_sevostyanov в vologda_vchera")
            + "|(?<![\\p{L}\\p{N}.-])(?:for|für|in|at|im|auf|в|во|у)\\s|\\bfollow\\b|\\bemail\\b|\\s@"
            + "|\\s(?:datum|date|quelle|source|fotos?|photos?|bild|bilder|edition|editor|stand|kategorie|category|tags?"
            + "|categories|kategorien|catégories|categorías|categorie|categorias|topics|themen|rubrik|ressort"
            + "|lesezeit|schlagworte|schlagwörter|lizenz|license|mail|e-mail|tel|telefon)\\s?:|\\blast\\s+updated"
            // the post's taxonomy after the credit: "Posted by Ann Roe Filed under Harbour, Schools"
            + "|\\bfiled\\s+under\\b"
            // a wire's title after its writer's name, as the wire prints it: "By GRANT OKAFOR AP Sports Writer"
            + "|\\s(?-i:AP|AFP)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:writer|correspondent|reporter|editor)s?\\b"
            + "|\\s(?:associated\\s+press|reuters|bloomberg)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:writer|correspondent|reporter"
            + "|editor)s?\\b"
            // a description set after the name: "Marisol Quennell, a senior reviewer with … phones, foldables, and …"
            + "|,\\s*(?-i:a|an|the)\\s"
            + "|\\s(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar"
            + "|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|juni|juli|oktober|dezember|janvier"
            + "|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril"
            + "|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?\\s+\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A desk credit that is one phrase, not a list: "Staff and news service reports", "From wire reports". */
    private static final Pattern DESK_PHRASE = Pattern.compile("(?iu)(?:from\\s+)?(?:staff|wire|news\\s+services?"
            + "|agency|agencies)(?:\\s+(?:and|&)\\s+(?:staff|wire|news\\s+services?|agency|agencies))?\\s+reports?");
    /**
     * The editorial desk named as a whole: "Harbour Blog Redaktion", "Redaktion Harbour Pharmindex", "Die Redaktion
     * von Harbour News", "The Harbour editorial team". The role word is the credit here, not a title after a name.
     */
    private static final Pattern HOUSE_DESK = Pattern.compile("(?iu)(?:(?:die|the|la|el)\\s+)?" + Desk.WORD
            + "(?:\\s+(?:von|de|der|des|du|di|of))?\\s+\\p{L}[^,;|]{1,40}|\\p{L}[^,;|]{1,40}?\\s+" + Desk.WORD);

    /** The words of an editorial desk. */
    static final class Desk {
        static final String WORD = "(?:redaktion|rédaction|redacción|redacció|redazione|redactie|reda[çc][ãa]o|redacção"
                // pl, cs, sk, hu, ro, hr/bs, sr, ru/bg/ky/kk, uk, tg, uz
                + "|redakcja|redakce|redakcia|szerkesztőség|redac[țţ]ia|uredništvo|уредништво|редакция|редакцията"
                + "|редакція|таҳририят|tahririyat|redazzjoni"
                // tet (Tetum); et, fi "Toimetus", "Toimitus"
                + "|redasaun|toimetus|toimitus"
                + "|editorial\\s+team"
                + "|editorial\\s+staff|newsroom)";
    }

    /** Runs of white space, compiled once: {@code String.replaceAll} and {@code split} compile theirs per call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Characters that show nothing and join nothing: soft hyphen, zero-width space, word joiner, byte-order mark. The
     * zero-width non-joiner and joiner stay: Persian, Urdu and Indic names are spelt with them ("محمدی‌نیا").
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b\\u2060\\ufeff]");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,،、]|;|&(?!\\s*(?:co\\b|cie\\b|sons\\b|söhne\\b"
            + "|daughters\\b|töchter\\b|fils\\b|hijos\\b|figli\\b|partners?\\b|associates\\b))|\\+)"
            // the "and" after a list's last comma: "Mara Holm, Tom Poe, and Ann Lee"
            + "(?:\\s*(?:and|und|et|y|e|en|og|och|és)(?=\\s))?\\s*"
            // (not the Spanish "en" after a correspondent's title: "corresponsal en Concepción" is where she works; not
            // after a word's hyphen, which shares the end of the next word: "Klima- og miljødepartementet" is one name)
            + "|(?<!corresponsal|corresponsales|correspondente|corrispondente|\\p{L}-)\\s+(?:and|und|et|y|e|i|en|og|och"
            // sm "ma", sw "na", ht "ak"
            + "|és|dhe|ma|na|ak)\\s+"
            // cs, sk and lb "a", only between capitalised words ("Nadine Wagner a Claude Reuter"; English "is a")
            + "|(?-i:(?<=\\p{Lu}[\\p{L}'’-]{1,30})\\s+a\\s+(?=\\p{Lu}))"
            // Hebrew writes "and" as a letter before the next word: "איתי ברזילי ונועה מזרחי", two full names each side
            // (a one-word surname after two words, "שרה לוי ויסמן", is one name)
            + "|(?<=\\p{IsHebrew}\\s{1,3}\\p{IsHebrew}{2,30})\\s+ו(?=\\p{IsHebrew}{2,}\\s+\\p{IsHebrew}{2,})"
            // and Arabic its "و" before the second of two names of two words each, the whole credit: "عبدالله
            // الرشيدي وفهد المطيري"; not after a kinship word, which joins one name ("محمد بن وليد الخالدي")
            + "|(?<=^\\p{IsArabic}{2,30}\\s{1,3}\\p{IsArabic}{2,30})(?<!\\s(?:بن|ابن|بنت|أبو|ابو|أم|عبد|آل))"
            + "\\s+و(?=\\p{IsArabic}{2,30}\\s+\\p{IsArabic}{2,30}$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * What follows a name after a comma and belongs to it: "Michael L. Anderson, PhD", "Perry Bacon, Jr.".
     */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(?:ph\\.?\\s?d\\.?|m\\.?\\s?d\\.?|d\\.?o\\.?|m\\.?p\\.?h\\.?"
            + "|mba|msc|m\\.?sc\\.?|bsc|b\\.?a\\.?|m\\.?a\\.?|rn|dvm|dds|jd|j\\.d\\.|llm|ll\\.m\\.|jr\\.?|sr\\.?|ii|iii|iv"
            + "|fac[a-z]{1,3}|frcp|mrcp|cpa|esq\\.?|dipl\\.?-?\\p{L}*\\.?|prof\\.?|dr\\.?"
            // nursing, nutrition, therapy and pharmacy: "Colleen Marchetti, BSN, RN", "Tara Obi, MS, RDN"
            + "|bsn|msn|dnp|aprn|n\\.?p\\.?|fnp(?:-bc|-c)?|lpn|lvn|cnm|crna|ccrn|cns|faan|pa-c|rdn?|cdces|cde|ms"
            + "|mpa|pharm\\.?d\\.?|r\\.?ph\\.?|dpt|lcsw|lmft|psy\\.?d\\.?|ed\\.?d\\.?|frcs|mrcs|mbbs|mbchb|ibclc)");
    /** Short agency codes joined by a slash stay one credit: "dpa/lno", "AFP/The Local", "Peter Maahn/SP-X". */
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    /**
     * A user name: letters, maybe digits after them ("r23", "Marianne1", "freeman1984"); the letters with the vowel
     * signs and tone marks of scripts that write them apart (Thai "ทีมข่าวภูมิภาค", a desk's one word).
     */
    private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}._'’-]*");
    /**
     * A login in small letters, then in brackets the name it stands for: "ines_okafor (Ines Okafor)", a developer
     * site's "@kanata_dev(鳴海 奏多)".
     */
    private static final Pattern HANDLE_AND_NAME = Pattern.compile("\\s*@?(\\p{Ll}[\\p{Ll}\\p{N}._-]*)\\s*[(（]\\s*"
            + "([\\p{Lu}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}][^()（）]{1,60}?)\\s*[)）]\\s*");
    /** Small words inside names: "Ursula von der Leyen", "Ana de la Cruz", "Ahmed bin Ali". */
    private static final Pattern PARTICLE = Pattern.compile("(?iu)von|van|vom|zu|zum|der|den|ter|ten|de|da|di|do|du"
            + "|des|del|della|dos|das|la|le|les|y|e|i|bin|bint|al|el|ibn|af|av|mc|st\\.?|und|and"
            // Faroese place names in family names: "Hallur á Heygum", "Jóna í Dali", "Rói við Á"
            + "|á|í|við|úr");
    /** Words alone that are never a name: the leftovers of a label or of a date. */
    private static final Pattern LONE_WORD = Pattern.compile("(?iu)by|von|par|por|door|de|di|da|die|der|das|the|le|la|last"
            // "red", "red.": the desk ("Redaktion") signing without a name
            + "|red"
            + "|el|il|et|and|und|mit|with|autor|author|auteur|autoren|authors|auteurs|autores|autori"
            // the word for author alone, a label's leftover: ru/uk/bg, ka, az, hy, el, tr, hu
            + "|автор|автори|ავტორი|müəllif|հեղինակ|συντάκτης|συγγραφέας|yazar|szerző"
            // month abbreviations that are no first names (not "Jan", "Mai")
            + "|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|montag|dienstag|mittwoch|donnerstag|freitag"
            + "|samstag|sonntag|sonnabend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi"
            + "|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo");
    /** Agency credits: "dpa", "det/dpa", "AFP/The Local". */
    private static final Pattern AGENCY = Pattern.compile("\\p{L}[\\p{L}.-]*(?:/\\p{L}[\\p{L} .-]*)+");
    /**
     * A desk or a site's account credited instead of a person: "Staff Writer", "Staff Reporter", "Web Editor",
     * "Online Desk".
     */
    private static final Pattern DESK = Pattern.compile("(?iu)\\s*(?:(?:web|online|digital)\\s+(?:editor|desk|team)s?"
            // "Our Correspondent", "Our Kandy Correspondent", "Our Own Special Correspondent"
            + "|(?:our\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}|staff\\s+|guest\\s+|special\\s+)(?:writer|reporter"
            + "|correspondent|contributor)s?|redaktion|rédaction|redacción|redacció|redazione|reda[çc][ãa]o"
            + "|redacção)\\s*");
    /** The word that joins a credit to its name: "by", "par", "por", "door". */
    private static final Pattern CREDIT_WORD = Pattern.compile("by|par|por|door");
    /** Words that start a phrase, not a name: "En kiosques", "The numbers". */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?iu)en|le|la|les|el|il|the|a|an|in|on|at|of|to|from"
            + "|der|die|das|ein|eine|und|and|et|y|mit|with|for|für|zum|zur|im|am|au|aux|du|des|un|une");
    /** Stock photo credits are not authors: "Josh Willink von Pexels". */
    private static final Pattern STOCK = Pattern.compile("(?i)\\b(?:pexels|unsplash|pixabay|shutterstock|getty"
            + "|istock|fotolia|adobe\\s?stock|imago|picture alliance)\\b");
    /** An initial or an abbreviation whose dot belongs to the name: "Juan Carlos Muñoz C.", "Perry Bacon Jr.". */
    private static final Pattern DOTTED_END = Pattern.compile("(?:^|[\\s.])(?:\\p{Lu}|jr|sr|jun|sen|st|ph\\.d|m\\.d"
            + "|[a-z]\\.[a-z])\\.$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A role after the name, to the end of the part: "Staff Writer", "Senior Software Engineer", "Product Manager",
     * "Redakteurin". At most two words before the role word, from a list, so a name is never taken for them.
     */
    private static final String ROLE_WORDS = "senior|chief|staff|contributing|freelance"
            + "|associate|deputy|managing|executive|political|foreign|science|business|sports?|principal|lead"
            + "|software|product|marketing|content|data|technical|creative|research|engineering|design|community"
            + "|communications?|associated|local|democracy|regional|national|investigative|multimedia|digital|video"
            + "|volunteer|program|programme|outreach|development|policy|operations|executive"
            + "|audio|features?|news|metro|city|health|education|environment|climate|politics|courts?|crime"
            + "|guest|opinion|special|visiting|public|information|head";
    /**
     * A part after a comma that opens with a word of a role and ends with the role's job ("Staff Site Reliability
     * Engineer"): the role of the name before, with more words before its job than {@link #ROLE} reads.
     */
    /** The most words of a part after a comma read as a role by its opening word alone ("Chief Meteorologist"). */
    private static final int ROLE_PART_WORDS = 4;
    private static final Pattern ROLE_OPENING = Pattern.compile("\\s*(?:" + ROLE_WORDS + ")\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE = Pattern.compile("(?:^|\\s)(?:(?:" + ROLE_WORDS
            + ")\\s+){0,2}(?:(?<job>engineer|developer|designer|scientist|researcher|analyst|consultant"
            + "|(?:co-?)?founder|director|architect|strategist|specialist|ceo|cto|cfo|coo|coordinator"
            + "|officer|organi[sz]er|administrator|advocate|educator|intern|president|lead|relations|affairs"
            // an estate agent's licence: "Principal & Licensee in Charge"
            + "|licensee"
            // a library's or an archive's staff, a club's officers, closing the part: "Local History Librarian",
            // "Club Recorder", "Hon. Secretary" (before a name, "Treasurer Tom Li", the title is left to the name)
            + "|(?:librarian|archivist|recorder|secretary|treasurer|chair(?:man|woman|person)?|captain)(?=\\s*$))\\b"
            // a broadcaster's or podcast's credit: "Rosalind Achebe<br>Producer, Common Ground"
            + "|(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer"
            + "|presenter"
            // the head of a paper's office abroad or in the capital: "Asia Bureau Chief", "Washington bureau chief"
            + "|(?:\\p{L}+\\s+)?bureau\\s+chief"
            + "|redakteur(?:in)?|redaktion"
            + "|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|author|rédacteur|rédactrice|journaliste"
            // the desk a person writes for: "João Pereira, da Redação", "Jeanne Martin, de la rédaction"
            + "|rédaction|redacción|redacció|redazione|redactie|reda[çc][ãa]o|redacção"
            + "|correspondant|corresponsal(?:es)?|correspondente|corrispondente|periodista|redactor|editora?"
            + "|fotograf(?:in)?|mitarbeiter(?:in)?|volontär(?:in)?"
            // the Finnish reporter and editors: "toimittaja", "uutistoimittaja", "päätoimittaja"
            + "|\\p{L}*toimittaja"
            + "|\\p{L}*leiter(?:in)?|\\p{L}*redakteur(?:in)?|\\p{L}*referent(?:in)?|pressesprecher(?:in)?"
            // he "כתב/כתבת" (reporter), "עורך/עורכת" (editor); ar "مراسل/مراسلة", "محرر/محررة"; fa "خبرنگار"
            + "|manager(?:in)?|기자|특파원|כתבת?|עורכת?|مراسلة?|محررة?|خبرنگار)s?\\b"
            // the agency a wire reporter writes for: "By MARGARET O'HARE Associated Press"
            + "|(?:the\\s+)?associated\\s+press\\b|reuters\\b|agence\\s+france-presse\\b|press\\s+association\\b).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(?:https?:|www\\.|@|\\.com|\\.de\\b|comment|share"
            + "|read more|subscribe|newsletter|cookie|\\blogin\\b|sign in|\\bmenu\\b|\\bhome\\b|\\bkontakt\\b"
            + "|\\bcontact\\b|anonymous|admin\\b|unknown|guest user"
            // a web template's default creator, left in place ("COMM/DG/UNIT": a directorate and its unit, unnamed),
            // and Joomla's first account, which posts for whoever has no account of their own
            + "|^comm/dg/unit$|^super\\s+user$"
            // a label of more than one word standing alone: the Tajik "by" ("on behalf of")
            + "|^(?iu:аз\\s+ҷониби)$"
            // a sidebar's heading over its columnists, Turkish "Yazarlar" ("writers"), "Köşe Yazarları"
            + "|^(?:köşe\\s+)?yazarlar\\p{L}*$"
            // the UK government's licence line ("© Crown copyright"), no holder's name
            + "|\\bcrown\\s+copyright\\b"
            // the links of an author box: "View Archive", "All posts", "More by …", "Visit website"
            + "|^(?:view|see|show|read|browse|visit|follow|more|all|alle|mehr|weitere|voir|tous|full)\\b|\\bbio\\b"
            + "|\\b(?:linkedin|twitter|facebook|instagram|xing|youtube|pinterest|tiktok|mastodon|threads)\\b)");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\\p{Punct}\\p{So}–—„“”«»←→]+|[\\s\\p{Punct}"
            + "\\p{So}–—„“”«»←→]+$");

    /**
     * A badge glued to a name's end, a staff or verified mark ("Dana Whitcombe✓ Porchlight Staff"): it ends the name,
     * as a comma does. A sign inside a name stays ("I♥PONYS Magazine").
     */
    private static final Pattern BADGE = Pattern.compile("(?<=\\p{L})\\p{So}+(?=\\s|$)");

    private AuthorNames() {
    }

    /**
     * A Japanese paper's bureau or desk, or a partner paper, before its reporter's name and a middle dot:
     * "白沢支局・小野寺彩花", "みなと新報・田村結衣".
     */
    private static final Pattern CJK_BUREAU = Pattern.compile("^\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{0,12}"
            + "(?:支局|総局|本社|支社|報道部|編集部|社会部|通信部|新報|新聞|日報|新聞社)・(?=[\\p{IsHan}\\p{IsHiragana}])");

    /**
     * A Chinese credit's next label and what follows it, after a name: "　　图 | 周启航" after the writer's. "责任编辑："
     * (the editor in charge) is a label of its own, not a name and a label.
     */
    private static final Pattern CJK_NEXT_LABEL = Pattern.compile("(?<=\\p{IsHan})[\\s　]*(?<![责責]任)"
            + "(?:图|圖|摄影|攝影|编辑|編輯|责编|責編)\\s*[｜|:：/／].*$");

    /** Person names in a credit line; empty when it holds none. */
    static List<String> parse(String raw) {
        raw = raw == null ? null : CJK_NEXT_LABEL.matcher(CJK_BUREAU.matcher(raw).replaceFirst("")).replaceFirst("");
        raw = raw == null ? null : BADGE.matcher(raw).replaceAll(","); // the name ends at its badge
        var handle = raw == null ? null : HANDLE_AND_NAME.matcher(raw);
        if (handle != null && handle.matches()) {
            List<String> named = names(handle.group(2));
            if (named.size() == 1 && named.get(0).indexOf(' ') > 0) {
                return named; // a forum's "ines_okafor (Ines Okafor)": the login, then the name it stands for
            }
        }
        List<String> out = names(raw);
        if (out.isEmpty() && raw != null && raw.length() <= 300) {
            // no name at the start, but a credit later in the line
            var by = BY_INSIDE.matcher(raw);
            if (by.find()) {
                out = names(raw.substring(by.end()));
            }
        }
        return out;
    }

    /**
     * An institution after a writer's name, where she works: "Lotte Verhaegen, Kestrel Point Institute", "Ana Ruiz,
     * Universidad de Salamanca". Its word anywhere in the part.
     */
    private static final Pattern INSTITUTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:institute|institut|instituto"
            + "|istituto|university|universität|université|universidad|università|universiteit|college"
            + "|laborator(?:y|ies)|hospital|clinic|foundation|museum|observatory|academy|akademie)(?![\\p{L}])");
    /**
     * A paper's name after a writer's, as a partnership credits each writer with the newsroom: "Tobias Renwick-Salas,
     * Gulf Sentinel-Tribune", "Ann Roe, The Harbour Record", "Teodora Vance, Northern Plains Reporting Project". "The"
     * in capitals, or a word papers, nonprofit newsrooms and stations name themselves by.
     */
    private static final Pattern PAPER = Pattern.compile("^The\\s+\\p{Lu}|(?iu)(?<![\\p{L}])(?:tribune|times|herald"
            + "|gazette|courier|chronicle|sentinel|observer|journal|telegraph|examiner|inquirer|dispatch|ledger"
            + "|bulletin|newsroom|news|project|network|collaborative|magazine|press|radio|media|monitor"
            + "|reporting|wire)(?![\\p{L}])");
    /**
     * An outlet's staff closing the credit without a comma, set on a line of its own under the names: "By Marisol
     * Ventura and Teodor Lindqvist Tribune Staff" (one word before "Staff": a name before it stays whole). A desk
     * alone ("Cedar Valley Health Staff") is the credit.
     */
    private static final Pattern TRAILING_STAFF = Pattern.compile("(?<=\\p{L}{2})\\s+\\p{Lu}[\\p{L}.&'’-]*\\s+"
            + "(?i:staff)\\s*$");
    /**
     * A committee, council or society a writer writes for, after her name: "Renata Solberg, Green Streets Committee",
     * "…, Parish Council", "…, Friends of Alder Park Society", "…, Mozambique Country Office"; capitalised words before
     * the body's word.
     */
    private static final Pattern MEMBER_BODY = Pattern.compile("(?:\\p{Lu}[\\p{L}&'’-]*\\s+"
            + "(?:(?:of|for|and|on|the)\\s+)*){1,4}(?iu:committee|sub-?committee|council|board|commission|association"
            + "|society|club|caucus|working\\s+group|task\\s+force|office)");
    /**
     * Where a reader who writes in lives, or what a student writer studies, after the name: "Dolores Fenwick,
     * Ridgeford resident", "Renata Solís ('27), EES student (writer)".
     */
    private static final Pattern RESIDENT = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?i:resident|student)");
    /** A club's office alone as the credit: "Club Secretary", "the Hon. Treasurer". */
    private static final Pattern OFFICER_TITLE = Pattern.compile("\\s*(?:(?i:the)\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,2}"
            + "(?i:recorder|secretary|treasurer|chair(?:man|woman|person)?))\\s*");
    /** A North American broadcaster's call sign: "KWPR", "WBUR", "KQED-FM", "WTVX-TV". */
    private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|DT))?");
    /** Names joined in a list: "A and B", "A, B": only a list's last name can have the staff's line run on to it. */
    private static final Pattern LIST_JOIN = Pattern.compile("(?i),|\\s(?:and|&|und|et|y)\\s");
    /** The team a writer writes for, after her name: "EMCC Youth Media Team", "Newsroom Data Team". */
    /**
     * A team credited as a whole: "the Crewboard Product team", "Platform Team"; one to three capitalised words before
     * the word (so "Mara Holm and the Youth Media Team" is no team's name), an article before them left out.
     */
    private static final Pattern TEAM_CREDIT = Pattern.compile("(?:(?i:the)\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,3}"
            + "(?i:team))");
    private static final Pattern TEAM = Pattern.compile("(?iu)(?:\\p{L}[\\p{L}&'’-]*\\s+){1,4}team");
    /** The desk a writer edits or reports for, after her name and role: "…, Editor, Reefer Desk", "…, Metro Desk". */
    private static final Pattern DESK_UNIT = Pattern.compile("(?iu)(?:\\p{L}[\\p{L}&'’-]*\\s+){1,3}desk");
    /** An outlet's staff after a writer's name: "Patch Staff", "Courier staff". */
    private static final Pattern OUTLET_STAFF = Pattern.compile("(?iu)(?:\\p{L}[\\p{L}.&'’-]*\\s+){1,3}staff");
    /**
     * An institution's unit after a writer's name: "Office of Communications", "Department of Biology"; or an office
     * named for what it does, as athletics departments and universities credit their writers: "Athletics
     * Communications", "University Media Relations", "Sports Information".
     */
    private static final Pattern UNIT = Pattern.compile("(?iu)(?:the\\s+)?(?:office|department|division|school"
            + "|college|faculty|cent(?:er|re)|institute|bureau|ministry)\\s+(?:of|for)\\s+\\p{Lu}"
            // a German paper's or association's department: "Ressort Anlässe", "Ressort Lokales"
            + "|ressort\\s+\\p{L}"
            + "|(?:\\p{L}[\\p{L}'’-]*\\s+){0,3}(?:communications|media\\s+relations|public\\s+(?:affairs|relations)"
            + "|sports\\s+information)$");
    private static final Pattern BRACKETED_ROLE = Pattern.compile("(?iu)\\(\\s*(?:photo|foto|bild|image|picture|video"
            + "|illustrat|graphic|report|text|words|writ|edit|interview)");
    private static final Pattern AFFILIATION_BEFORE_NAME = Pattern.compile("\\s*\\([^()]{1,60}\\)(?=\\s*(?:,|&"
            + "|\\band\\b|\\bund\\b)\\s*\\p{Lu})");

    /** The longest agency code written in small letters after a name: "dpa", "kna", "dapd". */
    private static final int SMALL_AGENCY_MAX = 4;

    /**
     * Whether {@code part} starts with a small letter of a script with two cases and is longer than an agency's code
     * ("dpa"): a word, no name.
     */
    private static boolean startsSmall(String part) {
        String p = part.strip();
        return p.length() > SMALL_AGENCY_MAX && Character.isLowerCase(p.codePointAt(0)) && p.indexOf('/') < 0;
    }

    private static List<String> names(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = SPACES.matcher(INVISIBLE.matcher(raw.replace('\u00a0', ' ')).replaceAll("")).replaceAll(" ").strip();
        if (s.isEmpty() || s.length() > 300 || s.startsWith("http")) {
            return out;
        }
        s = CJK_LABEL.matcher(s).replaceFirst("");
        s = CJK_ROLE_AFTER.matcher(CJK_REPORTED_FROM.matcher(s).replaceFirst("")).replaceFirst("");
        s = USER_ID.matcher(s).replaceFirst("");
        if (s.indexOf(' ') > 0) {
            s = AFFILIATION_MARK.matcher(s).replaceAll(""); // "Ingrid Solheim-Achebe1 & Rafael Quintanilha2"
        }
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = trim(s);
            s = PREFIX.matcher(s).replaceFirst("");
            if (s.equals(before)) {
                break;
            }
        }
        s = withoutCoin(s);
        if (LIST_JOIN.matcher(s).find()) {
            s = TRAILING_STAFF.matcher(s).replaceFirst(""); // "… and Teodor Lindqvist<br><em>Tribune Staff</em>"
        }
        // "Ana Kowalczyk (Loomwright maintainer), Bilal Osei (Tidewater Labs)": an affiliation in brackets before the
        // next name is no end of the credit
        if (!BRACKETED_ROLE.matcher(s).find()) { // "(reporting) and Adrian Malloch (photography)": roles, not places
            s = AFFILIATION_BEFORE_NAME.matcher(s).replaceAll("");
        }
        var stop = STOP.matcher(s);
        if (stop.find()) {
            s = s.substring(0, stop.start());
        }
        String whole = trim(s);
        Matcher team = whole.regionMatches(true, Math.max(0, whole.length() - 4), "team", 0, 4)
                ? TEAM_CREDIT.matcher(whole) : null;
        if (team != null && team.matches()) {
            out.add(team.group(1)); // "the Crewboard Product team": the team, as its name is written
            return out;
        }
        if (DESK_PHRASE.matcher(whole).matches()
                || HOUSE_DESK.matcher(whole).matches() && !NOT_A_NAME.matcher(s).find() && whole.length() <= 60) {
            out.add(whole);
            return out;
        }
        List<String> parts = new ArrayList<>();
        // the parts that follow a comma: after "Name Staff Engineer", such a part is the role's team
        java.util.BitSet afterComma = new java.util.BitSet();
        List<int[]> cuts = cuts(s);
        boolean comma = false;
        for (int from = 0, c = 0; from <= s.length(); c++) {
            boolean more = c < cuts.size();
            String p = trim(s.substring(from, more ? cuts.get(c)[0] : s.length()));
            if (!parts.isEmpty() && CREDENTIAL.matcher(p).matches()) {
                // "Anderson, PhD": the credential is part of how the page names the person
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            } else {
                if (comma) {
                    afterComma.set(parts.size());
                }
                parts.addAll(slashParts(p));
            }
            if (!more) {
                break;
            }
            String cut = s.substring(cuts.get(c)[0], cuts.get(c)[1]).strip();
            comma = cut.equals(",") || cut.equals("،");
            from = cuts.get(c)[1];
        }
        boolean afterRole = false;
        boolean roleAlone = false; // the part before was a role on its own: ", Editor"
        boolean unitBefore = false; // the part before was a unit after a name: ", Service de presse"
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean afterRoleAlone = roleAlone;
            roleAlone = false;
            var officer = OFFICER_TITLE.matcher(part);
            if (parts.size() == 1 && officer.matches()) {
                out.add(officer.group(1)); // "Club Secretary": the credit is the office, its holder unnamed
                continue;
            }
            var role = ROLE.matcher(part);
            if (afterRole && afterComma.get(i) && !role.find()) {
                // "Priyanka Deshmukh Staff Engineer, Billing Platform": the team of the role before, no one's name
                afterRole = false;
                continue;
            }
            if (i > 0 && afterComma.get(i) && DESK.matcher(part).matches()) {
                continue; // "Upul Senanayake, Our Balangoda Correspondent": the name's desk title, no one else
            }
            boolean job = role.reset().find() && role.group("job") != null;
            String name = role.reset().replaceFirst("");
            boolean roleTaken = !name.equals(part);
            if (job && name.strip().indexOf(' ') < 0) {
                continue; // "Backend engineer in Gothenburg who …": a bio's job, not a name and its role
            }
            if (roleTaken && i > 0 && afterComma.get(i)
                    && (name.strip().indexOf(' ') < 0 || job && ROLE_OPENING.matcher(name).lookingAt())) {
                // ", Associated Writers", ", Staff Site Reliability Engineer": words that describe the role, no one
                roleAlone = true;
                continue;
            }
            if (i > 0 && afterComma.get(i) && ROLE_OPENING.matcher(part).lookingAt()
                    && SPACES.split(part.strip()).length <= ROLE_PART_WORDS) {
                // ", Chief Meteorologist", ", Local Journalism Initiative Reporter": a role's word opens the part, and
                // no name follows
                roleAlone = true;
                continue;
            }
            if (roleTaken && i > 1 && afterComma.get(i - 1) && !afterComma.get(i) && name.strip().indexOf(' ') < 0
                    && parts.get(i - 1).strip().indexOf(' ') < 0) {
                // "…, Negev and Arava correspondent": the second place of a role after a comma, joined by "and"
                continue;
            }
            afterRole = !name.isBlank() && roleTaken; // a name, then its role in the same part
            if (parts.size() == 1 && DESK.matcher(part).matches()) {
                // "By Staff Writer", "by Web Editor": the desk or the account is the whole credit
                name = part;
            }
            name = withoutTitleCaseTail(PREFIX.matcher(trim(name)).replaceFirst("").strip());
            var body = THE_BODY.matcher(name);
            if (body.matches() && BODY_OF.matcher(body.group(1)).matches()) {
                name = body.group(1); // "Submitted by the Tamworth Chamber of Commerce": the body, without its article
            }
            if (unitBefore && !afterComma.get(i) && startsSmall(name)) {
                continue; // "…, Service de presse et communication": the unit's name runs on past its "et"
            }
            unitBefore = false;
            if (afterComma.get(i) && !out.isEmpty() && out.get(out.size() - 1).indexOf(' ') > 0
                    && UNIT_OF_ROMANCE.matcher(name).lookingAt()) {
                unitBefore = true; // "Léa Vuilleumier, Service de presse": the unit she writes for
                continue;
            }
            if (afterComma.get(i) && !out.isEmpty() && out.get(out.size() - 1).indexOf(' ') > 0
                    && (isPlace(name) || UNIT.matcher(name).lookingAt() || OUTLET_STAFF.matcher(name).matches()
                    || TEAM.matcher(name).matches() || MEMBER_BODY.matcher(name).matches()
                    || RESIDENT.matcher(name).matches()
                    || afterRoleAlone && DESK_UNIT.matcher(name).matches()
                    || CALL_SIGN.matcher(name).matches() || PAPER.matcher(name).find()
                    || INSTITUTION.matcher(name).find() || startsSmall(name))) {
                // "By Mara Holm, Berlin", "ثاقب حسین بھٹی، ملتان": where the reporter files from; "By Priya
                // Halvorsen, Office of Communications": the unit she writes for; "Dana Whitcombe, Patch Staff": the
                // outlet she is on the staff of; "…, Green Streets Committee": the body she sits on; "…, EMCC Youth
                // Media Team", "…, Editor, Reefer Desk": her team, or the desk of her role ("Mara Holm, Harbour
                // Desk" credits the desk beside her); "…, KWPR": her station; "…, Kestrel Point Institute": the
                // institution she works for; "Jens-Ole Brøndum, boligøkonom": her job, in the small letters no name
                // starts with
                continue;
            }
            if (plausible(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * A name written in capitals without the capitalised words after it that are not ("DEVAUGHN ROLLE Sentinel", left
     * of "Sentinel Staff Reporters" when the role is taken): a byline that sets its names in capitals sets nothing else
     * in them. Names of two words in capitals or more only; others as they are.
     */
    private static String withoutTitleCaseTail(String name) {
        String[] words = SPACES.split(name);
        int caps = 0;
        while (caps < words.length && isCapitals(words[caps])) {
            caps++;
        }
        return caps >= 2 && caps < words.length && Character.isUpperCase(words[caps].codePointAt(0))
                ? String.join(" ", java.util.Arrays.copyOf(words, caps)) : name;
    }

    /** Whether {@code word} has two letters or more, all capitals. */
    private static boolean isCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a word after a full name and a comma is a place: one word, capitalised only at its start, or in a
     * script without case. An agency's credit is in capitals or lower case ("AFP", "dpa"); a second person has two
     * names.
     */
    private static boolean isPlace(String word) {
        if (word.isEmpty() || word.indexOf(' ') >= 0 || !Character.isLetter(word.codePointAt(0))) {
            return false;
        }
        int first = word.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return !Character.isLowerCase(first); // a script without case
        }
        // a hyphenated place is one too, each part so written: "Saint-Malo", "Aix-en-Provence", "Ìgbó-Ọlá"
        for (String part : word.split("-")) {
            String rest = part.isEmpty() ? "" : part.substring(Character.charCount(part.codePointAt(0)));
            if (part.isEmpty() || rest.isEmpty() && part == word
                    || !rest.equals(rest.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code s} parts into names: at each {@link #SPLIT} but a word joining one name. Catalan, Spanish and
     * Portuguese names join two family names so ("Núria Vilardell i Coma", "José Ortega y Gasset", "Ana Costa e
     * Silva": a name before, one capitalised word after); and a body's name joins its parts so ("Parks and Recreation
     * Department": one word before, a body's word last; "Department of Parks and Recreation").
     */
    private static List<int[]> cuts(String s) {
        List<int[]> cuts = new ArrayList<>();
        var separator = SPLIT.matcher(s);
        int from = 0;
        while (separator.find()) {
            String word = separator.group().strip().toLowerCase(java.util.Locale.ROOT);
            if (Character.isLetter(word.charAt(0))) {
                String before = s.substring(from, separator.start()).strip();
                int next = separator.end();
                var ahead = SPLIT.matcher(s);
                int end = ahead.find(next) ? ahead.start() : s.length();
                String[] after = SPACES.split(s.substring(next, end).strip());
                boolean familyNames = (word.equals("i") || word.equals("y") || word.equals("e")) && after.length == 1
                        && !after[0].isEmpty() && Character.isUpperCase(after[0].codePointAt(0))
                        && SPACES.split(before).length >= 2;
                boolean body = before.indexOf(' ') < 0 && BODY_WORD.matcher(after[after.length - 1]).matches()
                        || word.equals("and") && BODY_OF.matcher(before).matches();
                // a role's "of" phrase runs on past "and": "Curator of Textiles and Dress", "Head of Marketing and
                // Sales" (the one word after it is no second name)
                boolean roleGoesOn = word.equals("and") && after.length == 1 && OF_PHRASE.matcher(before).find();
                if (familyNames || body || roleGoesOn) {
                    continue;
                }
            }
            cuts.add(new int[] {separator.start(), separator.end()});
            from = separator.end();
        }
        return cuts;
    }

    /** A capitalised word, then "of" or "for" and another: a role's or a body's phrase, "Curator of Textiles". */
    private static final Pattern OF_PHRASE = Pattern.compile("\\p{Lu}\\p{L}*\\s+(?:of|for)\\s+\\p{Lu}");

    /** A name after the article: "the Tamworth Chamber of Commerce". */
    private static final Pattern THE_BODY = Pattern.compile("(?i:the)\\s+(\\p{Lu}.*)");
    /** A body named for what it does or serves: "Office of Communications", "Ministry of the Interior". */
    private static final Pattern BODY_OF = Pattern.compile("(?:\\p{Lu}[\\p{L}’'-]* ){0,3}(?:Office|Department|Ministry"
            + "|Bureau|Division|School|University|College|Institute|Faculty|Board|Council|Commission|Agency|Center"
            + "|Centre|Chamber) of (?:the )?"
            + "\\p{Lu}[\\p{L}’'-]*(?: (?:and )?\\p{Lu}[\\p{L}’'-]*)*");

    /**
     * A public body named in a Romance language, its kind and then whose it is: "Instituto de Estadística de la Región
     * de Almarza", "Ufficio Stampa della Giunta", "Ministère de la Mer"; capitalised words and the small words between
     * them, ending on a capitalised one.
     */
    private static final Pattern BODY_OF_ROMANCE = Pattern.compile("(?:Instituto|Oficina|Ministerio|Departamento"
            + "|Ayuntamiento|Universidad|Consejería|Dirección|Servicio|Agencia|Gabinete|Secretaría|Institut|Ministère"
            + "|Direction|Istituto|Ufficio|Ministero|Servizio|Direzione|Agenzia|Prefeitura|Secretaria)"
            + "(?: (?:(?:de|del|de la|de las|de los|des|du|de l[’']|di|della|dello|delle|dei|degli|da|do|dos|das|y|e"
            + "|et|i) )?\\p{Lu}[\\p{L}’'-]*)+");

    /**
     * A body's unit named in a Romance language in sentence case, as such units write themselves: "Direction de la
     * communication", "Service de presse", "Ufficio stampa", "Oficina de prensa"; one word after the unit's kind.
     */
    private static final Pattern UNIT_OF_ROMANCE = Pattern.compile("(?:Direction|Service|Servicio|Servizio|Ufficio"
            + "|Oficina|Gabinete|Dirección|Direzione|Cellule|Pôle)(?: (?:de la|de l[’']|du|des|de|del|della|dello|di|da"
            + "|do) ?| )\\p{L}+");

    /** The last word of a public body's or a team's name: "Department", "Office", "Services", "Team". */
    private static final Pattern BODY_WORD = Pattern.compile("(?iu)department|dept\\.?|office|division|services?"
            + "|agency|ministry|bureau|commission|council|committee|authority|institute|foundation|association"
            + "|team|desk|newsroom"
            // the federal departments of Canada end their names so: "Fisheries and Oceans Canada"
            + "|canada");

    /**
     * Names a page declares in its data (meta tags, JSON-LD): as {@link #parse}, and a two-letter user name such as
     * "mh" is kept too. In a visible line two lower-case letters are mostly a label's leftover ("am", "of"); in an
     * author field they are what the writer signs with.
     */
    static List<String> declared(String raw) {
        List<String> out = parse(raw);
        String s = raw == null ? "" : raw.strip();
        if (out.isEmpty() && SHORT_HANDLE.matcher(s).matches() && !LONE_WORD.matcher(s).matches()
                && !FUNCTION_WORD.matcher(s).matches()) {
            return List.of(s);
        }
        return out;
    }

    /**
     * A journal's affiliation marks, set as superscripts after a name in a list of several: "Solheim-Achebe1",
     * "Quintanilha2,3", "Okafor*". Only after a name of two capitalised words or more and before the next name or the
     * end: a user name's digits ("freeman1984", "Marianne1", "gardenfan77") are part of it.
     */
    private static final Pattern AFFILIATION_MARK = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}.'’-]{0,30}\\s\\p{Lu}[\\p{L}'’-]{0,30}\\p{Ll})(?:\\d{1,2}|[*†‡§])"
            + "(?:\\s*,\\s*(?:\\d{1,2}|[*†‡§]))*(?=\\s*(?:[,&;]|\\s(?:and|und|et|y|e)\\s|$))");
    /** A user id as Japanese blog hosts show it, "id:hiyori_daidokoro": the handle after the prefix. */
    private static final Pattern USER_ID = Pattern.compile("^id:(?=[\\p{L}\\p{N}_.-]{2,32}$)");

    private static final Pattern SHORT_HANDLE = Pattern.compile("\\p{Ll}{2}");

    /** Two or three capitals before a capitalised word: maybe an avatar's coin, "DW Dana Whitcombe". */
    private static final Pattern COIN = Pattern.compile("(\\p{Lu}{2,3})\\s+(?=\\p{Lu}\\p{Ll})");
    /** A capitalised word of a name after a coin. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");

    /**
     * {@code s} without the initials an avatar shows in place of a photo, when they stand for the name that follows
     * ("DW Dana Whitcombe", "ALR Ana Luisa Rocha": the first letters of the name's first words, or of its first and
     * last, a role maybe after it). "JR Smith" keeps its letters.
     */
    static String withoutCoin(String s) {
        var m = COIN.matcher(s);
        if (!m.lookingAt()) {
            return s;
        }
        String coin = m.group(1);
        StringBuilder initials = new StringBuilder();
        var word = NAME_WORD.matcher(s);
        int at = m.end();
        while (initials.length() < 4 && word.find(at) && word.start() == at) {
            initials.append(word.group().charAt(0));
            at = word.end();
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }
        // a role may follow the name ("DW Dana Whitcombe Communications Specialist"): the name is the first words
        for (int words = 2; words <= initials.length(); words++) {
            String firstAndLast = "" + initials.charAt(0) + initials.charAt(words - 1);
            if (coin.contentEquals(initials.subSequence(0, words)) || coin.equals(firstAndLast)) {
                return s.substring(m.end());
            }
        }
        return s;
    }

    /** A credit inside a line: "Posted on September 21, 2020 by Adi Tal", "Alle Artikel von Anna Berg". */
    private static final Pattern BY_INSIDE = Pattern.compile("\\s(?i:by|von|par|por|door)\\s+(?=\\p{Lu})");

    /** Strips noise at both ends, but keeps the dot of a final initial or abbreviation ("Muñoz C.", "Jr."). */
    private static String trim(String s) {
        String t = LEADING_NOISE.matcher(s).replaceAll("");
        String end = s.stripTrailing();
        // a quoted part of a body's name keeps its closing mark: "АО «Ардатон»", "Verein „Harbour“"
        for (String pair : QUOTE_PAIRS) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            int at = t.isEmpty() ? -1 : s.indexOf(t);
            if (at >= 0 && t.indexOf(open) >= 0 && t.indexOf(close, t.lastIndexOf(open) + 1) < 0
                    && s.startsWith(String.valueOf(close), at + t.length())) {
                return t + close;
            }
        }
        if (!t.isEmpty() && end.endsWith(t + ".") && DOTTED_END.matcher(t + ".").find()) {
            return t + ".";
        }
        return t;
    }

    /** Opening and closing quotation marks, each pair as two characters. */
    private static final String[] QUOTE_PAIRS = {"«»", "“”", "„“", "‚‘"};

    /**
     * The word for "agencies" a desk adds after a slash to say the story draws on wire copy too
     * ("noe.ORF.at/Agenturen", "Redaktion/Agenturen"): no name of its own.
     */
    private static final Pattern AGENCIES = Pattern.compile("(?iu)\\s*/\\s*(?:agenturen|agentur|agencies|agences"
            + "|agencias|agenzie|agências)\\s*$");

    /**
     * "Anna Berg / Jonas Keller" is two people; "dpa/lno", "AFP/The Local" and "Peter Maahn/SP-X" are one credit;
     * "noe.ORF.at/Agenturen" is the desk.
     */
    private static List<String> slashParts(String part) {
        if (part.indexOf('/') < 0) {
            return List.of(part);
        }
        part = AGENCIES.matcher(part).replaceFirst("");
        String[] pieces = SLASH.split(part);
        for (String piece : pieces) {
            if (SPACES.split(trim(piece)).length < 2) {
                return List.of(part);
            }
        }
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            out.add(trim(piece));
        }
        return out;
    }

    /**
     * Names as authors, without repeats (case-insensitive), first spelling kept, with the first profile link any
     * repeat gives.
     */
    static List<Author> distinct(List<Author> authors) {
        Map<String, Author> seen = new LinkedHashMap<>();
        for (Author a : authors) {
            String key = SPACES.matcher(a.name().strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            Author prior = seen.get(key);
            if (prior == null || (prior.url() == null && a.url() != null)) {
                seen.put(key, prior == null ? a : new Author(prior.name(), a.url()));
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** {@link #distinct}, and without a name another holds ("Anna Berg" and "Anna Berg (Text)" are one person). */
    static List<Author> dedupe(List<Author> authors) {
        List<Author> seen = distinct(authors);
        List<Author> out = new ArrayList<>();
        for (Author a : seen) {
            boolean contained = false;
            for (Author b : seen) {
                if (a != b && b.name().length() < a.name().length()
                        && a.name().toLowerCase(Locale.ROOT).contains(b.name().toLowerCase(Locale.ROOT))) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                out.add(a);
            }
        }
        return out;
    }

    /** The label before a Chinese or Japanese author's name: "作者：", "本文作者：", "记者 ", "撰文／". */
    private static final Pattern CJK_LABEL = Pattern.compile("^(?:(?:本文作者|作者|记者|記者|撰文|报道|報導|撰稿)\\s*[：:／/]?"
            + "|文\\s*[：:／/])\\s*"
            + "(?=\\p{IsHan})");
    /** Where a Taiwanese reporter files from, after her name: "吳佳蓉／苗栗報導" ("reporting from Miaoli"). */
    private static final Pattern CJK_REPORTED_FROM = Pattern.compile("(?<=\\p{IsHan})\\s*[／/]\\s*\\p{IsHan}{1,10}?"
            + "(?:報導|报道)\\s*$");
    /** The word for reporter after a Chinese name, as an author's card sets it: "何卓謙 記者", "王芳记者". */
    private static final Pattern CJK_ROLE_AFTER = Pattern.compile("(?<=\\p{IsHan}{2})\\s*(?:記者|记者)\\s*$");
    /** The commas and stops of Chinese and Japanese sentences, which no name holds. */
    private static final Pattern CJK_SENTENCE_MARK = Pattern.compile("[，。、；！？]");
    /**
     * A Chinese, Korean or Japanese personal name written without spaces; a Burmese one; a Tibetan one of two to six
     * syllables, each closed by a tsheg but the last ("བསོད་ནམས་དབང་མོ").
     */
    private static final Pattern CJK_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHangul}{2,4}"
            + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,8}|\\p{IsMyanmar}{3,24}"
            + "|(?:[\\u0F40-\\u0FBC]+\\u0F0B){1,5}[\\u0F40-\\u0FBC]+");

    /** Names of Chinese characters with spaces between them: "陈思远 周岚". */
    private static final Pattern SPACED_HAN_NAMES = Pattern.compile("\\p{IsHan}{2,4}(?:[ \\u3000]+\\p{IsHan}{2,4})+");

    /**
     * {@code names}, read on a page declared {@code lang}, with those of Chinese characters spaced apart taken apart
     * on a Chinese page, where a name is written without spaces: "陈思远 周岚" credits two reporters. (Japanese
     * sets a space inside one name, "山田 花子".)
     */
    static List<String> hanNamesApart(String lang, List<String> names) {
        if (names.isEmpty() || !Scripts.primary(lang).equals("zh")) {
            return names;
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.addAll(SPACED_HAN_NAMES.matcher(n).matches() ? List.of(n.split("[ \\u3000]+")) : List.of(n));
        }
        return out;
    }

    /**
     * Whether {@code name} is a Chinese, Korean, Japanese, Burmese or Tibetan personal name as such names are
     * written, unspaced.
     */
    static boolean isCjkName(String name) {
        return CJK_NAME.matcher(name.strip()).matches();
    }

    static boolean plausible(String name) {
        if (name == null || name.length() < 2 || name.length() > 60) {
            return false;
        }
        if (NOT_A_NAME.matcher(name).find() || STOCK.matcher(name).find()) {
            return false;
        }
        if (name.indexOf(':') >= 0 || CJK_SENTENCE_MARK.matcher(name).find()) {
            return false; // "周砚秋 保山小粒咖啡庄园主理人，回乡第六年": a profile's headline runs on after the name
        }
        if (AGENCY.matcher(name).matches()) {
            return true;
        }
        String[] words = SPACES.split(name);
        boolean body = BODY_OF.matcher(name).matches() || BODY_OF_ROMANCE.matcher(name).matches()
                || UNIT_OF_ROMANCE.matcher(name).matches();
        if (words.length > (body ? 10 : 5) || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        if (words.length == 1 && isCjkName(name)) {
            return true; // "张伟", "홍길동", "山田花子": no spaces, no case
        }
        if (words.length == 1) {
            // a user name ("gnaddrig", "r23") or a one-word pen name; never a label word, a weekday or a month
            return name.length() >= 2 && HANDLE.matcher(name).matches() && !LONE_WORD.matcher(name).matches()
                    && !(name.length() >= 4 && MonthNames.month(name) > 0)
                    && (name.length() >= 3 || Character.isUpperCase(name.codePointAt(0)));
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        if (body) {
            return true; // "Office of Communications", "Department of the Treasury": a body, "of" in its name
        }
        for (int i = 0; i < words.length; i++) {
            // "the numbers", "Mob mit Macheten ermordet", "Zuletzt geändert am": a lower-case word that is no
            // particle of a name says this is a phrase, not a name; only a last name may be typed in lower case
            String w = words[i];
            // … but no body's word: "Scale office" (of "the Branchline & Scale office") is a place, not a person
            boolean lowerLastName = words.length == 2 && i == 1 && Character.isUpperCase(words[0].codePointAt(0))
                    && !FUNCTION_WORD.matcher(words[0]).matches() && !BODY_WORD.matcher(w).matches();
            if (lowerCase(w.codePointAt(0)) && !PARTICLE.matcher(w).matches() && !lowerLastName) {
                return false;
            }
            if (i == words.length - 1 && lowerCase(w.codePointAt(0))
                    && (FUNCTION_WORD.matcher(w).matches() || CREDIT_WORD.matcher(w).matches())) {
                // "About the", "Sobre el": an article ends no name ("Michiel de", from "Jong, Michiel de", may end so);
                // nor does a credit's "by": "Charts by", a role's label
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a letter is written in lower case where capitals would be expected. Georgian has capitals in Unicode
     * (Mtavruli) but is written without them: its everyday letters, which Unicode calls lower case, start names too.
     */
    private static boolean lowerCase(int c) {
        return Character.isLowerCase(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.GEORGIAN;
    }

    /** Whether {@code s} is a credential written after a name: "PhD", "M.D.", "Jr.", "Dipl.-Ing.". */
    static boolean isCredential(String s) {
        return CREDENTIAL.matcher(s).matches();
    }

    /** "Raghunathan, Priya": a family name, a comma and given names, as bibliographic records write an author. */
    private static final Pattern FAMILY_FIRST = Pattern.compile("\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
            + "\\s*,\\s*(\\p{Lu}[\\p{L}.'’-]*(?:[\\s-]+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s*");

    /**
     * The name a bibliographic record writes family name first ({@code citation_author="Raghunathan, Priya"}), in the
     * order a byline shows it: "Priya Raghunathan". Any other value as it is; "Anderson, PhD" is a name and a
     * credential.
     */
    static String givenFirst(String name) {
        Matcher m = FAMILY_FIRST.matcher(name);
        if (!m.matches() || CREDENTIAL.matcher(m.group(2)).matches()) {
            return name;
        }
        return m.group(2) + " " + m.group(1);
    }

    /**
     * Whether a declared author that {@link #plausible} turns down for its lower-case words may still name a body, as
     * an organisation's name is written in French, Spanish or Italian: "Patrimoine maritime Canada", "Agencia de
     * gestión del agua". A capital first, six words at most, no digit, no colon, nothing that names no one. Only a
     * page that shows the same words as a link may be credited to it ({@code MetaReader}): on its own, such a string
     * is as likely a phrase.
     */
    static boolean mayNameBody(String name) {
        if (name == null || name.length() < 4 || name.length() > 60 || name.indexOf(':') >= 0
                || !Character.isUpperCase(name.codePointAt(0)) || NOT_A_NAME.matcher(name).find()
                || STOCK.matcher(name).find() || FUNCTION_WORD.matcher(SPACES.split(name)[0]).matches()) {
            return false;
        }
        String[] words = SPACES.split(name);
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
