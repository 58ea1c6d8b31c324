package org.marsad.app.run;

import org.marsad.jobs.operations.RunLock;

/** Another live process holds the run lock: runs never overlap. */
public class RunRefusedException extends RuntimeException {

    private final transient RunLock.Holder holder;

    RunRefusedException(RunLock.Holder holder) {
        super("an import is running in " + holder + "; runs never overlap");
        this.holder = holder;
    }

    public RunLock.Holder holder() {
        return holder;
    }
}
