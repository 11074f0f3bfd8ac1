package dev.ingest.routes.discovery;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.fetch.FetchException;
import dev.ingest.routes.fetch.FetchedPage;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RequestPolicy;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.source.StartPoint;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one start point and returns the article links it lists: the items of an RSS/Atom feed, the URLs of a
 * sitemap (following a sitemap index down to {@value #MAX_SITEMAPS} child sitemaps; gzip and the news extension
 * understood), the sitemaps a site's robots.txt names, or the links of a listing page that its include/exclude
 * patterns accept. Feed, sitemap and robots.txt parsing is crawler-commons'.
 */
public final class LinkDiscoverer {
    static final int MAX_SITEMAPS = 200;
    static final int MAX_LISTING_PAGES = 50;
    private static final String XML_ACCEPT =
            "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

    private final PageFetcher fetcher;
    private final RobotsPolicy robots;

    /** @param robots the same robots.txt cache the fetch step uses, so a site's robots.txt is fetched once */
    public LinkDiscoverer(PageFetcher fetcher, RobotsPolicy robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    /**
     * @throws DiscoveryException when the start point cannot be fetched or read; the message names its URL
     */
    public List<DiscoveredLink> discover(StartPoint start) throws DiscoveryException {
        return discover(start, RequestPolicy.NONE);
    }

    /** @param policy admits each request (SSRF guard, host delay) */
    public List<DiscoveredLink> discover(StartPoint start, RequestPolicy policy) throws DiscoveryException {
        try {
            return switch (start.kind()) {
                case FEED -> fromXml(start.url(), DiscoveryMethod.FEED, policy);
                case SITEMAP -> fromXml(start.url(), DiscoveryMethod.SITEMAP, policy);
                case LISTING -> fromListing(start, policy);
                case ROBOTS -> fromRobots(start.url(), policy);
            };
        } catch (FetchException e) {
            throw new DiscoveryException(start.url(), e.getMessage(), e);
        }
    }

    private List<DiscoveredLink> fromXml(String url, DiscoveryMethod via, RequestPolicy policy)
            throws FetchException, DiscoveryException {
        SiteMapParser parser = new SiteMapParser(false);
        List<DiscoveredLink> links = new ArrayList<>();
        List<String> pending = new ArrayList<>(List.of(url));
        Set<String> visited = new LinkedHashSet<>();
        while (!pending.isEmpty() && visited.size() < MAX_SITEMAPS) {
            String next = pending.remove(0);
            if (!visited.add(next)) {
                continue;
            }
            FetchedPage doc = fetcher.fetch(next, XML_ACCEPT, policy);
            AbstractSiteMap parsed = parse(parser, doc);
            if (parsed instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    pending.add(child.getUrl().toString());
                }
            } else if (parsed instanceof SiteMap map) {
                for (SiteMapURL entry : map.getSiteMapUrls()) {
                    links.add(new DiscoveredLink(entry.getUrl().toString(), via, next));
                }
            }
        }
        return links;
    }

    private static AbstractSiteMap parse(SiteMapParser parser, FetchedPage doc) throws DiscoveryException {
        try {
            URL base = URI.create(doc.finalUrl()).toURL();
            String type = doc.contentType() == null || doc.contentType().isBlank() ? "text/xml" : doc.contentType();
            return parser.parseSiteMap(type, doc.body(), base);
        } catch (UnknownFormatException | IOException e) {
            throw new DiscoveryException(doc.finalUrl(), "not a readable feed or sitemap: " + e.getMessage(), e);
        }
    }

    private List<DiscoveredLink> fromRobots(String siteUrl, RequestPolicy policy)
            throws FetchException, DiscoveryException {
        String robotsUrl = URI.create(siteUrl).resolve("/robots.txt").toString();
        List<String> sitemaps = robots.sitemaps(siteUrl);
        if (sitemaps.isEmpty()) {
            throw new DiscoveryException(robotsUrl, "robots.txt lists no Sitemap: lines; name the sitemaps in the "
                    + "source's 'sitemaps' instead", null);
        }
        List<DiscoveredLink> links = new ArrayList<>();
        for (String sitemap : sitemaps) {
            links.addAll(fromXml(sitemap, DiscoveryMethod.SITEMAP, policy));
        }
        return links;
    }

    /**
     * Reads the start listing page, and, up to the start point's depth, the further listing pages its follow
     * patterns name (sections, next pages); queues every accepted link. At most {@value #MAX_LISTING_PAGES} pages.
     */
    private List<DiscoveredLink> fromListing(StartPoint start, RequestPolicy policy) throws FetchException {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> readPages = new LinkedHashSet<>();
        List<DiscoveredLink> links = new ArrayList<>();
        List<String> level = List.of(start.url());
        for (int depth = 1; depth <= start.depth() && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String url : level) {
                if (readPages.size() >= MAX_LISTING_PAGES || !readPages.add(url)) {
                    continue;
                }
                FetchedPage page = fetcher.fetchHtml(url, null, null, policy);
                Document doc = parse(page);
                for (Element a : doc.select("a[href]")) {
                    String href = a.absUrl("href");
                    if (href.isEmpty() || !isHttp(href) || href.equals(page.finalUrl())) {
                        continue;
                    }
                    if (start.accepts(href) && seen.add(href)) {
                        links.add(new DiscoveredLink(href, DiscoveryMethod.LISTING, page.finalUrl(), depth));
                    } else if (depth < start.depth() && start.follows(href) && !readPages.contains(href)) {
                        next.add(href);
                    }
                }
            }
            level = next;
        }
        return links;
    }

    private static Document parse(FetchedPage page) {
        String charset = null;
        String type = page.contentType() == null ? "" : page.contentType();
        int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            charset = type.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
        }
        try {
            return Jsoup.parse(new java.io.ByteArrayInputStream(page.body()),
                    charset != null && java.nio.charset.Charset.isSupported(charset) ? charset : null,
                    page.finalUrl());
        } catch (IOException | java.nio.charset.IllegalCharsetNameException e) {
            return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl());
        }
    }

    private static boolean isHttp(String url) {
        try {
            String scheme = new URL(url).getProtocol();
            return scheme.equals("http") || scheme.equals("https");
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
