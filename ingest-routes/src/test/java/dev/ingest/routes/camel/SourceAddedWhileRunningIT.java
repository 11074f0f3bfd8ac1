package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sources added while the pipeline runs, after the frontier partition came here (what {@code run --sources DIR} does
 * when the watcher's first scan comes after the first assignment): each is discovered at once, not a schedule later.
 * Their discovery timers' first runs are hours away, so only the discovery the pipeline starts itself can do it.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SourceAddedWhileRunningIT {
    private static final int SOURCES = 30;

    @Test
    void everySourceAddedWhileRunningIsDiscoveredAtOnce(KafkaCluster kafka) throws Exception {
        try (TestHttpServer server = new TestHttpServer();
             RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(), Clock.systemUTC())) {
            NewsFixtureSite site = new NewsFixtureSite(server, List.of("127.0.0.1"), 2);
            FrontierOwnership ownership = p.pipeline().camel().getRegistry()
                    .lookupByNameAndType(FrontierOwnership.REGISTRY_NAME, FrontierOwnership.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ownership.partitions().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(Set.of(0), ownership.partitions(), "the frontier partition came here");

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < SOURCES; i++) {
                String id = "herald-" + i;
                ids.add(id);
                p.pipeline().sourceRoutes().add(new SourceDefinition(id, "Herald " + i, true,
                        List.of(StartPoint.sitemap(site.sitemapUrl("127.0.0.1"))), Duration.ofHours(6),
                        ExtractionRules.NONE, Duration.ofMillis(20), true, null));
            }

            Set<String> undiscovered = undiscovered(p.pipeline().counters(), ids);
            deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!undiscovered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                undiscovered = undiscovered(p.pipeline().counters(), ids);
            }
            assertTrue(undiscovered.isEmpty(), "sources never discovered: " + undiscovered);
        }
    }

    private static Set<String> undiscovered(PipelineCounters counters, List<String> ids) {
        Set<String> discovered = counters.sources().stream().filter(s -> s.lastDiscovery() != null)
                .map(PipelineCounters.SourceStatus::sourceId).collect(Collectors.toSet());
        return ids.stream().filter(id -> !discovered.contains(id)).collect(Collectors.toCollection(TreeSet::new));
    }
}
