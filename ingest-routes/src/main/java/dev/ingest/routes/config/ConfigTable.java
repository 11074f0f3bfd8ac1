package dev.ingest.routes.config;

import java.util.stream.Collectors;

/** The README's configuration table, rendered from {@link Settings#ALL} so the docs cannot drift from the code. */
public final class ConfigTable {
    private ConfigTable() {
    }

    /** Prints the table, for pasting into the README: {@code java -cp ... dev.ingest.routes.config.ConfigTable}. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }

    public static String markdown() {
        String header = "| Key | Environment variable | Type | Default | Description |\n|---|---|---|---|---|\n";
        return header + Settings.ALL.stream()
                .map(s -> "| `" + s.name() + "` | `" + s.envName() + "` | " + s.type() + " | "
                        + (s.defaultText().isEmpty() ? "(empty)" : "`" + s.defaultText() + "`") + " | "
                        + s.doc().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
