package org.marsad.jobs.operations;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marsad.jobs.importing.ArticleImportJobConfiguration;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what operators ask about runs from the job repository and the file lineage: recent executions
 * with their steps and counts, the last failed one, the quarantined files. Read-only.
 */
@Component
public class ExecutionHistory {

    private static final String EXECUTIONS = """
            SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                    WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'input'),
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                    WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'run.date')
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?""";
    private static final String STEPS = """
            SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT, COMMIT_COUNT
            FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""";
    private static final String LAST_RESTARTABLE = """
            SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ? AND e.STATUS IN ('FAILED', 'STOPPED')
              AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION later WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                              AND later.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)
            ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1""";
    private static final String LAST_COMPLETED_END = """
            SELECT MAX(e.END_TIME) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED'""";
    private static final String RUNNING = """
            SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ? AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY e.JOB_EXECUTION_ID""";
    private static final String QUARANTINED = """
            SELECT file_path, reason, job_execution_id, seen_at FROM fact_file f WHERE status = 'QUARANTINED'""";
    /** A row is a file's current state when no later row of the same input describes the same path. */
    private static final String CURRENT = """
             AND NOT EXISTS (SELECT 1 FROM fact_file l WHERE l.path_key = f.path_key AND l.input_key = f.input_key AND l.file_id > f.file_id)""";

    private final JdbcTemplate jdbc;
    private final ImportSummaryQuery summaries;

    ExecutionHistory(JdbcTemplate jdbc, ImportSummaryQuery summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** Whether the database holds the job repository at all: one no run has migrated has none, and so no runs. */
    public boolean hasRepository() {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE 1 = 0", Long.class);
            return true;
        } catch (org.springframework.jdbc.BadSqlGrammarException noTable) {
            return false;
        }
    }

    public List<ExecutionReport> recent(int last) {
        List<ExecutionReport> reports = new ArrayList<>();
        jdbc.query(EXECUTIONS, rs -> {
            long execution = rs.getLong(1);
            long instance = rs.getLong(2);
            ImportSummaryQuery.FileCounts files = summaries.countFiles(instance, execution);
            reports.add(new ExecutionReport(execution, instance, rs.getString(3), time(rs.getTimestamp(4)), time(rs.getTimestamp(5)),
                    firstLine(rs.getString(6)), files.filesSeen(), files.records(), files.loaded(), files.duplicates(), files.quarantined(), files.pending(),
                    steps(execution), rs.getString(7), rs.getString(8)));
        }, ArticleImportJobConfiguration.JOB_NAME, last);
        return reports;
    }

    /** The newest execution that failed or stopped and has not been restarted since. */
    public Optional<Long> lastRestartable() {
        return jdbc.queryForList(LAST_RESTARTABLE, Long.class, ArticleImportJobConfiguration.JOB_NAME).stream().findFirst();
    }

    /** When the newest completed execution ended (the job repository's local time), if one did. */
    public Optional<LocalDateTime> lastCompletedEnd() {
        return Optional.ofNullable(jdbc.queryForObject(LAST_COMPLETED_END, Timestamp.class, ArticleImportJobConfiguration.JOB_NAME))
                .map(Timestamp::toLocalDateTime);
    }

    /** Executions the job repository holds as running: live ones, or ones whose process was killed. */
    public List<Long> running() {
        return jdbc.queryForList(RUNNING, Long.class, ArticleImportJobConfiguration.JOB_NAME);
    }

    /** A quarantined file or record and why. */
    public record QuarantinedFile(String path, String reason, long jobExecutionId, LocalDateTime seenAt) {
    }

    /** Quarantined files of one execution, or of every execution when {@code execution} is null: every row a run wrote. */
    public List<QuarantinedFile> quarantined(Long execution) {
        return execution == null ? jdbc.query(QUARANTINED + " ORDER BY file_id", QUARANTINED_ROW)
                : jdbc.query(QUARANTINED + " AND job_execution_id = ? ORDER BY file_id", QUARANTINED_ROW, execution);
    }

    /** The files and records quarantined now: each once, as its last run left it (a requeued or since loaded file is not). */
    public List<QuarantinedFile> quarantinedNow() {
        return jdbc.query(QUARANTINED + CURRENT + " ORDER BY file_id", QUARANTINED_ROW);
    }

    private static final org.springframework.jdbc.core.RowMapper<QuarantinedFile> QUARANTINED_ROW = (rs, i) -> new QuarantinedFile(rs.getString(1),
            rs.getString(2), rs.getLong(3), time(rs.getTimestamp(4)));

    private List<ExecutionReport.StepReport> steps(long execution) {
        return jdbc.query(STEPS, (rs, i) -> new ExecutionReport.StepReport(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6)), execution);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
