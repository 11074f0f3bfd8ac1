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
        // ru and uk, nominative and the genitive dates use ("15 августа 2016"); el genitive
        String[][] cyrillic = {
            {"январь", "января", "янв", "січень", "січня", "ιανουαρίου"},
            {"февраль", "февраля", "фев", "лютий", "лютого", "φεβρουαρίου"},
            {"март", "марта", "березень", "березня", "μαρτίου"},
            {"апрель", "апреля", "апр", "квітень", "квітня", "απριλίου"},
            {"май", "мая", "травень", "травня", "μαΐου"},
            {"июнь", "июня", "червень", "червня", "ιουνίου"},
            {"июль", "июля", "липень", "липня", "ιουλίου"},
            {"август", "августа", "авг", "серпень", "серпня", "αυγούστου"},
            {"сентябрь", "сентября", "сен", "вересень", "вересня", "σεπτεμβρίου"},
            {"октябрь", "октября", "окт", "жовтень", "жовтня", "οκτωβρίου"},
            {"ноябрь", "ноября", "ноя", "листопад", "листопада", "νοεμβρίου"},
            {"декабрь", "декабря", "дек", "грудень", "грудня", "δεκεμβρίου"},
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
