package dev.ingest.routes.kafka;

import dev.ingest.routes.camel.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics at start-up when they are missing; existing topics are left as their operators
 * configured them. {@code ingest.articles} is compacted (the latest revision of each article id wins, a tombstone
 * removes it), so is {@code ingest.state} (the latest state of each URL); the frontier and dead-letter topics keep
 * records for 7 and 30 days.
 */
public final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private TopicSetup() {
    }

    public static void ensure(Map<String, Object> adminProperties, Topics topics, int partitions, short replication) {
        List<NewTopic> wanted = new ArrayList<>();
        wanted.add(new NewTopic(topics.articles(), partitions, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        wanted.add(new NewTopic(topics.frontier(), partitions, replication)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(7 * DAY_MS))));
        wanted.add(new NewTopic(topics.state(), partitions, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        wanted.add(new NewTopic(topics.deadLetter(), partitions, replication)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(30 * DAY_MS))));
        try (Admin admin = Admin.create(adminProperties)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.info("created topics {} with {} partitions, replication factor {}",
                    missing.stream().map(NewTopic::name).toList(), partitions, replication);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String why = cause instanceof TimeoutException ? "no answer within 30 s" : cause.toString();
            throw new IllegalStateException("cannot create topics on " + adminProperties.get("bootstrap.servers") + ": "
                    + why + "; check ingest.kafka.bootstrap and that the broker is reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
