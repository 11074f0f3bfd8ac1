package dev.ingest.routes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.discovery.LinkDiscoverer;
import dev.ingest.routes.fetch.FetchSettings;
import dev.ingest.routes.fetch.HostGate;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.MutableClock;
import dev.ingest.routes.testing.TestHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    /** The page state in memory: what the compacted topic holds, without the topic. */
    static final class MemoryStates implements PageStateStore {
        final Map<String, PageState> states = new ConcurrentHashMap<>();

        @Override
        public Optional<PageState> find(String url) {
            return Optional.ofNullable(states.get(url));
        }

        @Override
        public void put(PageState state) {
            states.put(state.url(), state);
        }

        @Override
        public List<PageState> dueForRevisit(OffsetDateTime publishedAfter, OffsetDateTime fetchedBefore) {
            return states.values().stream().filter(s -> !s.gone() && s.published() != null
                    && s.published().isAfter(publishedAfter) && s.lastFetched().isBefore(fetchedBefore)).toList();
        }
    }

    @Test
    void queuesEachUrlOnceSkipsPublishedOnesAndRetriesUnpublishedOnesADayLater() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
        MemoryStates states = new MemoryStates();
        try (TestHttpServer site = new TestHttpServer()) {
            site.page("/feed.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title>"
                    + "<item><link>" + site.url("/a.html?utm_source=rss") + "</link></item>"
                    + "<item><link>" + site.url("/b.html") + "</link></item></channel></rss>");
            PageFetcher fetcher = new PageFetcher(new FetchSettings("ingest-test/1", Duration.ofSeconds(2),
                    Duration.ofSeconds(5), 1 << 20, 3), Clock.systemUTC());
            RobotsPolicy robots = new RobotsPolicy(fetcher, clock, Duration.ofHours(1), "ingest");
            FetchPolicies policies = new FetchPolicies(robots, new HostGate(1, d -> { }),
                    new FetchPolicies.Defaults(Duration.ZERO, Duration.ofSeconds(30), true));
            Discovery discovery = new Discovery(new LinkDiscoverer(fetcher, robots), states, policies,
                    new SourceRegistry(), Duration.ofHours(24), clock);
            StartPoint feed = StartPoint.feed(site.url("/feed.xml"));

            List<FrontierEntry> first = discovery.discover("gazette", feed);
            assertEquals(List.of(site.url("/a.html"), site.url("/b.html")),
                    first.stream().map(FrontierEntry::url).toList(), "canonical URLs, tracking removed");
            assertEquals(DiscoveryMethod.FEED, first.get(0).discoveredVia());
            assertEquals(List.of(), discovery.discover("gazette", feed), "already queued");

            states.put(new PageState(site.url("/a.html"), "0123456789abcdef0123456789abcdef", "gazette",
                    "sha256:" + "0".repeat(64), 1, null, null, OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                    OffsetDateTime.parse("2026-11-28T12:00:05Z"), false));
            clock.advance(Duration.ofHours(25));
            assertEquals(List.of(site.url("/b.html")),
                    discovery.discover("gazette", feed).stream().map(FrontierEntry::url).toList(),
                    "the published page stays known; the one that never got published is tried again");
        }
    }
}
