package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.jobs.operations.ExecutionHistory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "Lists quarantined files and records with the reason each yielded no article.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar quarantine", "  java -jar etl-app/target/marsad.jar quarantine --execution 12"})
final class QuarantineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--execution", paramLabel = "ID", description = "Only this job execution.")
    private Long execution;

    private final SpringContext context;

    QuarantineCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<ExecutionHistory.QuarantinedFile> files = context.getBean(ExecutionHistory.class).quarantined(execution);
        PrintWriter out = spec.commandLine().getOut();
        for (ExecutionHistory.QuarantinedFile f : files) {
            out.printf("%s\t%s\t(execution %d)%n", f.path(), f.reason(), f.jobExecutionId());
        }
        out.printf("%d quarantined%n", files.size());
        out.flush();
        return 0;
    }
}
