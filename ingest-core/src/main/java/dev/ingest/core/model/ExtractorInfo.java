package dev.ingest.core.model;

/** The extractor that produced a record, so consumers can tell records of different engine versions apart. */
public record ExtractorInfo(String name, String version) {
    public static final ExtractorInfo CURRENT = new ExtractorInfo("ingest-core", Version.current());
}
