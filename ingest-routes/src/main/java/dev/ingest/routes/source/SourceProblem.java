package dev.ingest.routes.source;

import java.nio.file.Path;

/**
 * One mistake in a source file, with where it is and what to do:
 * {@code sources/gazette.yaml:7: listings[0].include[1]: "[0-9" is not a regular expression (Unclosed character
 * class); fix: escape the bracket or close the class}.
 */
public record SourceProblem(Path file, int line, String field, String message, String fix) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message + (fix == null ? "" : "; fix: " + fix);
    }
}
