package org.marsad.jobs.importing;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shows how far the extract step is: files done of the files it had to read, the records read in them
 * (JSON Lines, feeds and archives hold thousands a file), rates and time left. Counted as each file is
 * extracted, not when its chunk is written, so a chunk of a few large archives shows progress too. On a
 * terminal a progress bar on standard error; otherwise (a scheduler, a log file) a log line every
 * {@code interval}.
 */
class ImportProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);
    private static final int BAR = 30;

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final PrintStream terminal;
    /** Files this run has to read, or -1 in a worker process, which sees only its partitions. */
    private long total = -1;
    private long done;
    private long records;
    private long startedAt;
    private long lastLineAt;

    /** @param terminal where to draw the bar, or null to log lines */
    ImportProgress(JdbcTemplate jdbc, Duration interval, PrintStream terminal) {
        this.jdbc = jdbc;
        this.interval = interval;
        this.terminal = terminal;
    }

    static PrintStream interactiveTerminal() {
        return System.console() != null ? System.err : null;
    }

    @Override
    public synchronized void beforeStep(StepExecution step) {
        total = jdbc.queryForObject("SELECT COUNT(*) FROM fact_file WHERE job_instance_id = ? AND status = 'PENDING'", Long.class,
                step.getJobExecution().getJobInstanceId());
        done = 0;
        records = 0;
        startedAt = System.nanoTime();
        lastLineAt = startedAt;
    }

    /** What each partition's step reports after extracting a file; partitions run on several threads at once. */
    ItemProcessListener<RegisteredFile, ImportOutcome> processListener() {
        return new ItemProcessListener<>() {
            @Override
            public void afterProcess(RegisteredFile file, ImportOutcome outcome) {
                extracted(outcome == null ? 1 : outcome.records().size());
            }
        };
    }

    private synchronized void extracted(int fileRecords) {
        long now = System.nanoTime();
        if (done == 0 && total < 0) {
            startedAt = now;
            lastLineAt = now;
        }
        done++;
        records += fileRecords;
        if (terminal != null) {
            terminal.print("\r" + line(now, true));
            terminal.flush();
        } else if (now - lastLineAt >= interval.toNanos()) {
            lastLineAt = now;
            log.info("Progress: {}", line(now, false));
        }
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution step) {
        if (terminal != null && done > 0) {
            terminal.println();
        }
        return null;
    }

    String line(long now, boolean bar) {
        double seconds = Math.max((now - startedAt) / 1e9, 1e-3);
        double rate = done / seconds;
        String read = records > done ? String.format(Locale.ROOT, ", %,d records (%.0f/s)", records, records / seconds) : "";
        if (total < 0) {
            return String.format(Locale.ROOT, "%,d files, %.0f files/s%s", done, rate, read);
        }
        long left = total > done && rate > 0 ? (long) ((total - done) / rate) : 0;
        int filled = total == 0 ? BAR : (int) Math.min(BAR, BAR * done / total);
        String prefix = bar ? "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " : "";
        return String.format(Locale.ROOT, "%s%,d of %,d files (%d%%)%s, %.1f files/s, about %s left", prefix, done, total,
                total == 0 ? 100 : 100 * done / total, read, rate, Duration.ofSeconds(left).toString().substring(2).toLowerCase(Locale.ROOT));
    }
}
