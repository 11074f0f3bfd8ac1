package dev.ingest.routes.camel;

/** The topic names the pipeline uses, as configured. */
public record Topics(String articles, String frontier, String deadLetter, String state) {
}
