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
        description = "Lists the files and records quarantined now, each once, with the reason it yielded no article and the"
                + " execution that last read it; --history lists every quarantine every run recorded.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar quarantine", "  java -jar etl-app/target/marsad.jar quarantine --history",
                "  java -jar etl-app/target/marsad.jar quarantine --execution 12"})
final class QuarantineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--execution", paramLabel = "ID", description = "What this job execution quarantined.")
    private Long execution;

    @Option(names = "--history", description = "Every quarantine of every run, not only the current ones.")
    private boolean history;

    private final SpringContext context;

    QuarantineCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.repositoryOnly();
        ExecutionHistory executions = context.getBean(ExecutionHistory.class);
        List<ExecutionHistory.QuarantinedFile> files = !executions.hasRepository() ? List.of()
                : execution == null && !history ? executions.quarantinedNow() : executions.quarantined(execution);
        PrintWriter out = spec.commandLine().getOut();
        for (ExecutionHistory.QuarantinedFile f : files) {
            out.printf("%s\t%s\t(execution %d)%n", f.path(), f.reason(), f.jobExecutionId());
        }
        out.printf("%d quarantined%n", files.size());
        out.flush();
        return 0;
    }
}
