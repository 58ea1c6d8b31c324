package org.marsad.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.marsad.app.bench.BenchCorpusBuilder;
import org.marsad.app.bench.DatabaseFloor;
import org.marsad.app.bench.WorkerProcesses;
import org.marsad.app.run.ExecutionControl;
import org.marsad.app.run.ImportRunner;
import org.marsad.jobs.importing.ImportSummary;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}, the benchmark harness: builds a corpus, runs the real import on it into a fresh MariaDB database, and
 * prints its figures beside two floors measured on the same corpus in the same invocation: Tika's text
 * extraction alone, and the fastest MariaDB takes the rows the job wrote.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the import: builds N articles from the real corpus (70%% UTF-8, 10%% windows-1256, 10%% HTML,"
                + " 5%% UTF-16, 5%% JSON Lines), imports them into a fresh MariaDB database (dropped first) and prints"
                + " articles/s, MB/s, peak heap and RSS, time per step, and the floors: Tika alone, and bulk inserts of the"
                + " same rows into empty copies of the tables.",
        footer = {"", "Example:", "  java -Xmx1g -jar etl-app/target/marsad.jar bench --articles 10000 --corpus ../shared/corpus"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to build and import (default ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "The shared corpus (default ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--work", defaultValue = "target/bench", description = "Where corpora are built and kept (default ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus builder (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--server", defaultValue = "jdbc:mariadb://127.0.0.1:3306/", description = "MariaDB server (default ${DEFAULT-VALUE}).")
    private String server;

    @Option(names = "--user", defaultValue = "root", description = "MariaDB account that may create and drop the database "
            + "(default ${DEFAULT-VALUE}); its password is read from MARSAD_BENCH_PASSWORD (default empty) or asked for with --password.")
    private String user;

    /** A secret is read from the environment or asked for, as bi-account does: process lists and shell histories show arguments. */
    @Option(names = "--password", interactive = true, arity = "0..1", description = "Ask for the password instead of reading "
            + "MARSAD_BENCH_PASSWORD.")
    private String askedPassword;

    private String password() {
        return askedPassword != null ? askedPassword : java.util.Objects.requireNonNullElse(System.getenv("MARSAD_BENCH_PASSWORD"), "");
    }

    @Option(names = "--database", defaultValue = "marsad_bench", description = "Database to (re)create (default ${DEFAULT-VALUE}).")
    private String database;

    @Option(names = "--threads", defaultValue = "0", description = "Partitions run at once in this process (default: one per processor).")
    private int threads;

    @Option(names = "--worker-processes", defaultValue = "0", description = "Run the extract step on this many 'worker' JVMs over"
                + " RabbitMQ (spring.rabbitmq.*) instead of threads here (default ${DEFAULT-VALUE}: local).")
    private int workerProcesses;

    @Option(names = "--rerun", description = "Then import the same folder again and time it: every file unchanged.")
    private boolean rerun;

    @Option(names = "--interrupt-at", paramLabel = "SHARE", description = "Then import the corpus afresh, stop the run when this"
                + " share of its files is settled (0.9 for 90%%), and time the restart that finishes it.")
    private Double interruptAt;

    @Option(names = "--no-floors", description = "Skip the floors (for the heap figure at 1,000,000 articles, where they"
                + " would add about as long again as the job).")
    private boolean noFloors;

    private final SpringContext context;

    BenchCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path input = work.resolve("corpus-" + articles + "-" + seed);
        long corpusBytes = buildCorpus(input, out);
        recreateDatabase();
        List<String> settings = List.of("--spring.datasource.url=" + server + database, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password(), "--logging.level.org.marsad=WARN");
        context.addSettings(settings.toArray(String[]::new));
        if (threads > 0) {
            context.addSettings("--marsad.import.threads=" + threads);
        }
        WorkerProcesses workers = null;
        if (workerProcesses > 0) {
            String queue = benchQueue();
            context.addSettings("--marsad.workers.mode=remote", "--marsad.workers.queue=" + queue, "--marsad.workers.poll-interval=200ms");
            List<String> workerSettings = new java.util.ArrayList<>(settings);
            workerSettings.add("--marsad.workers.queue=" + queue);
            workers = WorkerProcesses.start(workerProcesses, work.resolve("workers"), workerSettings);
        }
        ImportRunner runner = context.getBean(ImportRunner.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        resetPeaks();
        long start = System.nanoTime();
        ImportSummary summary = runner.run(input);
        double jobSeconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = peakHeap();
        long peakRss = peakRss();
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        double writeSeconds = timerSeconds(meters, "spring.batch.chunk.write");
        double readSeconds = timerSeconds(meters, "spring.batch.item.read");
        double processSeconds = timerSeconds(meters, "spring.batch.item.process");
        List<String> steps = jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "ORDER BY STEP_EXECUTION_ID", (rs, i) -> String.format(Locale.ROOT, "%s %.1f s", rs.getString(1),
                java.time.Duration.between(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime()).toMillis() / 1000.0),
                summary.jobExecutionId());
        long loaded = summary.loaded();

        out.printf(Locale.ROOT, "%nMarsad benchmark: %,d articles (%,.1f MB in %,d files), seed %d, %s%n", articles, corpusBytes / 1e6,
                summary.filesSeen(), seed, summary.status());
        row(out, "job: articles loaded", String.format(Locale.ROOT, "%,d (quarantined %,d, duplicates %,d)", loaded,
                summary.quarantined(), summary.duplicates()));
        row(out, "job: wall time", seconds(jobSeconds));
        row(out, "job: articles/s", perSecond(loaded, jobSeconds));
        row(out, "job: MB/s", String.format(Locale.ROOT, "%.2f", corpusBytes / 1e6 / jobSeconds));
        row(out, "job: time per step", String.join(", ", steps));
        row(out, "job: read / process / write", workers != null ? "in the worker processes" : String.format(Locale.ROOT,
                "%s / %s / %s (summed over partitions)", seconds(readSeconds), seconds(processSeconds), seconds(writeSeconds)));
        row(out, "job: peak heap", mb(peakHeap) + " (max " + mb(Runtime.getRuntime().maxMemory()) + ")");
        row(out, "job: peak RSS", peakRss < 0 ? "n/a" : mb(peakRss));
        out.flush();
        if (!noFloors) {
            printFloors(out, input, jdbc, summary, jobSeconds, workers == null ? writeSeconds : -1);
        }
        if (workers != null) {
            row(out, "partition hand-off", handOff(jdbc, summary.jobExecutionId()));
        }
        out.flush();
        if (rerun) {
            long again = System.nanoTime();
            ImportSummary unchanged = runner.run(input);
            double seconds = (System.nanoTime() - again) / 1e9;
            row(out, "incremental re-run", String.format(Locale.ROOT, "%s, %.1f%% of the first (%,d files unchanged)", seconds(seconds),
                    100 * seconds / jobSeconds, unchanged.unchanged()));
            out.flush();
        }
        if (interruptAt != null) {
            row(out, "restart after a stop", interruptedRun(input, jobSeconds));
            out.flush();
        }
        if (workers != null) {
            workers.close();
            context.getBean(org.springframework.amqp.core.AmqpAdmin.class).deleteQueue(benchQueue());
        }
        return 0;
    }

    /** The floors measured on the same corpus and rows, and the job's ratios to them; writeSeconds is negative with workers. */
    private void printFloors(PrintWriter out, Path input, JdbcTemplate jdbc, ImportSummary summary, double jobSeconds,
            double writeSeconds) throws Exception {
        double tikaSeconds = tikaFloor(input);
        DatabaseFloor.Result db = new DatabaseFloor(jdbc, () -> DriverManager.getConnection(server + database + "?allowLocalInfile=true",
                user, password()), work.resolve("floor")).measure();
        row(out, "floor (a): Tika alone", seconds(tikaSeconds) + ", " + perSecond(summary.filesSeen(), tikaSeconds) + " files/s");
        row(out, "ratio job / (a)", String.format(Locale.ROOT, "%.2f", jobSeconds / tikaSeconds));
        if (writeSeconds >= 0) {
            row(out, "job: chunk write time", seconds(writeSeconds) + " (" + perSecond(db.rows(), writeSeconds) + " rows/s)");
        }
        row(out, "floor (b): bulk insert", seconds(db.seconds()) + " for " + String.format(Locale.ROOT, "%,d", db.rows()) + " rows ("
                + perSecond(db.rows(), db.seconds()) + " rows/s)");
        row(out, "floor (b): LOAD DATA", db.loadDataError() != null ? "not measured: " + db.loadDataError()
                : seconds(db.loadDataSeconds()) + " (" + perSecond(db.rows(), db.loadDataSeconds()) + " rows/s)");
        if (writeSeconds >= 0) {
            row(out, "ratio write / (b)", String.format(Locale.ROOT, "%.2f (to the faster of the two)", writeSeconds / db.fastest()));
        }
        out.flush();
    }

    /** The bench's own queue, deleted when it is done. */
    private static String benchQueue() {
        return "marsad.bench." + ProcessHandle.current().pid();
    }

    /**
     * What handing a partition to a worker costs: for each partition after the first one per worker, the time from the
     * last partition that ended before it started (which freed a worker) to its start, median and most.
     */
    private String handOff(JdbcTemplate jdbc, long executionId) {
        List<long[]> spans = jdbc.query("SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "AND STEP_NAME LIKE 'extractPartitionStep%' ORDER BY START_TIME", (rs, i) -> new long[] {
                rs.getTimestamp(1).getTime(), rs.getTimestamp(2).getTime()}, executionId);
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = workerProcesses; i < spans.size(); i++) {
            long start = spans.get(i)[0];
            spans.stream().mapToLong(span -> span[1]).filter(end -> end <= start).max().ifPresent(end -> gaps.add(start - end));
        }
        if (gaps.isEmpty()) {
            return "n/a (no partition waited for a worker)";
        }
        java.util.Collections.sort(gaps);
        return String.format(Locale.ROOT, "%d ms median, %d ms most, from a worker freed to its next partition started (%d of %d partitions)",
                gaps.get(gaps.size() / 2), gaps.get(gaps.size() - 1), gaps.size(), spans.size());
    }

    /** A fresh import of the same corpus, stopped once {@code interruptAt} of its files are settled, then restarted and timed. */
    private String interruptedRun(Path input, double fullRunSeconds) throws Exception {
        context.restart();
        recreateDatabase();
        ImportRunner runner = context.getBean(ImportRunner.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        java.util.concurrent.CompletableFuture<ImportSummary> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run(input));
        long execution = stopWhenSettled(jdbc, context.getBean(ExecutionControl.class), first);
        ImportSummary stopped = first.get();
        long start = System.nanoTime();
        ImportSummary restarted = runner.restart(execution);
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "stopped at %.0f%% (%s, %,d files left), restart %s: %s, %.1f%% of a full run", 100 * interruptAt,
                stopped.status(), stopped.pending(), restarted.status(), seconds(seconds), 100 * seconds / fullRunSeconds);
    }

    private long stopWhenSettled(JdbcTemplate jdbc, ExecutionControl control, java.util.concurrent.Future<?> run) throws Exception {
        while (!run.isDone()) {
            List<long[]> progress = jdbc.query("SELECT e.JOB_EXECUTION_ID, SUM(CASE WHEN f.status = 'PENDING' THEN 1 ELSE 0 END), COUNT(*) "
                    + "FROM BATCH_JOB_EXECUTION e JOIN fact_file f ON f.job_instance_id = e.JOB_INSTANCE_ID "
                    + "WHERE e.STATUS = 'STARTED' AND f.parent_file_id IS NULL GROUP BY e.JOB_EXECUTION_ID",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            if (!progress.isEmpty() && progress.get(0)[2] > 0 && progress.get(0)[1] <= (1 - interruptAt) * progress.get(0)[2]) {
                control.stop(progress.get(0)[0]);
                return progress.get(0)[0];
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the run ended before " + interruptAt + " of its files were settled");
    }

    private long buildCorpus(Path input, PrintWriter out) throws Exception {
        Path done = input.resolve(".built");
        if (!Files.exists(done)) {
            out.printf("Building %,d articles under %s …%n", articles, input);
            out.flush();
            long bytes = BenchCorpusBuilder.from(corpus).write(input, articles, seed);
            Files.writeString(done, Long.toString(bytes));
        }
        return Long.parseLong(Files.readString(done).strip());
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(server, user, password())) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            c.createStatement().execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    /** Floor (a): Tika's own detection and text extraction over every file, one pass, one thread. */
    private static double tikaFloor(Path input) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        long start = System.nanoTime();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double timerSeconds(MeterRegistry registry, String name) {
        return registry.find(name).timers().stream().mapToDouble(t -> t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).sum() / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** VmHWM: the most resident memory the process ever had (Linux). */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception notLinux) {
            // reported as n/a
        }
        return -1;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "| %-24s | %s%n", label, value);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String perSecond(long n, double s) {
        return String.format(Locale.ROOT, "%,.0f", n / s);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
