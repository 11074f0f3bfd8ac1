package dev.ingest.routes.discovery;

import dev.ingest.core.model.DiscoveryMethod;

/**
 * A link found by discovery: the page URL, how it was found, the document it was found in, and at what listing depth
 * (1 for a feed, a sitemap or the start listing page itself).
 */
public record DiscoveredLink(String url, DiscoveryMethod via, String referrer, int depth) {
    public DiscoveredLink(String url, DiscoveryMethod via, String referrer) {
        this(url, via, referrer, 1);
    }
}
