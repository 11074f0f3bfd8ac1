package dev.ingest.routes.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Every configuration key of the service. Add a key here and it is read from the config file and the environment,
 * validated at start-up, and listed in the README's configuration table.
 */
public final class Settings {
    private Settings() {
    }

    public static final Setting<String> KAFKA_BOOTSTRAP = string("ingest.kafka.bootstrap", "",
            "Kafka bootstrap servers (host:port,...). Empty: start an embedded single-node broker.");
    public static final Setting<Integer> EMBEDDED_KAFKA_PORT = port("ingest.kafka.embedded.port", 9092,
            "Port of the embedded broker on localhost (used when ingest.kafka.bootstrap is empty).");
    public static final Setting<Path> EMBEDDED_KAFKA_DIR = path("ingest.kafka.embedded.data-dir", Path.of("data/kafka"),
            "Log directory of the embedded broker; kept across restarts.");
    public static final Setting<String> TOPIC_ARTICLES = topic("ingest.topics.articles", "ingest.articles",
            "Topic of article records (compacted, key = article id).");
    public static final Setting<String> TOPIC_FRONTIER = topic("ingest.topics.frontier", "ingest.frontier",
            "Topic of discovered URLs waiting to be fetched (key = host).");
    public static final Setting<String> TOPIC_DEAD_LETTER = topic("ingest.topics.dead-letter", "ingest.dead-letter",
            "Topic of inputs that failed, with the cause in headers.");
    public static final Setting<String> TOPIC_STATE = topic("ingest.topics.state", "ingest.state",
            "Compacted topic remembering published pages (key = URL): dedup across restarts, revisions, tombstones.");
    public static final Setting<Integer> TOPIC_PARTITIONS = intRange("ingest.topics.partitions", 3, 1, 10_000,
            "Partitions of topics created at start-up (existing topics are left as they are).");
    public static final Setting<Integer> TOPIC_REPLICATION = intRange("ingest.topics.replication-factor", 1, 1, 32,
            "Replication factor of topics created at start-up.");
    public static final Setting<String> CONSUMER_GROUP = string("ingest.kafka.group-id", "ingest-fetch",
            "Consumer group of the fetch workers; instances in one group share the frontier.");
    public static final Setting<String> USER_AGENT = string("ingest.fetch.user-agent",
            "ingest/0.1 (+https://github.com/ingest-dev/ingest)",
            "User-Agent sent with every request; include a contact URL.");
    public static final Setting<Duration> CONNECT_TIMEOUT = duration("ingest.fetch.connect-timeout",
            Duration.ofSeconds(10), "Time allowed to open a connection.");
    public static final Setting<Duration> READ_TIMEOUT = duration("ingest.fetch.read-timeout",
            Duration.ofSeconds(30), "Time allowed for a whole response, headers and body.");
    public static final Setting<Long> MAX_BODY_BYTES = longRange("ingest.fetch.max-body-bytes", 10L * 1024 * 1024,
            1024, Long.MAX_VALUE, "Largest response body accepted, after decompression; larger pages are dead-lettered.");
    public static final Setting<Integer> MAX_REDIRECTS = intRange("ingest.fetch.max-redirects", 5, 0, 20,
            "Redirects followed before a fetch fails.");
    public static final Setting<Duration> MIN_DELAY = duration("ingest.fetch.min-delay", Duration.ofSeconds(1),
            "Least time from one request to a host, and from the end of its response, to the next request to that "
                    + "host, across all sources; a source may set its own.");
    public static final Setting<Duration> MAX_CRAWL_DELAY = duration("ingest.fetch.max-crawl-delay",
            Duration.ofSeconds(30), "Cap on a robots.txt Crawl-delay (a larger one is treated as this).");
    public static final Setting<Integer> HOST_CONCURRENCY = intRange("ingest.fetch.host-concurrency", 1, 1, 16,
            "Requests in flight to one host at once, across all sources.");
    public static final Setting<Duration> ROBOTS_TTL = duration("ingest.fetch.robots-ttl", Duration.ofHours(24),
            "How long a host's robots.txt is cached.");
    public static final Setting<Boolean> ALLOW_PRIVATE_NETWORK = bool("ingest.fetch.allow-private-network", false,
            "Let every source fetch loopback, private and link-local addresses (the SSRF guard is on by default; a "
                    + "source can allow it for itself with allowPrivateNetwork: true).");
    public static final Setting<Duration> RETRY_BASE = duration("ingest.fetch.retry-base", Duration.ofSeconds(5),
            "First wait before retrying a timeout, 429 or 5xx; doubled each attempt, with jitter.");
    public static final Setting<Duration> RETRY_MAX = duration("ingest.fetch.retry-max", Duration.ofHours(1),
            "Longest wait before a retry, also for a larger Retry-After.");
    public static final Setting<Integer> RETRY_ATTEMPTS = intRange("ingest.fetch.retry-attempts", 4, 1, 20,
            "Attempts at a page before it is dead-lettered.");
    public static final Setting<Integer> FETCH_WORKERS = intRange("ingest.fetch.workers", 3, 1, 64,
            "Frontier consumer threads per instance; a slow host holds up at most one of them.");
    public static final Setting<Duration> REQUEUE_AFTER = duration("ingest.discovery.requeue-after",
            Duration.ofHours(24), "How long discovery leaves a queued but unpublished URL (its page failed) before "
                    + "queuing it again.");
    public static final Setting<Duration> REVISIT_WINDOW = duration("ingest.revisit.window", Duration.ofHours(48),
            "Articles published within this window are fetched again to catch edits and removals.");
    public static final Setting<Duration> REVISIT_INTERVAL = duration("ingest.revisit.interval", Duration.ofHours(6),
            "How often a recent article is fetched again.");
    public static final Setting<Duration> SOURCES_SCAN_INTERVAL = duration("ingest.sources.scan-interval",
            Duration.ofSeconds(5), "How often the --sources folder is checked for added, changed and removed files.");
    public static final Setting<String> HTTP_HOST = string("ingest.http.host", "0.0.0.0",
            "Address of the status page, health and metrics endpoints.");
    public static final Setting<Integer> HTTP_PORT = port("ingest.http.port", 8080,
            "Port of the status page (/), /health/live, /health/ready and /metrics; 0 picks a free one.");
    public static final Setting<Duration> PROGRESS_INTERVAL = duration("ingest.log.progress-interval",
            Duration.ofMinutes(1), "How often `ingest run` logs a progress line per source.");
    public static final Setting<String> LOG_FORMAT = new Setting<>("ingest.log.format", "text|json", "text",
            "Log format: text, or json (one ECS object per event). Read from the environment (INGEST_LOG_FORMAT) "
                    + "when logging starts.", String::strip,
            v -> v.equals("text") || v.equals("json") ? null : "must be text or json", false);
    public static final Setting<Integer> SAMPLE_SITE_PORT = port("ingest.sample-site.port", 8088,
            "Loopback port of the bundled sample site that `ingest run` serves when no --sources folder is given.");

    public static final List<Setting<?>> ALL = List.of(
            KAFKA_BOOTSTRAP, EMBEDDED_KAFKA_PORT, EMBEDDED_KAFKA_DIR, TOPIC_ARTICLES, TOPIC_FRONTIER,
            TOPIC_DEAD_LETTER, TOPIC_STATE, TOPIC_PARTITIONS, TOPIC_REPLICATION, CONSUMER_GROUP, USER_AGENT, CONNECT_TIMEOUT,
            READ_TIMEOUT, MAX_BODY_BYTES, MAX_REDIRECTS, MIN_DELAY, MAX_CRAWL_DELAY, HOST_CONCURRENCY, ROBOTS_TTL, ALLOW_PRIVATE_NETWORK,
            RETRY_BASE, RETRY_MAX, RETRY_ATTEMPTS, FETCH_WORKERS, REQUEUE_AFTER, REVISIT_WINDOW, REVISIT_INTERVAL, SOURCES_SCAN_INTERVAL, HTTP_HOST, HTTP_PORT, PROGRESS_INTERVAL, LOG_FORMAT,
            SAMPLE_SITE_PORT);

    /** Keys under this prefix are handed to every Kafka client as they are: {@code ingest.kafka.client.security.protocol=SSL}. */
    public static final String KAFKA_CLIENT_PREFIX = "ingest.kafka.client.";

    private static Setting<String> string(String name, String def, String doc) {
        return new Setting<>(name, "string", def, doc, Function.identity(), null, false);
    }

    private static Setting<String> topic(String name, String def, String doc) {
        return new Setting<>(name, "topic name", def, doc, String::strip,
                v -> v.matches("[a-zA-Z0-9._-]{1,249}") ? null
                        : "a topic name is 1-249 characters of letters, digits, '.', '_' and '-'", false);
    }

    private static Setting<Boolean> bool(String name, boolean def, String doc) {
        return new Setting<>(name, "boolean", def, doc, s -> {
            String v = s.strip().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException("expected true or false");
            }
            return Boolean.parseBoolean(v);
        }, null, false);
    }

    private static Setting<Integer> port(String name, int def, String doc) {
        return intRange(name, def, 0, 65_535, doc);
    }

    private static Setting<Integer> intRange(String name, int def, int min, int max, String doc) {
        return new Setting<>(name, "int", def, doc, s -> Integer.parseInt(s.strip()),
                v -> v >= min && v <= max ? null : "must be between " + min + " and " + max, false);
    }

    private static Setting<Long> longRange(String name, long def, long min, long max, String doc) {
        return new Setting<>(name, "long", def, doc, s -> Long.parseLong(s.strip()),
                v -> v >= min && v <= max ? null : "must be at least " + min, false);
    }

    private static Setting<Path> path(String name, Path def, String doc) {
        return new Setting<>(name, "path", def, doc, s -> Path.of(s.strip()), null, false);
    }

    private static Setting<Duration> duration(String name, Duration def, String doc) {
        return new Setting<>(name, "duration", def, doc, Settings::parseDurationText,
                v -> v.isNegative() || v.isZero() ? "must be positive" : null, false);
    }

    /** {@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h}, or ISO-8601 {@code PT10S}. */
    public static Duration parseDurationText(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("pt") || s.startsWith("p")) {
            return Duration.parse(s.toUpperCase(java.util.Locale.ROOT));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h)").matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration like 250ms, 10s, 5m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
