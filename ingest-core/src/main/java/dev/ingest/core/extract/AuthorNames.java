package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a credit line into person names: no "By", no dates, no role words, one entry per person.
 *
 * <p>{@code parse("By Mara Lindqvist and Tomás Ruiz | Published 28 Nov 2026")} is
 * {@code ["Mara Lindqvist", "Tomás Ruiz"]}; {@code parse("Von Anna Berg, Redakteurin")} is {@code ["Anna Berg"]}.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:written|posted|published|reported|text|texte|story"
            + "|photos?|fotos?|interview|ein\\s+(?:gastbeitrag|kommentar|bericht|beitrag)|eine\\s+(?:analyse|reportage"
            + "|kolumne)|gastbeitrag|kommentar|geschrieben|verfasst|autor(?:in|en)?|authors?|auteurs?|redakteur(?:in)?"
            + "|escrito|publicado|crédits?|credits?)\\s*(?:by|von|par|por)?|by|von|vom|par|por|door|di|da|av|af|de|per"
            + "|von:|by:)\\s*[:\\-–—]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the names stop: a separator, a date word, a number. */
    private static final Pattern STOP = Pattern.compile("\\s*(?:[|•·\\n\\r\\t]|\\s[-–—]\\s|\\(|\\bpublished\\b|\\bupdated"
            + "\\b|\\bposted\\b|\\bveröffentlicht|\\baktualisiert|\\bstand\\b|\\bam\\s+\\d|\\bon\\s+\\p{L}+\\s+\\d"
            + "|\\bon\\s+\\d|\\bpublié|\\bmis à jour|\\bpublicado|\\bactualizado|\\ble\\s+\\d|\\bel\\s+\\d|\\d|\\bvor\\s"
            + "|\\bil y a|\\bhace\\s|\\babout\\s+\\d|\\byesterday|\\btoday|\\bgestern|\\bheute|\\bmin read|\\bfor\\s|\\bfür\\s"
            + "|\\bin\\s|\\bat\\s|\\bfollow\\b|\\bemail\\b|\\bim\\s|\\bauf\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\+|/)\\s*|\\s+(?:and|und|et|y|e|i|en|og|och"
            + "|és)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE = Pattern.compile("(?:^|\\s)(?:senior|chief|staff|contributing|freelance"
            + "|associate|deputy|managing|executive|political|foreign|science|business|sports?)?\\s*(?:writer|reporter"
            + "|correspondent|editor|columnist|contributor|journalist|photographer|redakteur(?:in)?|redaktion"
            + "|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|author|rédacteur|rédactrice|journaliste"
            + "|correspondant|periodista|redactor|editora?|fotograf(?:in)?|mitarbeiter(?:in)?|volontär(?:in)?"
            + "|leiter(?:in)?|ressortleiter(?:in)?|chefredakteur(?:in)?)s?\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(?:https?:|www\\.|@|\\.com|\\.de\\b|comment|share"
            + "|read more|subscribe|newsletter|cookie|\\blogin\\b|sign in|\\bmenu\\b|\\bhome\\b|\\bkontakt\\b"
            + "|\\bcontact\\b|anonymous|\\badmin\\b|unknown)");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\\p{Punct}\\p{So}–—„“”«»]+|[\\s\\p{Punct}"
            + "\\p{So}–—„“”«»]+$");

    private AuthorNames() {
    }

    /** Person names in a credit line; empty when it holds none. */
    static List<String> parse(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.length() > 300 || s.startsWith("http")) {
            return out;
        }
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = LEADING_NOISE.matcher(s).replaceAll("");
            s = PREFIX.matcher(s).replaceFirst("");
            if (s.equals(before)) {
                break;
            }
        }
        var stop = STOP.matcher(s);
        if (stop.find()) {
            s = s.substring(0, stop.start());
        }
        for (String part : SPLIT.split(s)) {
            String name = ROLE.matcher(part).replaceFirst("");
            name = LEADING_NOISE.matcher(name).replaceAll("").strip();
            name = PREFIX.matcher(name).replaceFirst("").strip();
            if (plausible(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Names as authors, without repeats (case-insensitive), first spelling kept. */
    static List<Author> dedupe(List<Author> authors) {
        Map<String, Author> seen = new LinkedHashMap<>();
        for (Author a : authors) {
            String key = a.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Author prior = seen.get(key);
            if (prior == null || (prior.url() == null && a.url() != null)) {
                seen.put(key, prior == null ? a : new Author(prior.name(), a.url()));
            }
        }
        // "Anna Berg" and "Anna Berg (Text)" are one person: drop names that contain another.
        List<Author> out = new ArrayList<>();
        for (Author a : seen.values()) {
            boolean contained = false;
            for (Author b : seen.values()) {
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

    static boolean plausible(String name) {
        if (name == null || name.length() < 3 || name.length() > 60) {
            return false;
        }
        if (NOT_A_NAME.matcher(name).find()) {
            return false;
        }
        int words = name.split("\\s+").length;
        if (words > 5) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return Character.isLetter(name.charAt(0)) && Character.isUpperCase(name.codePointAt(0))
                || words >= 2 && Character.isLetter(name.charAt(0));
    }
}
