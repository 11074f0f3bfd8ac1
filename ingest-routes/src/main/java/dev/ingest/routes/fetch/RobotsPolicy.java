package dev.ingest.routes.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, fetched once per site and cached: whether a URL may be fetched, the site's {@code Crawl-delay}, and
 * the sitemaps it lists. A robots.txt that is missing (4xx) allows everything; one that fails with 5xx or cannot be
 * reached disallows the site until the cache entry expires (crawler-commons' {@code failedFetch} semantics).
 *
 * <p>{@code robots.isAllowed("https://news.example.com/private/x")} is false when robots.txt says
 * {@code Disallow: /private/} for {@code User-agent: *} or for this crawler's name.
 */
public final class RobotsPolicy {
    private final PageFetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final List<String> robotNames;
    private final RequestPolicy requests;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(BaseRobotRules rules, Instant expires) {
    }

    /** @param robotName the product token robots.txt groups are matched against, e.g. {@code ingest} */
    public RobotsPolicy(PageFetcher fetcher, Clock clock, Duration ttl, String robotName) {
        this(fetcher, clock, ttl, robotName, RequestPolicy.NONE);
    }

    /** @param requests admits the robots.txt requests themselves: they count towards a host's delay like any other */
    public RobotsPolicy(PageFetcher fetcher, Clock clock, Duration ttl, String robotName, RequestPolicy requests) {
        this.requests = requests;
        this.fetcher = fetcher;
        this.clock = clock;
        this.ttl = ttl;
        this.robotNames = List.of(robotName.toLowerCase(Locale.ROOT));
    }

    public boolean isAllowed(String url) {
        return rules(url).isAllowed(url);
    }

    /** The site's Crawl-delay, if it sets one. */
    public Optional<Duration> crawlDelay(String url) {
        long ms = rules(url).getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** The sitemaps robots.txt lists in {@code Sitemap:} lines. */
    public List<String> sitemaps(String url) {
        return List.copyOf(rules(url).getSitemaps());
    }

    BaseRobotRules rules(String url) {
        String site = siteOf(url);
        Instant now = clock.instant();
        Cached c = cache.get(site);
        if (c == null || now.isAfter(c.expires())) {
            c = new Cached(load(site), now.plus(ttl));
            cache.put(site, c);
        }
        return c.rules();
    }

    private BaseRobotRules load(String site) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        String robotsUrl = site + "/robots.txt";
        try {
            FetchedPage page = fetcher.fetch(robotsUrl, "text/plain,*/*;q=0.1", requests);
            return parser.parseContent(robotsUrl, page.body(), page.contentType(), robotNames);
        } catch (FetchException e) {
            // 4xx: no rules, all allowed; 5xx and network failures: hold off the whole site for now
            return parser.failedFetch(e.status() == 0 ? 503 : e.status());
        }
    }

    static String siteOf(String url) {
        URI u = URI.create(url);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
