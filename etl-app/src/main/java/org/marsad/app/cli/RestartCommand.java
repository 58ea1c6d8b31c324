package org.marsad.app.cli;

import java.util.concurrent.Callable;

import org.marsad.app.run.ImportRunner;
import org.marsad.app.run.RunRefusedException;
import org.marsad.jobs.importing.ImportSummary;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resumes a failed or stopped import where it stopped: the same run (job instance) goes on with the"
                + " files it had not settled. Refuses, saying why, when the execution cannot be restarted.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar restart --last-failed", "  java -jar etl-app/target/marsad.jar restart 42"})
final class RestartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Mixin
    private WorkersOption workers = new WorkersOption();

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
        workers.applyTo(context);
        ImportRunner runner = context.getBean(ImportRunner.class);
        try {
            ImportSummary summary = target.lastFailed ? runner.restartLastFailed().orElse(null) : runner.restart(target.executionId);
            if (summary == null) {
                spec.commandLine().getErr().println("No failed or stopped execution waits for a restart.");
                return 1;
            }
            String what = target.lastFailed ? "the last failed or stopped execution" : "execution " + target.executionId;
            new SummaryPrinter(spec.commandLine().getOut()).print("Restart of " + what + " (" + summary.input() + ")", summary);
            return RunCommand.exitCode(summary);
        } catch (RunRefusedException e) {
            return RunCommand.refused(spec, e);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
