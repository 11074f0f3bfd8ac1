package dev.ingest.routes.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where discovery of a source begins: an RSS/Atom feed, a sitemap (or sitemap index), or a listing page whose
 * links are filtered by include/exclude regular expressions.
 *
 * <p>A listing with include {@code /news/\\d{4}/}, follow {@code /section/|\\?page=\\d+} and depth 2 queues every
 * link whose URL contains {@code /news/2026/} found on the front page and on the section and next pages it links.
 */
public record StartPoint(Kind kind, String url, List<Pattern> include, List<Pattern> exclude, List<Pattern> follow,
                         int depth) {

    /** The ways a publisher lists its articles; {@code ROBOTS} means the sitemaps its robots.txt names. */
    public enum Kind {
        FEED, SITEMAP, LISTING, ROBOTS;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StartPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        follow = follow == null ? List.of() : List.copyOf(follow);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + depth);
        }
    }

    /** A listing page whose accepted links are queued; no further listing pages are followed. */
    public static StartPoint listing(String url, List<Pattern> include, List<Pattern> exclude) {
        return new StartPoint(Kind.LISTING, url, include, exclude, List.of(), 1);
    }

    public static StartPoint feed(String url) {
        return new StartPoint(Kind.FEED, url, List.of(), List.of(), List.of(), 1);
    }

    /** The sitemaps listed in {@code Sitemap:} lines of the robots.txt of the site of {@code siteUrl}. */
    public static StartPoint robots(String siteUrl) {
        return new StartPoint(Kind.ROBOTS, siteUrl, List.of(), List.of(), List.of(), 1);
    }

    public static StartPoint sitemap(String url) {
        return new StartPoint(Kind.SITEMAP, url, List.of(), List.of(), List.of(), 1);
    }

    /** True when a link on a listing page is a further listing page to read (depth allowing): it matches a follow. */
    public boolean follows(String link) {
        return follow.stream().anyMatch(p -> p.matcher(link).find())
                && exclude.stream().noneMatch(p -> p.matcher(link).find());
    }

    /** True when a link found on a listing page should be queued: it matches an include (if any) and no exclude. */
    public boolean accepts(String link) {
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(link).find());
        return included && exclude.stream().noneMatch(p -> p.matcher(link).find());
    }
}
