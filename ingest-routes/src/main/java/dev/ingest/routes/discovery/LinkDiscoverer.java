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

    private List<DiscoveredLink> fromListing(StartPoint start, RequestPolicy policy) throws FetchException {
        FetchedPage page = fetcher.fetchHtml(start.url(), null, null, policy);
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl());
        Set<String> seen = new LinkedHashSet<>();
        List<DiscoveredLink> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.absUrl("href");
            if (href.isEmpty() || !isHttp(href) || href.equals(page.finalUrl()) || !start.accepts(href)) {
                continue;
            }
            if (seen.add(href)) {
                links.add(new DiscoveredLink(href, DiscoveryMethod.LISTING, page.finalUrl()));
            }
        }
        return links;
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
