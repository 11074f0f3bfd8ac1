package dev.ingest.core.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and abbreviations in the languages publishers write dates in.
 *
 * <p>{@code month("Novembre")} is 11, {@code month("déc.")} is 12, {@code month("Mittwoch")} is 0 (not a month).
 */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            // en, de, fr, es, it, pt, nl, sv/da/no, pl (nominative and genitive), cs, fi, tr, ro, hu
            {"january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "janeiro", "januari", "styczeń", "stycznia", "sty", "leden", "ledna", "tammikuu", "tammikuuta",
                "ocak", "ianuarie", "január"},
            {"february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero",
                "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "lut", "únor", "února", "helmikuu",
                "helmikuuta", "şubat", "februarie", "február"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marts",
                "mars", "marzec", "marca", "březen", "března", "maaliskuu", "maaliskuuta", "mart", "martie",
                "március"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "duben",
                "dubna", "huhtikuu", "huhtikuuta", "nisan", "aprilie", "április"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května", "toukokuu",
                "toukokuuta", "mayıs", "mai", "május"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze",
                "červen", "června", "kesäkuu", "kesäkuuta", "haziran", "iunie", "június"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip",
                "červenec", "července", "heinäkuu", "heinäkuuta", "temmuz", "iulie", "július"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpień", "sierpnia", "sie",
                "srpen", "srpna", "elokuu", "elokuuta", "ağustos", "augusztus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro",
                "wrzesień", "września", "wrz", "září", "syyskuu", "syyskuuta", "eylül", "septembrie", "szeptember"},
            {"october", "oct", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "października", "październik", "paź", "říjen", "října", "lokakuu", "lokakuuta", "ekim",
                "octombrie", "október"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "listopadu",
                "marraskuu", "marraskuuta", "kasım", "noiembrie"},
            {"december", "dec", "dez", "dezember", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudzień", "grudnia", "gru", "prosinec", "prosince", "joulukuu", "joulukuuta",
                "aralık", "decembrie", "december"},
        };
        // ru and uk, nominative and the genitive dates use ("15 августа 2016"); el genitive; tg with the izafet
        // dates use ("26 ноябри 2026")
        String[][] cyrillic = {
            {"январь", "января", "янв", "січень", "січня", "ιανουαρίου", "январи"},
            {"февраль", "февраля", "фев", "лютий", "лютого", "φεβρουαρίου", "феврали"},
            {"март", "марта", "березень", "березня", "μαρτίου", "марти"},
            {"апрель", "апреля", "апр", "квітень", "квітня", "απριλίου", "апрели"},
            {"май", "мая", "травень", "травня", "μαΐου", "майи"},
            {"июнь", "июня", "червень", "червня", "ιουνίου", "июни"},
            {"июль", "июля", "липень", "липня", "ιουλίου", "июли"},
            {"август", "августа", "авг", "серпень", "серпня", "αυγούστου", "августи"},
            {"сентябрь", "сентября", "сен", "вересень", "вересня", "σεπτεμβρίου", "сентябри"},
            {"октябрь", "октября", "окт", "жовтень", "жовтня", "οκτωβρίου", "октябри"},
            {"ноябрь", "ноября", "ноя", "листопад", "листопада", "νοεμβρίου", "ноябри"},
            {"декабрь", "декабря", "дек", "грудень", "грудня", "δεκεμβρίου", "декабри"},
        };
        // id/ms, hr (genitive; its "listopad" is October but stays Polish and Czech November), sr/bs and sl
        // (nominative and genitive), sk, lt (nominative and genitive), lv, et, ca, nb
        String[][] more = {
            {"januari", "janvāris", "janvārī", "januara", "januarja", "januára", "siječanj", "siječnja", "sausis",
                "sausio", "jaanuar", "gener"},
            {"februari", "februāris", "februārī", "februara", "februarja", "februára", "veljača", "veljače",
                "vasaris", "vasario", "veebruar", "febrer"},
            {"maret", "mac", "marec", "marta", "ožujak", "ožujka", "kovas", "kovo", "märts", "març"},
            {"aprīlis", "aprīlī", "aprila", "apríl", "apríla", "travanj", "travnja", "balandis", "balandžio",
                "aprill"},
            {"maijs", "maijā", "maja", "máj", "mája", "svibanj", "svibnja", "gegužė", "gegužės", "maig"},
            {"jūnijs", "jūnijā", "junij", "junija", "juna", "jún", "júna", "lipanj", "lipnja", "birželis", "birželio",
                "juuni", "juny"},
            {"julai", "jūlijs", "jūlijā", "julij", "julija", "jula", "júl", "júla", "srpanj", "srpnja", "liepa",
                "liepos", "juuli", "juliol"},
            {"agustus", "agt", "ags", "ogos", "augusts", "augustā", "avgust", "avgusta", "augusta", "kolovoz",
                "kolovoza", "rugpjūtis", "rugpjūčio", "agost"},
            {"septembar", "septembris", "septembrī", "septembra", "rujan", "rujna", "rugsėjis", "rugsėjo",
                "setembre"},
            {"oktobar", "oktobris", "oktobrī", "oktobra", "októbra", "spalis", "spalio", "oktoober", "octubre"},
            {"nopember", "novembar", "novembris", "novembrī", "novembra", "studeni", "studenoga", "studenog",
                "lapkritis", "lapkričio", "novembre"},
            {"desember", "disember", "decembar", "decembris", "decembrī", "decembra", "prosinac", "prosinca",
                "gruodis", "gruodžio", "detsember", "desembre"},
        };
        // mt, ha (Hausa), sw (Swahili) and rw (Kinyarwanda), each month's names as dates write them
        String[][] malteseHausaSwahili = {
            {"jannar", "janairu", "januari", "mutarama"}, {"frar", "fabrairu", "februari", "gashyantare"},
            {"marzu", "maris", "machi", "werurwe"}, {"april", "afrilu", "aprili", "mata"},
            {"mejju", "mayu", "mei", "gicurasi"}, {"ġunju", "yuni", "juni", "kamena"},
            {"lulju", "yuli", "julai", "nyakanga"}, {"awwissu", "agusta", "agosti", "kanama"},
            {"settembru", "satumba", "septemba", "nzeri"}, {"ottubru", "oktoba", "ukwakira"},
            {"novembru", "nuwamba", "novemba", "ugushyingo"}, {"diċembru", "disamba", "desemba", "ukuboza"},
        };
        // ht (Haitian Creole), sm (Samoan), to (Tongan, with and without its ʻokina), fj (Fijian), mi (Māori);
        // Samoan and Tongan May ("Me", "Mē"), Haitian March, June and August ("mas", "jen", "out") are words or names
        // of other languages, left out
        String[][] creoleAndPacific = {
            {"janvye", "ianuari", "sānuali", "janueri", "hānuere"},
            {"fevriye", "fepuari", "fēpueli", "feperueri", "pēpuere"},
            {"mati", "maʻasi", "maasi", "maji", "māehe"},
            {"avril", "aperila", "ʻepeleli", "epeleli", "epereli", "āperira"},
            {"mei"},
            {"iuni", "sune", "hune"},
            {"jiyè", "iulai", "siulai", "jiulai", "hūrae"},
            {"aokuso", "ʻaokosi", "aokosi", "okosita", "ākuhata"},
            {"septanm", "setema", "sepitema", "seviteba", "hepetema"},
            {"oktòb", "oketopa", "ʻokatopa", "okatopa", "okotova"},
            {"novanm", "novema", "nōvema", "noveba", "noema"},
            {"desanm", "tesema", "tīsema", "tiseba", "tīhema"},
        };
        // the Indian languages' names of the English months: bn, as (Assamese), or (Odia), gu, mr, te, kn, ta, ml,
        // pa (Gurmukhi); May, two letters in most, too short for a month's word, left out
        String[][] indian = {
            {"জানুয়ারি", "জানুৱাৰী", "ଜାନୁଆରୀ", "જાન્યુઆરી", "जानेवारी", "జనవరి", "ಜನವರಿ", "ஜனவரி", "ജനുവരി", "ਜਨਵਰੀ"},
            {"ফেব্রুয়ারি", "ফেব্ৰুৱাৰী", "ଫେବୃଆରୀ", "ફેબ્રુઆરી", "फेब्रुवारी", "ఫిబ్రవరి", "ಫೆಬ್ರವರಿ", "பிப்ரவரி",
                "ഫെബ്രുവരി", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ"},
            {"মার্চ", "মাৰ্চ", "ମାର୍ଚ୍ଚ", "માર્ચ", "మార్చి", "ಮಾರ್ಚ್", "மார்ச்", "മാർച്ച്", "ਮਾਰਚ"},
            {"এপ্রিল", "এপ্ৰিল", "ଅପ୍ରେଲ", "એપ્રિલ", "एप्रिल", "ఏప్రిల్", "ಏಪ್ರಿಲ್", "ஏப்ரல்", "ഏപ്രിൽ", "ਅਪ੍ਰੈਲ",
                "ਅਪਰੈਲ"},
            {"മേയ്"},
            {"জুন", "ଜୁନ", "જૂન", "జూన్", "ಜೂನ್", "ஜூன்", "ജൂൺ", "ਜੂਨ"},
            {"জুলাই", "ଜୁଲାଇ", "જુલાઈ", "जुलै", "జూలై", "ಜುಲೈ", "ஜூலை", "ജൂലൈ", "ਜੁਲਾਈ"},
            {"আগস্ট", "আগষ্ট", "ଅଗଷ୍ଟ", "ઑગસ્ટ", "ઓગસ્ટ", "ऑगस्ट", "ఆగస్టు", "ಆಗಸ್ಟ್", "ஆகஸ்ட்", "ഓഗസ്റ്റ്", "ਅਗਸਤ"},
            {"সেপ্টেম্বর", "ছেপ্তেম্বৰ", "ସେପ୍ଟେମ୍ବର", "સપ્ટેમ્બર", "सप्टेंबर", "సెప్టెంబర్", "ಸೆಪ್ಟೆಂಬರ್",
                "செப்டம்பர்", "സെപ്റ്റംബർ", "ਸਤੰਬਰ"},
            {"অক্টোবর", "অক্টোবৰ", "ଅକ୍ଟୋବର", "ઑક્ટોબર", "ઓક્ટોબર", "ऑक्टोबर", "అక్టోబర్", "ಅಕ್ಟೋಬರ್", "அக்டோபர்",
                "ഒക്ടോബർ", "ਅਕਤੂਬਰ"},
            {"নভেম্বর", "নৱেম্বৰ", "ନଭେମ୍ବର", "નવેમ્બર", "नोव्हेंबर", "నవంబర్", "ನವೆಂಬರ್", "நவம்பர்", "നവംബർ", "ਨਵੰਬਰ"},
            {"ডিসেম্বর", "ডিচেম্বৰ", "ଡିସେମ୍ବର", "ડિસેમ્બર", "डिसेंबर", "డిసెంబర్", "ಡಿಸೆಂಬರ್", "டிசம்பர்", "ഡിസംബർ",
                "ਦਸੰਬਰ"},
        };
        // az (Azerbaijani) and uz (Uzbek) in Latin letters: "26 noyabr 2026"
        String[][] turkicLatin = {
            {"yanvar"}, {"fevral"}, {}, {"aprel"}, {}, {"iyun"}, {"iyul"}, {"avqust", "avgust"}, {"sentyabr"},
            {"oktyabr"}, {"noyabr"}, {"dekabr"},
        };
        // kk (Kazakh, in Cyrillic), its own names: "10 Қараша 2026"
        String[][] kazakh = {
            {"қаңтар"}, {"ақпан"}, {"наурыз"}, {"сәуір"}, {"мамыр"}, {"маусым"}, {"шілде"}, {"тамыз"}, {"қыркүйек"},
            {"қазан"}, {"қараша"}, {"желтоқсан"},
        };
        // ku (Kurmanji, Latin letters), the names used in Turkey and the Kurdish ones: "14 Mijdar 2026"
        String[][] kurmanji = {
            {"çile", "rêbendan"}, {"sibat", "reşemî"}, {"adar"}, {"nîsan", "avrêl"}, {"gulan"}, {"hezîran", "pûşper"},
            {"tîrmeh"}, {"tebax", "gelawêj"}, {"îlon", "rezber"}, {"cotmeh", "kewçêr"}, {"mijdar", "sermawez"},
            {"berfanbar", "kanûn"},
        };
        // dv (Dhivehi, in Thaana), the names of the Gregorian months with their common spellings: "28 ނޮވެމްބަރު 2026"
        String[][] dhivehi = {
            {"ޖަނަވަރީ"}, {"ފެބުރުއަރީ", "ފެބްރުއަރީ"}, {"މާރިޗު"}, {"އޭޕްރިލް", "އެޕްރީލް", "އޭޕްރީލް"}, {"މެއި"},
            {"ޖޫން"}, {"ޖުލައި"}, {"އޮގަސްޓު", "އޯގަސްޓު"}, {"ސެޕްޓެމްބަރު"}, {"އޮކްޓޫބަރު", "އޮކްޓޯބަރު"},
            {"ނޮވެމްބަރު"}, {"ޑިސެމްބަރު"},
        };
        // Tunisia's and Algeria's Arabic names from the French ("جويلية", July), where they differ from Egypt's
        String[][] maghrebFrench = {
            {"جانفي"}, {"فيفري"}, {}, {"أفريل", "افريل"}, {}, {"جوان"}, {"جويلية", "جويليه"}, {"أوت", "اوت"}, {}, {},
            {}, {},
        };
        // tn (Setswana), st (Sesotho) and sn (Shona), their own names: "05 Ngwanatsele 2026", "12 Mbudzi 2026"
        String[][] southernBantu = {
            {"ferikgong", "phesekgong", "ndira"}, {"tlhakole", "hlakola", "kukadzi"},
            {"mopitlo", "hlakubele", "kurume"}, {"moranang", "mmesa", "kubvumbi"},
            {"motsheganong", "motsheanong", "chivabvu"}, {"seetebosigo", "phupjane", "chikumi"},
            {"phukwi", "phupu", "chikunguru"}, {"phatwe", "phato", "nyamavhuvhu"}, {"lwetse", "gunyana"},
            {"diphalane", "mphalane", "gumiguru"}, {"ngwanatsele", "pudungwana", "mbudzi"},
            {"sedimonthole", "tshitwe", "zvita"},
        };
        // yo (Yoruba), after "Oṣù" ("month"): "20 Oṣù Bélú, 2026"
        String[][] yoruba = {
            {"ṣẹ́rẹ́"}, {"èrèlè"}, {"ẹrẹ̀nà"}, {"ìgbé"}, {"ẹ̀bibi"}, {"òkúdu"}, {"agẹmọ"}, {"ògún"}, {"owewe"},
            {"ọ̀wàrà"}, {"bélú"}, {"ọ̀pẹ̀"},
        };
        // bg, sr and mk in Cyrillic, be (genitive), el nominative and short; he (also after "ב", "in"); ar as
        // Egypt and the Gulf write it, the Maghreb's own, and the Levant's one-word names; fa and ur; hi; th
        String[][] otherScripts = {
            {"януари", "јануар", "јануара", "јануари", "студзеня", "ιανουάριος", "ιαν", "ינואר", "בינואר", "يناير",
                "ژانویه", "جنوری", "जनवरी", "มกราคม"},
            {"февруари", "фебруар", "фебруара", "лютага", "φεβρουάριος", "φεβ", "פברואר", "בפברואר", "فبراير",
                "شباط", "فوریه", "فروری", "फ़रवरी", "फरवरी", "กุมภาพันธ์"},
            {"сакавіка", "μάρτιος", "μαρ", "מרץ", "במרץ", "مارس", "آذار", "مارچ", "मार्च", "มีนาคม"},
            {"април", "априла", "красавіка", "απρίλιος", "απρ", "אפריל", "באפריל", "أبريل", "ابريل", "إبريل",
                "نيسان", "آوریل", "اپریل", "अप्रैल", "เมษายน"},
            {"мај", "маја", "мая", "μάιος", "μαΐ", "מאי", "במאי", "مايو", "ماي", "أيار", "مئی", "मई", "พฤษภาคม"},
            {"юни", "јун", "јуна", "јуни", "чэрвеня", "ιούνιος", "ιουν", "יוני", "ביוני", "يونيو", "يونيه",
                "حزيران", "ژوئن", "جون", "जून", "มิถุนายน"},
            {"юли", "јул", "јула", "јули", "ліпеня", "ιούλιος", "ιουλ", "יולי", "ביולי", "يوليو", "يوليه",
                "يوليوز", "تموز", "ژوئیه", "جولائی", "जुलाई", "กรกฎาคม"},
            {"августа", "жніўня", "αύγουστος", "αυγ", "אוגוסט", "באוגוסט", "أغسطس", "اغسطس", "غشت", "آب", "آگوست",
                "اگست", "अगस्त", "สิงหาคม"},
            {"септември", "септембар", "септембра", "верасня", "σεπτέμβριος", "σεπ", "ספטמבר", "בספטמבר",
                "سبتمبر", "شتنبر", "أيلول", "سپتامبر", "ستمبر", "सितंबर", "सितम्बर", "กันยายน"},
            {"октомври", "октобар", "октобра", "кастрычніка", "οκτώβριος", "οκτ", "אוקטובר", "באוקטובר", "أكتوبر",
                "اكتوبر", "اکتبر", "اکتوبر", "अक्टूबर", "अक्तूबर", "ตุลาคม"},
            {"ноември", "новембар", "новембра", "лістапада", "νοέμβριος", "νοε", "נובמבר", "בנובמבר", "نوفمبر",
                "نونبر", "نوامبر", "نومبر", "नवंबर", "नवम्बर", "พฤศจิกายน"},
            {"декември", "децембар", "децембра", "снежня", "δεκέμβριος", "δεκ", "דצמבר", "בדצמבר", "ديسمبر",
                "دجنبر", "دسامبر", "دسمبر", "दिसंबर", "दिसम्बर", "ธันวาคม"},
        };
        for (int i = 0; i < cyrillic.length; i++) {
            for (String n : cyrillic[i]) {
                MONTHS.putIfAbsent(n, i + 1);
                MONTHS.putIfAbsent(fold(n), i + 1);
            }
        }
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                MONTHS.putIfAbsent(n, i + 1);
                MONTHS.putIfAbsent(fold(n), i + 1);
            }
        }
        // the names added last give way to those above where they are spelt alike
        for (String[][] table : new String[][][] {more, malteseHausaSwahili, creoleAndPacific, southernBantu, yoruba,
            otherScripts, indian, maghrebFrench, turkicLatin, kazakh, kurmanji, dhivehi}) {
            for (int i = 0; i < table.length; i++) {
                for (String n : table[i]) {
                    MONTHS.putIfAbsent(n, i + 1);
                    MONTHS.putIfAbsent(fold(n), i + 1);
                }
            }
        }
    }

    private MonthNames() {
    }

    /** The month 1–12 a word names, ignoring case, accents and a trailing dot; 0 when it names none. */
    static int month(String word) {
        if (word == null) {
            return 0;
        }
        String w = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
        Integer m = MONTHS.get(w);
        if (m == null) {
            m = MONTHS.get(fold(w));
        }
        return m == null ? 0 : m;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
