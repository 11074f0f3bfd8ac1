package dev.ingest.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the headline from the page's title candidates and strips site-name decorations.
 *
 * <p>{@code clean("Dam opens after ten years | Riverside Gazette", "Riverside Gazette")} is
 * {@code "Dam opens after ten years"}; a heading that the {@code <title>} repeats is preferred over a
 * {@code <title>} it had to be cut from.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—»·•:/\\\\-]\\s+|\\s+::\\s+|\\s*\\|\\s*");

    private TitleCleaner() {
    }

    /** The title without a leading or trailing site-name part. */
    static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        String site = siteName == null ? null : norm(siteName);
        var m = SEPARATOR.matcher(t);
        java.util.List<int[]> cuts = new java.util.ArrayList<>();
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return t;
        }
        // Drop a trailing part that is the site name, or a short trailing part after the last separator.
        int[] last = cuts.get(cuts.size() - 1);
        String head = t.substring(0, last[0]).strip();
        String tail = t.substring(last[1]).strip();
        if (site != null && (similar(tail, site))) {
            return clean(head, siteName);
        }
        int[] firstCut = cuts.get(0);
        String lead = t.substring(0, firstCut[0]).strip();
        String rest = t.substring(firstCut[1]).strip();
        if (site != null && similar(lead, site)) {
            return rest;
        }
        if (words(tail) <= 4 && words(head) >= 3 && !t.substring(last[0], last[1]).strip().equals(":")
                && !t.substring(last[0], last[1]).strip().equals("-")) {
            return head;
        }
        if (words(tail) <= 3 && words(head) >= 3 && looksLikeSiteName(tail)) {
            return head;
        }
        return t;
    }

    /** The best headline among candidates: a heading the page title contains wins over the cut page title. */
    static String choose(String jsonLd, String og, List<String> headings, String htmlTitle, String siteName) {
        String cleanedTitle = clean(htmlTitle, siteName);
        String cleanedOg = clean(og, siteName);
        for (String h : headings) {
            String hn = norm(h);
            if (hn.length() < 4) {
                continue;
            }
            if (jsonLd != null && norm(jsonLd).equals(hn) || og != null && norm(og).contains(hn)
                    || htmlTitle != null && norm(htmlTitle).contains(hn)) {
                return h.strip();
            }
        }
        if (jsonLd != null && !jsonLd.isBlank()) {
            return clean(jsonLd, siteName);
        }
        if (cleanedOg != null) {
            return cleanedOg;
        }
        if (!headings.isEmpty() && headings.size() == 1 && headings.get(0).length() > 10) {
            return headings.get(0).strip();
        }
        return cleanedTitle;
    }

    private static boolean looksLikeSiteName(String s) {
        return s.matches("(?i).*\\.(com|de|org|net|at|ch|fr|es|it|co\\.uk|io|info)\\b.*")
                || s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean similar(String part, String site) {
        String p = norm(part).replaceAll("^www\\.", "");
        String s = site.replaceAll("^www\\.", "");
        return p.equals(s) || p.startsWith(s) || s.startsWith(p) && p.length() >= 3
                || p.replaceAll("[^\\p{L}\\p{N}]", "").equals(s.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static String norm(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
