package dev.ingest.routes.cli;

import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.SourceFiles;
import dev.ingest.routes.source.SourceProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "Work with source definition files.",
        subcommands = SourcesCommand.Check.class)
final class SourcesCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validates every source file (*.yaml) of a folder and prints each mistake as",
                "FILE:LINE: FIELD: what is wrong; fix: what to do. Exit code 1 when any file has a mistake."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "sources",
                description = "Folder of source files (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            SourceFiles.Result result = SourceFiles.load(dir);
            for (SourceDefinition s : result.sources()) {
                out.printf("ok     %s (%d start point(s), every %s)%n", s.id(), s.startPoints().size(),
                        s.schedule());
            }
            for (SourceProblem p : result.problems()) {
                out.println("error  " + p);
            }
            out.printf("%d source(s) valid, %d problem(s)%n", result.sources().size(), result.problems().size());
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
