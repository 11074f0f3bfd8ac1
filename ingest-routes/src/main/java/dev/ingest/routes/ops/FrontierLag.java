package dev.ingest.routes.ops;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many frontier entries wait to be fetched: the frontier's end offsets minus the fetch group's committed
 * offsets, summed over partitions; -1 when the broker cannot tell.
 */
public final class FrontierLag {
    private final Admin admin;
    private final String topic;
    private final String groupId;

    public FrontierLag(Admin admin, String topic, String groupId) {
        this.admin = admin;
        this.topic = topic;
        this.groupId = groupId;
    }

    public long current() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all()
                    .get(3, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }
}
