package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.jobs.operations.QuarantineRequeue;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "requeue", mixinStandardHelpOptions = true,
        description = "Makes quarantined files eligible again. A quarantined file that has not changed is not read again by"
                + " later runs; after fixing what was wrong elsewhere (a raised limit, a newer release), requeue it and the"
                + " next run over its folder reads it. A file that was itself fixed (changed) needs no requeue."
                + " PATH is as 'quarantine' prints it (relative to the input folder) or the file's absolute path; a record of a"
                + " feed or archive requeues its file.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar requeue broken/report.html feeds/wire.jsonl#3",
                "  java -jar etl-app/target/marsad.jar requeue --all"})
final class RequeueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Quarantined files, as 'quarantine' lists them or by absolute path.")
        List<String> paths;

        @Option(names = "--all", description = "Every file the last run over each folder quarantined.")
        boolean all;
    }

    private final SpringContext context;

    RequeueCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        QuarantineRequeue requeue = context.getBean(QuarantineRequeue.class);
        QuarantineRequeue.Result result = target.all ? requeue.requeueAll() : requeue.requeue(target.paths);
        PrintWriter out = spec.commandLine().getOut();
        result.requeued().forEach(path -> out.println("requeued\t" + path));
        out.printf(result.requeued().isEmpty() ? "0 requeued%n" : "%d requeued: the next run reads them again%n", result.requeued().size());
        out.flush();
        result.unknown().forEach(path -> spec.commandLine().getErr().println("not quarantined: " + path));
        return result.unknown().isEmpty() ? 0 : 1;
    }
}
