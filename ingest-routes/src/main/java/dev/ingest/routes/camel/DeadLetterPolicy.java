package dev.ingest.routes.camel;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one place that decides what happens when a route fails on an input: nothing is retried here (retries with
 * back-off belong to the fetch politeness layer), the exchange goes to {@link IngestRoutes#DEAD_LETTER_ENDPOINT},
 * which writes the input and its cause to the dead-letter topic, and the route carries on with the next input.
 */
public final class DeadLetterPolicy extends RouteConfigurationBuilder {
    @Override
    public void configuration() {
        routeConfiguration()
                .errorHandler(deadLetterChannel(IngestRoutes.DEAD_LETTER_ENDPOINT)
                        .deadLetterHandleNewException(true)
                        .maximumRedeliveries(0)
                        .logExhausted(false)
                        .logStackTrace(false));
    }
}
