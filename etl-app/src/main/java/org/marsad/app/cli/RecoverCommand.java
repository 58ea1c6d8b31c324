package org.marsad.app.cli;

import java.util.concurrent.Callable;

import org.marsad.app.run.ImportRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Marks an execution whose process is gone (killed with SIGKILL, a crashed machine) as failed, so that",
                "'restart' can resume it. The job repository cannot tell a dead process from a live one: check first",
                "that no marsad process runs it."},
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar recover 42 && java -jar etl-app/target/marsad.jar restart 42"})
final class RecoverCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The execution left running.")
    private long executionId;

    private final SpringContext context;

    RecoverCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            String status = context.getBean(ImportRunner.class).recover(executionId);
            spec.commandLine().getOut().printf("Execution %d is now %s; resume it with: restart %d%n", executionId, status, executionId);
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
