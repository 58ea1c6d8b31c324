package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.marsad.app.schedule.ImportSchedule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Stays up and imports a folder on a cron schedule (marsad.schedule.cron, default 02:00 every night, in"
                + " marsad.schedule.zone, default UTC; empty disables it). Runs never overlap, here or with other processes."
                + " Serves Spring Boot Actuator over HTTP (server.port, default 8080): /actuator/health,"
                + " /actuator/metrics and the Prometheus scrape endpoint /actuator/prometheus. Stop it with SIGTERM (Ctrl-C):"
                + " a run in progress is marked failed by the next run or restart, which resumes it.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar serve --input /data/incoming",
                "  java -jar etl-app/target/marsad.jar serve --input /data/incoming --marsad.schedule.cron='0 30 1 * * *' \\",
                "      --marsad.schedule.zone=Asia/Baghdad --server.port=9090"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of article files, read recursively on each run.")
    private Path input;

    private final SpringContext context;

    ServeCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "--input is not a folder: " + input);
        }
        context.serveWeb();
        String next = context.getBean(ImportSchedule.class).start(input).map(Object::toString).orElse("never (schedule disabled)");
        spec.commandLine().getOut().printf("Serving %s: next run %s; health, metrics and Prometheus under /actuator%n", input, next);
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await(); // until SIGTERM closes the application
        return 0;
    }
}
