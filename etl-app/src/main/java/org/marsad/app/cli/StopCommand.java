package org.marsad.app.cli;

import java.util.concurrent.Callable;

import org.marsad.app.run.ExecutionControl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Asks a running import to stop. Works from any process or machine that reaches the database: the"
                + " running process sees the request at its next chunk boundary, commits that chunk and ends STOPPED."
                + " 'restart' resumes it from there.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar status --last 1",
                "  java -jar etl-app/target/marsad.jar stop 42", "  java -jar etl-app/target/marsad.jar restart 42"})
final class StopCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The running execution.")
    private long executionId;

    private final SpringContext context;

    StopCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            context.repositoryOnly();
            context.getBean(ExecutionControl.class).stop(executionId);
            spec.commandLine().getOut().printf("Execution %d will stop at its next chunk boundary; resume it with: restart %d%n",
                    executionId, executionId);
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
