package org.marsad.app.cli;

import java.util.concurrent.Callable;

import org.marsad.app.run.ExecutionControl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Gives up a failed or stopped execution for good: it will never be restarted, and 'restart --last-failed'"
                + " passes it over. What its committed chunks loaded stays in the warehouse.",
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar abandon 42"})
final class AbandonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The execution to give up.")
    private long executionId;

    private final SpringContext context;

    AbandonCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            context.repositoryOnly();
            context.getBean(ExecutionControl.class).abandon(executionId);
            spec.commandLine().getOut().printf("Execution %d is abandoned.%n", executionId);
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
