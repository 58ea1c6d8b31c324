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
        description = {"Benchmarks the import: builds N articles from the real corpus (70% UTF-8, 10% windows-1256, 10% HTML,",
                "5% UTF-16, 5% JSON Lines), imports them into a fresh MariaDB database (dropped first) and prints",
                "articles/s, MB/s, peak heap and RSS, time per step, and the floors: Tika alone, and bulk inserts of the",
                "same rows into empty copies of the tables."},
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

    @Option(names = "--user", defaultValue = "root")
    private String user;

    @Option(names = "--password", defaultValue = "")
    private String password;

    @Option(names = "--database", defaultValue = "marsad_bench", description = "Database to (re)create (default ${DEFAULT-VALUE}).")
    private String database;

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
        context.addSettings("--spring.datasource.url=" + server + database, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--logging.level.org.marsad=WARN");
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

        double tikaSeconds = tikaFloor(input);
        DatabaseFloor.Result db = new DatabaseFloor(jdbc).measure();

        out.printf(Locale.ROOT, "%nMarsad benchmark: %,d articles (%,.1f MB in %,d files), seed %d, %s%n", articles, corpusBytes / 1e6,
                summary.filesSeen(), seed, summary.status());
        row(out, "job: articles loaded", String.format(Locale.ROOT, "%,d (quarantined %,d, duplicates %,d)", loaded,
                summary.quarantined(), summary.duplicates()));
        row(out, "job: wall time", seconds(jobSeconds));
        row(out, "job: articles/s", perSecond(loaded, jobSeconds));
        row(out, "job: MB/s", String.format(Locale.ROOT, "%.2f", corpusBytes / 1e6 / jobSeconds));
        row(out, "job: time per step", String.join(", ", steps));
        row(out, "job: read / process / write", String.format(Locale.ROOT, "%s / %s / %s (summed over partitions)",
                seconds(readSeconds), seconds(processSeconds), seconds(writeSeconds)));
        row(out, "job: peak heap", mb(peakHeap) + " (max " + mb(Runtime.getRuntime().maxMemory()) + ")");
        row(out, "job: peak RSS", peakRss < 0 ? "n/a" : mb(peakRss));
        row(out, "floor (a): Tika alone", seconds(tikaSeconds) + ", " + perSecond(summary.filesSeen(), tikaSeconds) + " files/s");
        row(out, "ratio job / (a)", String.format(Locale.ROOT, "%.2f", jobSeconds / tikaSeconds));
        row(out, "job: chunk write time", seconds(writeSeconds) + " (" + perSecond(db.rows(), writeSeconds) + " rows/s)");
        row(out, "floor (b): bulk insert", seconds(db.seconds()) + " for " + String.format(Locale.ROOT, "%,d", db.rows()) + " rows ("
                + perSecond(db.rows(), db.seconds()) + " rows/s)");
        row(out, "ratio write / (b)", String.format(Locale.ROOT, "%.2f", writeSeconds / db.seconds()));
        out.flush();
        return 0;
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
        try (Connection c = DriverManager.getConnection(server, user, password)) {
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
