package dev.ingest.routes.cli;

import picocli.CommandLine;

/** {@code ingest <command>}: the entry point of the launcher script and the container image. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The embedded broker brings re2j onto the class path, and jsoup then runs the extractor's attribute
        // patterns on it, several times slower than java.util.regex on these short patterns; keep the JDK engine
        // unless the operator chose otherwise.
        if (System.getProperty("jsoup.useRe2j") == null) {
            System.setProperty("jsoup.useRe2j", "false");
        }
        int code = commandLine().execute(args);
        System.exit(code);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new IngestCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("ingest: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }
}
