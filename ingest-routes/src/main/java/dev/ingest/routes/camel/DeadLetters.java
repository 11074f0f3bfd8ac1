package dev.ingest.routes.camel;

import dev.ingest.routes.discovery.DiscoveryException;
import dev.ingest.routes.fetch.FetchException;
import dev.ingest.routes.pipeline.IngestHeaders;
import dev.ingest.routes.pipeline.NotAnArticleException;
import dev.ingest.routes.pipeline.PipelineCounters;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shapes a failed exchange into a dead letter: the value is the route's input exactly as it arrived (a frontier
 * entry, a start point), the headers say which URL failed, why (a one-word type and a sentence), where and when.
 */
final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Clock clock;
    private final PipelineCounters counters;

    DeadLetters(Clock clock, PipelineCounters counters) {
        this.clock = clock;
        this.counters = counters;
    }

    void describe(Exchange exchange) {
        Throwable cause = unwrap(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        String url = exchange.getProperty(IngestHeaders.URL_PROPERTY, "", String.class);
        String source = exchange.getProperty(IngestHeaders.SOURCE_PROPERTY, "", String.class);
        Object input = exchange.getProperty(IngestHeaders.INPUT_PROPERTY);
        String failedRoute = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, "", String.class);
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setBody(input == null ? url : input.toString());
        m.setHeader(KafkaConstants.KEY, url);
        m.setHeader(IngestHeaders.ORIGINAL_URL, url);
        m.setHeader(IngestHeaders.SOURCE, source);
        m.setHeader(IngestHeaders.ERROR_TYPE, errorType(cause));
        m.setHeader(IngestHeaders.ERROR_MESSAGE, message(cause));
        m.setHeader(IngestHeaders.FAILED_ROUTE, failedRoute);
        m.setHeader(IngestHeaders.FAILED_AT, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        if (cause instanceof FetchException f && f.status() > 0) {
            m.setHeader(IngestHeaders.HTTP_STATUS, Integer.toString(f.status()));
        }
        if (isOurs(cause)) {
            LOG.warn("dead letter source={} url={} route={} {}: {}", source, url, failedRoute, errorType(cause),
                    message(cause));
        } else {
            LOG.error("dead letter source={} url={} route={} unexpected {}", source, url, failedRoute,
                    errorType(cause), cause);
        }
    }

    /** Camel wraps what a processor threw; the dead letter names the real cause. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof org.apache.camel.CamelExecutionException
                || c instanceof org.apache.camel.RuntimeCamelException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean isOurs(Throwable cause) {
        return cause instanceof FetchException || cause instanceof NotAnArticleException
                || cause instanceof DiscoveryException;
    }

    void written(Exchange exchange) {
        Message m = exchange.getMessage();
        counters.deadLettered(m.getHeader(IngestHeaders.SOURCE, String.class),
                m.getHeader(IngestHeaders.ERROR_TYPE, String.class),
                m.getHeader(IngestHeaders.ORIGINAL_URL, String.class),
                m.getHeader(IngestHeaders.ERROR_MESSAGE, String.class), clock.instant(),
                IngestRoutes.FETCH_ROUTE.equals(m.getHeader(IngestHeaders.FAILED_ROUTE, String.class)));
    }

    static String errorType(Throwable cause) {
        if (cause instanceof FetchException f) {
            return f.kind().name();
        }
        if (cause instanceof NotAnArticleException) {
            return "NOT_AN_ARTICLE";
        }
        if (cause instanceof DiscoveryException) {
            return "DISCOVERY";
        }
        return cause == null ? "UNKNOWN" : cause.getClass().getSimpleName();
    }

    private static String message(Throwable cause) {
        if (cause == null) {
            return "unknown failure";
        }
        String msg = cause.getMessage();
        return msg == null ? cause.getClass().getName() : msg;
    }
}
