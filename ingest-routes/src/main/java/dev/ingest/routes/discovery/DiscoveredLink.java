package dev.ingest.routes.discovery;

import dev.ingest.core.model.DiscoveryMethod;

/** A link found by discovery: the page URL, how it was found, and the document it was found in. */
public record DiscoveredLink(String url, DiscoveryMethod via, String referrer) {
}
