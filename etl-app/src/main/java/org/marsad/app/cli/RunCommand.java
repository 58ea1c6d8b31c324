package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.marsad.app.run.ImportRunner;
import org.marsad.app.run.RunRefusedException;
import org.marsad.jobs.importing.ImportSummary;
import org.springframework.batch.core.BatchStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Imports every article file under a folder (recursively) and prints what it did.",
        footer = {"", "Examples:",
                "  java -jar etl-app/target/marsad.jar run --input samples",
                "",
                "  export SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/test",
                "  export SPRING_DATASOURCE_USERNAME=root",
                "  java -jar etl-app/target/marsad.jar run --input /data/incoming"})
final class RunCommand implements Callable<Integer> {

    /** Exit code when another run holds the job: runs never overlap. */
    static final int ALREADY_RUNNING = 3;
    /** Exit code of a run an operator stopped: not a failure, and {@code restart} resumes it. */
    static final int STOPPED = 4;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of article files, read recursively.")
    private Path input;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "The night this run is for: a second run for the same"
                + " date and folder is refused once one completed, and resumes it when it failed (for schedulers that may fire twice).")
    private java.time.LocalDate runDate;

    @Mixin
    private WorkersOption workers = new WorkersOption();

    private final SpringContext context;

    RunCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "--input is not a folder: " + input);
        }
        workers.applyTo(context);
        try {
            ImportRunner runner = context.getBean(ImportRunner.class);
            ImportSummary summary = runDate == null ? runner.run(input) : runner.run(input, runDate);
            new SummaryPrinter(spec.commandLine().getOut()).print("Import of " + input, summary);
            return exitCode(summary);
        } catch (RunRefusedException e) {
            return refused(spec, e);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }

    static int exitCode(ImportSummary summary) {
        return summary.status() == BatchStatus.COMPLETED ? 0 : summary.stopped() ? STOPPED : 1;
    }

    static int refused(CommandSpec spec, RunRefusedException e) {
        String stop = e.running().isEmpty() ? "'stop' the execution it runs" : "'stop " + e.running().get(e.running().size() - 1) + "'";
        spec.commandLine().getErr().printf("Refused: %s. If that process is stuck, %s; a killed "
                + "process is detected by itself (same host at once, another host after marsad.lock.timeout).%n", e.getMessage(), stop);
        return ALREADY_RUNNING;
    }
}
