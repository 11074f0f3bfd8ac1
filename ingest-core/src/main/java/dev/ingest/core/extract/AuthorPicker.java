package dev.ingest.core.extract;

import dev.ingest.core.model.Author;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the credited authors among what the sources say (JSON-LD, microdata, meta tags, {@code rel=author}, the
 * visible byline), in that order of trust, preferring people over the house: the site itself, its publisher or an
 * organisation ("Harbour Gazette", "Redaktion", "… e.V.").
 *
 * <p>With site name "Harbour Gazette", {@code pick(..., [Harbour Gazette], [], [Mara Holm])} is {@code [Mara Holm]}:
 * the meta author only names the site. {@code pick(..., [Harbour Gazette], [], [])} is {@code [Harbour Gazette]}:
 * when no source names a person the house is the author, as on company blogs and press releases.
 */
final class AuthorPicker {
    /** Words that make a credit an organisation or a desk rather than a person. */
    private static final Pattern HOUSE_WORDS = Pattern.compile("(?iu)(?:^|[\\s,.(])(?:e\\.\\s?v|gmbh|ag|ltd|inc|llc"
            + "|plc|verlag|editorial|team|office|stiftung|foundation|verband|association|institut|institute"
            + "|magazin|magazine|zeitung|online|media|agencies|staff|writer|desk|newsdesk|web\\s+editors?"
            // the account that keeps the site, posting for the club: "webmaster", "Webmestre"
            + "|web\\s?master|webmestre|"
            + AuthorNames.Desk.WORD + "|redaksjonen|redaktionen|ritstjórn|ritstjórnin|toimitus"
            // "desk" and "bureau" as the Indian languages write them: "ન્યૂઝ ડેસ્ક", "डिजिटल डेस्क", "ব্যুরো"
            + "|डेस्क|ডেস্ক|ଡେସ୍କ|ડેસ્ક|డెస్క్|ಡೆಸ್ಕ್|டெஸ்க்|ഡെസ്ക്|ਡੈਸਕ|ब्यूरो|ব্যুরো)(?:$|[\\s,.)])");
    /** An editorial desk in Chinese, Japanese or Korean, closing the house's name: "街坊食記編輯部", "編集部", "편집국". */
    private static final Pattern CJK_DESK = Pattern.compile("(?:編輯部|编辑部|編集部|编辑室|編輯室|편집부|편집국)\\s*$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITE = Pattern.compile("\\s+");
    /** A host's "www." or "www2." before its name. */
    private static final Pattern WWW = Pattern.compile("^(?i)www\\d?\\.");
    /** Labels of a host that say nothing about the house: "www", "m", "blog", "de" … */
    private static final Pattern PLAIN_LABEL = Pattern.compile("www\\d?|m|amp|blog|blogs|news|de|co|com");
    /** Separators between the parts of a site name: "Achtsam durch die Krise | Die Furche". */
    private static final Pattern SITE_PARTS = Pattern.compile("\\s+[|–—:-]\\s+|\\s*[|•·]\\s*");

    private AuthorPicker() {
    }

    /**
     * The first source that names a person by name, without names of the house; else the first that names one by a
     * user name or initials ("jdoe", "JF"); else the first non-empty source as it is. A later source that gives a
     * fuller form of the same credit (more names, "Michael L. Anderson, PhD" for "Michael L. Anderson", "Edilson La
     * Rosa" for "edilson.la.rosa") replaces it. A name a source gives twice (two {@code <meta name=author>} tags)
     * counts once.
     */
    @SafeVarargs
    static List<Author> pick(String siteName, String url, List<Author>... given) {
        House house = new House(siteName, url);
        List<Author>[] sources = given.clone();
        for (int i = 0; i < sources.length; i++) {
            sources[i] = sources[i] == null ? null : AuthorNames.distinct(sources[i]);
        }
        int at = -1;
        int best = 0;
        for (int i = 0; i < sources.length && best < 2; i++) {
            int rank = 0;
            for (Author a : sources[i] == null ? List.<Author>of() : sources[i]) {
                if (!house.is(a.name())) {
                    rank = Math.max(rank, handle(a.name()) ? 1 : 2);
                }
            }
            if (rank > best) {
                best = rank;
                at = i;
            }
        }
        if (at < 0) {
            for (List<Author> s : sources) {
                if (s != null && !s.isEmpty()) {
                    return s;
                }
            }
            return List.of();
        }
        List<Author> chosen = withoutSiteName(sources[at], house);
        for (int i = at + 1; i < sources.length; i++) {
            if (sources[i] != null && fuller(sources[i], chosen)) {
                chosen = withoutSiteName(sources[i], house);
            }
        }
        return chosen;
    }

    /**
     * The byline shown on the page over declared authors that name nobody of it: templates and SEO plugins often
     * declare the account that uploaded the story, or the site's owners, while the byline the reader sees credits
     * the writer. {@code preferShown(.., [Kay Doe], [Jane Roe, Tom Poe])} is {@code [Jane Roe, Tom Poe]}. Over declared
     * logins alone ("comunicaciones") the byline stands even when it names a desk.
     */
    static List<Author> preferShown(String siteName, String url, List<Author> picked, List<Author> shown) {
        if (shown == null || shown.isEmpty() || picked.isEmpty() || picked == shown) {
            return picked;
        }
        House house = new House(siteName, url);
        boolean person = false;
        for (Author a : shown) {
            person |= shownPerson(a, house);
        }
        if (runOnFrom(picked, shown)) {
            // "Lorraine Becker Keystone Features" declared, the byline's two lines run together: the name shown
            return shown;
        }
        if (namesAny(picked, shown)) {
            return picked;
        }
        // a login the page declares ("comunicaciones") is no credit a reader sees; the desk the byline shows is
        return person || picked.stream().allMatch(a -> handle(a.name())) ? shown : picked;
    }

    /**
     * Whether each name of {@code picked} is one of {@code shown} with more words run on after it ({@link #runsOn}).
     */
    private static boolean runOnFrom(List<Author> picked, List<Author> shown) {
        if (picked.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < picked.size(); i++) {
            if (!runsOn(picked.get(i).name(), shown.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name of {@code picked} is one of {@code shown}, in full or in part, or inflected. */
    private static boolean namesAny(List<Author> picked, List<Author> shown) {
        for (Author p : picked) {
            String pk = key(p.name());
            for (Author s : shown) {
                String sk = key(s.name());
                if (!pk.isEmpty() && !sk.isEmpty() && (pk.contains(sk) || sk.contains(pk))
                        || inflected(p.name(), s.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two names are the same words but for their endings: one person, named in another grammatical case
     * ("Της Ελένης Καραγιάννη", "by Eleni Karagianni", in the byline's genitive, and "Ελένη Καραγιάννη" declared). A
     * word keeps at least four letters in common and differs in at most its last two.
     */
    static boolean inflected(String a, String b) {
        String[] x = words(a).strip().split(" ");
        String[] y = words(b).strip().split(" ");
        if (x.length != y.length || x.length < 2) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            int common = 0;
            while (common < x[i].length() && common < y[i].length() && x[i].charAt(common) == y[i].charAt(common)) {
                common++;
            }
            boolean same = common == x[i].length() && common == y[i].length();
            if (!same && (common < 4 || x[i].length() - common > 2 || y[i].length() - common > 2)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person the byline names for sure: two words or more and no agency slash ("PAP/Jo Doe" is a photo credit),
     * or one name linked to its author page ("Fabian" of {@code /author/fabian/}); a lone word elsewhere may be a
     * menu or a section.
     */
    private static boolean shownPerson(Author a, House house) {
        String n = a.name();
        if (AuthorNames.isCjkName(n)) {
            return true; // "张伟": written unspaced, and without a letter the house's keys are made of
        }
        if (house.is(n) || handle(n) || n.indexOf('/') >= 0) {
            return false;
        }
        return n.strip().contains(" ") || a.url() != null && AUTHOR_PAGE.matcher(a.url()).find();
    }

    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:author|autor|auteur|autore)s?/");

    /**
     * The credit closing the story over what was found before it, when nothing before names a person: no author at
     * all, only the house ("Redaktion"), or declared data with no byline shown above the story, which credits the
     * account that posted it ({@code shownAbove} false). A byline above the story that names a person always stays.
     */
    static List<Author> closing(String siteName, String url, List<Author> found, boolean shownAbove,
            List<Author> closing) {
        if (closing.isEmpty()) {
            return found;
        }
        House house = new House(siteName, url);
        if (namesNoPerson(house, found)) {
            return closing;
        }
        if (shownAbove) {
            return found;
        }
        if (closing.size() > found.size() && found.stream().allMatch(f -> closing.stream()
                .anyMatch(c -> key(c.name()).equals(key(f.name()))))) {
            return closing; // the signature names the declared writer and who wrote with her
        }
        for (Author f : found) {
            for (Author c : closing) {
                String fk = key(f.name());
                String ck = key(c.name());
                if (fk.contains(ck) || ck.contains(fk)) {
                    return found;
                }
            }
        }
        for (Author c : closing) {
            // a full name: two words, or a Chinese or Japanese name, written without a space ("村瀬千尋")
            if (!house.is(c.name()) && (c.name().strip().contains(" ") || TextStats.eastAsian(c.name()) >= 2)) {
                return closing;
            }
        }
        return found;
    }

    /** Whether none of {@code found} names a person: none found, or only the house ("Greenvale Commons"). */
    static boolean namesNoPerson(String siteName, String url, List<Author> found) {
        return namesNoPerson(new House(siteName, url), found);
    }

    private static boolean namesNoPerson(House house, List<Author> found) {
        for (Author a : found) {
            if (!house.is(a.name())) {
                return false;
            }
        }
        return true;
    }

    /** A user name or initials, not a name: one word in lower case or short capitals, or with digits or dots. */
    static boolean handle(String name) {
        String n = name.strip();
        if (n.contains(" ")) {
            return false;
        }
        return n.equals(n.toLowerCase(Locale.ROOT)) || n.length() <= 3 && n.equals(n.toUpperCase(Locale.ROOT))
                || n.chars().anyMatch(c -> Character.isDigit(c) || c == '.' || c == '_');
    }

    /** Every name of {@code smaller} is in {@code bigger}, as it is or as the start of a longer form; and more. */
    private static boolean fuller(List<Author> bigger, List<Author> smaller) {
        int gained = bigger.size() - smaller.size();
        if (gained < 0) {
            return false;
        }
        for (Author s : smaller) {
            String k = key(s.name());
            Author match = null;
            for (Author b : bigger) {
                if (key(b.name()).startsWith(k) && !k.isEmpty()) {
                    match = b;
                    break;
                }
            }
            if (match == null) {
                return false;
            }
            if ((match.name().length() > s.name().length() || words(match.name()).length() > words(s.name()).length())
                    && !runsOn(match.name(), s.name())) {
                gained++;
            }
        }
        return gained > 0;
    }

    /**
     * Whether {@code longer} is the full name {@code name} (two words or more) with more words run on after it, no
     * comma between: "Priya Raman Newswire", where a byline's source label ran into the name, or "Sanna
     * Kettunentoimittaja" and "Delphine Aubertin-ColeAdvice", where the role's element followed the name's with no
     * space between; or with a comma and what is no credential ("Rūta Jankauskaitė, zinutaskas.lt"). "Michael L.
     * Anderson, PhD", "Colleen Marchetti, BSN, RN" and "Jane Doe" for "Jane" are fuller forms.
     */
    private static boolean runsOn(String longer, String name) {
        String n = name.strip();
        String l = longer.strip();
        if (n.indexOf(' ') < 0 || l.length() <= n.length() || !l.regionMatches(true, 0, n, 0, n.length())) {
            return false;
        }
        char next = l.charAt(n.length());
        if (next == ',') {
            // "…, zinutaskas.lt", not "…, PhD" nor "…, BSN, RN"
            for (String part : l.substring(n.length() + 1).split(",")) {
                if (!AuthorNames.isCredential(part.strip())) {
                    return true;
                }
            }
            return false;
        }
        return Character.isWhitespace(next) || Character.isLetter(next) && Character.isLetter(n.charAt(n.length() - 1));
    }

    /**
     * {@code authors} without the site's own name, unless they are no one else; a name linked to its own author page
     * stays (a personal site named after its owner, who writes with a co-author: "/author/ilse-varga/").
     */
    private static List<Author> withoutSiteName(List<Author> authors, House house) {
        List<Author> out = new ArrayList<>();
        for (Author a : authors) {
            if (!house.isSite(a.name()) || ownAuthorPage(a)) {
                out.add(a);
            }
        }
        return out.isEmpty() ? authors : out;
    }

    /** A body's name and its kind abbreviated in capitals: "Severnshire CCC", "Harbridge Town FC". */
    private static final Pattern ABBREVIATED = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
            + "\\s+\\p{Lu}{2,4}");

    /** Whether {@code a} links to an author page whose address names it: "Ilse Varga" of "/author/ilse-varga/". */
    private static boolean ownAuthorPage(Author a) {
        if (a.url() == null || !AUTHOR_PAGE.matcher(a.url()).find()) {
            return false;
        }
        String path = SCHEME_AND_HOST.matcher(a.url()).replaceFirst("");
        String name = key(a.name());
        return !name.isEmpty() && key(path).contains(name);
    }

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    static String key(String s) {
        return s == null ? "" : NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** " die furche " of "Die FURCHE": lower-case words padded with spaces, for whole-word containment. */
    static String words(String s) {
        String w = NON_WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return w.isEmpty() ? "" : " " + w + " ";
    }

    /** What names the site: its name and the parts of it, and the labels of its host ("l-mag" of l-mag.de). */
    private static final class House {
        private final List<String> siteKeys = new ArrayList<>();
        private final List<String> siteWords = new ArrayList<>();
        private final List<String> hostKeys = new ArrayList<>();
        /** The initials of the site's name, "kns" of "Kenya News Service": many houses go by them. */
        private String siteInitials = "";
        /** The host written out, "zinutaskaslt" of www.zinutaskas.lt: a byline that names the site by its address. */
        private String hostName = "";

        House(String siteName, String url) {
            if (siteName != null && !key(siteName).isEmpty()) {
                siteKeys.add(key(siteName));
                siteInitials = initials(siteName);
                siteWords.add(words(siteName));
                for (String part : SITE_PARTS.split(siteName)) {
                    if (key(part).length() >= 2) {
                        siteKeys.add(key(part));
                    }
                }
            }
            try {
                String host = url == null ? null : URI.create(url.strip()).getHost();
                if (host != null) {
                    hostName = key(WWW.matcher(host).replaceFirst(""));
                    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
                    // the last label is the top-level domain, "www" and the like say nothing about the name
                    for (int i = 0; i < labels.length - 1; i++) {
                        if (!PLAIN_LABEL.matcher(labels[i]).matches()) {
                            hostKeys.add(key(labels[i]));
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                // no host, no host names
            }
        }

        /** The name is the site's own: "Harbour Gazette" on the Harbour Gazette, "zinutaskas.lt" on its host. */
        boolean isSite(String name) {
            String k = key(name);
            return !k.isEmpty() && (siteKeys.contains(k) || k.equals(hostName));
        }

        /** The name is the site, its host, its initials, or an organisation. */
        boolean is(String name) {
            String k = key(name);
            if (k.isEmpty() || HOUSE_WORDS.matcher(name).find() || CJK_DESK.matcher(name).find()) {
                return true;
            }
            String words = words(name);
            for (String s : siteWords) {
                // whole words only: "Die Furche" is in "Achtsam | Die Furche", "Anna" is not in "Annabel Ross"
                if (s.length() >= 5 && words.length() >= 5 && (s.contains(words) || words.contains(s))) {
                    return true;
                }
            }
            if (siteInitials.length() >= 2 && k.equals(siteInitials)) {
                return true; // "By KNS" on the Kenya News Service
            }
            String initials = initials(name);
            Matcher abbreviated = ABBREVIATED.matcher(name.strip());
            String head = abbreviated.matches() ? key(abbreviated.group(1)) : "";
            for (String h : hostKeys) {
                if (h.equals(k) || k.length() >= 4 && h.startsWith(k) || h.length() >= 5 && k.contains(h)
                        || initials.length() >= 2 && h.equals(initials)
                        // "Severnshire CCC" at severnshirecricket: the club's name, its kind in capitals
                        || head.length() >= 5 && h.startsWith(head)) {
                    return true;
                }
            }
            return false;
        }

        /** "dw" of "Deutsche Welle": many houses go by their initials. */
        private static String initials(String name) {
            String[] words = WHITE.split(name.strip());
            if (words.length < 2) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    b.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            return b.toString();
        }
    }
}
