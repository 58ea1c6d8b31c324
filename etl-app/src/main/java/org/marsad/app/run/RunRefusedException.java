package org.marsad.app.run;

import java.util.List;
import java.util.stream.Collectors;

import org.marsad.jobs.operations.RunLock;

/** Another live process holds the run lock: runs never overlap. */
public class RunRefusedException extends RuntimeException {

    private final transient RunLock.Holder holder;
    private final List<Long> running;

    /** @param running the executions the job repository holds as running: what the operator would stop */
    RunRefusedException(RunLock.Holder holder, List<Long> running) {
        super("an import is running in " + holder + (running.isEmpty() ? "" : " (execution "
                + running.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")") + "; runs never overlap");
        this.holder = holder;
        this.running = List.copyOf(running);
    }

    /** The running executions, newest last; empty when the holder has not started one yet. */
    public List<Long> running() {
        return running;
    }

    public RunLock.Holder holder() {
        return holder;
    }
}
