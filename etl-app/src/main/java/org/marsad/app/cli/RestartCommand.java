package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.marsad.app.run.ImportRunner;
import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.operations.ExecutionHistory;
import org.springframework.batch.core.BatchStatus;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resumes a failed or stopped import where it stopped: the same run (job instance) goes on with the",
                "files it had not settled. Refuses, saying why, when the execution cannot be restarted."},
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar restart --last-failed", "  java -jar etl-app/target/marsad.jar restart 42"})
final class RestartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Parameters(paramLabel = "EXECUTION_ID", description = "The execution to resume.")
        Long executionId;

        @Option(names = "--last-failed", description = "The newest failed or stopped execution not restarted since.")
        boolean lastFailed;
    }

    private final SpringContext context;

    RestartCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Long id = target.executionId;
        if (target.lastFailed) {
            id = context.getBean(ExecutionHistory.class).lastRestartable().orElse(null);
            if (id == null) {
                spec.commandLine().getErr().println("No failed or stopped execution waits for a restart.");
                return 1;
            }
        }
        try {
            ImportSummary summary = context.getBean(ImportRunner.class).restart(id);
            new SummaryPrinter(spec.commandLine().getOut()).print(Path.of("(restart of execution " + id + ")"), summary);
            return summary.status() == BatchStatus.COMPLETED ? 0 : 1;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
