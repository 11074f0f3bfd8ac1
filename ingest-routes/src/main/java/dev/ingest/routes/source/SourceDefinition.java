package dev.ingest.routes.source;

import dev.ingest.core.extract.ExtractionRules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One publisher, as its source file describes it: where to discover its articles, how often, and how to extract
 * them where the generic engine needs help.
 *
 * @param minDelay             least time between two requests to one of this source's hosts; null for the configured
 *                             default (a host's robots.txt Crawl-delay can make it longer)
 * @param allowPrivateNetwork  lets this source fetch loopback and private addresses (the bundled sample site)
 * @param topic                the articles topic for this source, or null for the configured default
 */
public record SourceDefinition(
        String id,
        String name,
        boolean enabled,
        List<StartPoint> startPoints,
        Duration schedule,
        ExtractionRules extraction,
        Duration minDelay,
        boolean allowPrivateNetwork,
        String topic) {

    /** Source ids become route ids and Kafka header values: lower-case kebab-case. */
    public static final String ID_PATTERN = "[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?";

    public SourceDefinition {
        Objects.requireNonNull(id, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("source id '" + id + "' must be lower-case kebab-case, e.g. harbour-gazette");
        }
        startPoints = startPoints == null ? List.of() : List.copyOf(startPoints);
        schedule = schedule == null ? Duration.ofMinutes(15) : schedule;
        extraction = extraction == null ? ExtractionRules.NONE : extraction;
        name = name == null ? id : name;
    }
}
