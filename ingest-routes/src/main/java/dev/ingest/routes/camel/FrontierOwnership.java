package dev.ingest.routes.camel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.camel.component.kafka.consumer.support.subcription.DefaultSubscribeAdapter;
import org.apache.camel.component.kafka.consumer.support.subcription.SubscribeAdapter;
import org.apache.camel.component.kafka.consumer.support.subcription.TopicInfo;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which hosts this instance owns: those whose frontier partition (key = host) is assigned to one of its fetch
 * consumers. All traffic to a host comes from its owner — page fetches because the owner consumes the host's
 * partition, discovery and revisits because they run only for owned hosts — so the per-host delay of one process
 * holds across instances.
 *
 * <p>Kafka revokes a partition from the old owner only after the record it is processing is done, and assigns it to
 * the new owner after that, so the old owner's last request to a host starts before the hand-over. Listeners hear of
 * every assignment (the {@link dev.ingest.routes.fetch.HostGate} then makes the next request to each host wait a full
 * delay). Revocation waits for a discovery run that is in progress ({@link #whileOwned}) to finish.
 *
 * <p>Registered in Camel's registry as {@code subscribeAdapter}, it sees the subscription of every Kafka consumer;
 * it tracks only the frontier topic's.
 */
public final class FrontierOwnership implements SubscribeAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(FrontierOwnership.class);
    /** The name camel-kafka looks a custom subscribe adapter up by. */
    public static final String REGISTRY_NAME = "subscribeAdapter";

    private final String topic;
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Set<Integer>>> onAssigned = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock discovery = new ReentrantReadWriteLock();
    private volatile int partitions;

    public FrontierOwnership(String frontierTopic) {
        this.topic = frontierTopic;
    }

    /** Called with the partitions a consumer of this instance was given, after each rebalance that gave some. */
    public void onAssigned(Consumer<Set<Integer>> listener) {
        onAssigned.add(listener);
    }

    /** Whether this instance fetches {@code host} now. */
    public boolean owns(String host) {
        int n = partitions;
        return n > 0 && owned.contains(partitionOf(host, n));
    }

    /** Whether the host of {@code url} is owned here. */
    public boolean ownsHostOf(String url) {
        return owns(hostOf(url));
    }

    /** The partitions owned now (for the status page and logs). */
    public Set<Integer> partitions() {
        return Set.copyOf(owned);
    }

    /**
     * Runs {@code action} if {@code host} is owned here, holding off the revocation of any frontier partition until
     * it returns; returns {@code null} without running it otherwise.
     */
    public <T> T whileOwned(String host, Callable<T> action) throws Exception {
        discovery.readLock().lock();
        try {
            return owns(host) ? action.call() : null;
        } finally {
            discovery.readLock().unlock();
        }
    }

    /** The frontier partition of a host key: the partition Kafka's producer picks for that key. */
    static int partitionOf(String host, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    /** The frontier key of a URL: its lower-cased host (as {@link dev.ingest.routes.pipeline.FrontierEntry#host()}). */
    static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    @Override
    public void subscribe(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                          ConsumerRebalanceListener reBalanceListener, TopicInfo topicInfo) {
        boolean frontier = !topicInfo.isPattern() && topicInfo.getTopics().contains(topic);
        if (!frontier) {
            new DefaultSubscribeAdapter().subscribe(consumer, reBalanceListener, topicInfo);
            return;
        }
        new DefaultSubscribeAdapter(topic, false).subscribe(consumer, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
                reBalanceListener.onPartitionsRevoked(revoked);
                release(revoked);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> lost) {
                reBalanceListener.onPartitionsLost(lost);
                release(lost);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
                reBalanceListener.onPartitionsAssigned(assigned);
                partitions = consumer.partitionsFor(topic).size();
                Set<Integer> gained = numbers(assigned);
                owned.addAll(gained);
                if (!gained.isEmpty()) {
                    LOG.info("frontier partitions {} assigned here, owned now {}", gained, owned);
                    onAssigned.forEach(l -> l.accept(gained));
                }
            }
        }, topicInfo);
    }

    private void release(Collection<TopicPartition> partitions) {
        Set<Integer> gone = numbers(partitions);
        discovery.writeLock().lock();
        try {
            owned.removeAll(gone);
        } finally {
            discovery.writeLock().unlock();
        }
        if (!gone.isEmpty()) {
            LOG.info("frontier partitions {} released, owned now {}", gone, owned);
        }
    }

    private Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().filter(tp -> tp.topic().equals(topic)).map(TopicPartition::partition)
                .collect(Collectors.toUnmodifiableSet());
    }
}
