package org.marsad.app.cli;

import java.util.concurrent.Callable;

import org.marsad.app.run.ExecutionControl;
import org.marsad.app.run.RunRefusedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Marks an execution whose process is gone (killed with SIGKILL, a crashed machine) as failed, so that"
                + " 'restart' can resume it. It refuses while a live process holds the run lock (a process of this host"
                + " that still exists, or a heartbeat younger than marsad.lock.timeout) unless --force is given."
                + " 'run' and 'restart' recover such executions by themselves.",
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar recover 42 && java -jar etl-app/target/marsad.jar restart 42"})
final class RecoverCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The execution left running.")
    private long executionId;

    @Option(names = "--force", description = "Recover even though a live process seems to hold the run lock (a hung machine the heartbeat still reaches).")
    private boolean force;

    private final SpringContext context;

    RecoverCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            context.repositoryOnly();
            String status = context.getBean(ExecutionControl.class).recover(executionId, force);
            spec.commandLine().getOut().printf("Execution %d is now %s; resume it with: restart %d%n", executionId, status, executionId);
            return 0;
        } catch (RunRefusedException e) {
            return RunCommand.refused(spec, e);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
