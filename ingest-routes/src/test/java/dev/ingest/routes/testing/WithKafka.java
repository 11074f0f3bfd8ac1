package dev.ingest.routes.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class or method a running Kafka: declare a {@link KafkaCluster} parameter.
 *
 * <p>{@code @WithKafka class FrontierIT { @Test void x(KafkaCluster kafka) { ... } }}
 * — same as {@code @ExtendWith(KafkaBrokerExtension.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(KafkaBrokerExtension.class)
public @interface WithKafka {
}
