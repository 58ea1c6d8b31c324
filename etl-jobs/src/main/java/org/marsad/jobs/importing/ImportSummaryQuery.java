package org.marsad.jobs.importing;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds the {@link ImportSummary} of an execution from the file lineage of its job instance. */
@Component
public class ImportSummaryQuery {

    private final JdbcTemplate jdbc;
    private final WriteRaces races;

    ImportSummaryQuery(JdbcTemplate jdbc, WriteRaces races) {
        this.jdbc = jdbc;
        this.races = races;
    }

    /**
     * What one execution did: the files and records of its run (job instance) and those still pending
     * are the run's; every outcome is what this execution settled, so a restart reports what it did and
     * the execution it resumed keeps its own figures.
     */
    public record FileCounts(long filesSeen, long records, long loaded, long duplicates, long unchanged, long quarantined, long pending,
            long replaced, long disappeared, long skipped) {
    }

    private static final String FILE_COUNTS = """
            SELECT SUM(CASE WHEN parent_file_id IS NULL AND status <> 'DISAPPEARED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN parent_file_id IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'LOADED' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'DUPLICATE' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'UNCHANGED' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'QUARANTINED' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'REPLACED' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'DISAPPEARED' AND job_execution_id = ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'SKIPPED' AND job_execution_id = ? THEN 1 ELSE 0 END)
            FROM fact_file WHERE job_instance_id = ?""";

    public ImportSummary summarize(JobExecution execution) {
        FileCounts c = countFiles(execution.getJobInstanceId(), execution.getId());
        return new ImportSummary(execution.getId(), execution.getStatus(), execution.getExitStatus().getExitDescription(),
                c.filesSeen(), c.records(), c.loaded(), c.duplicates(), c.unchanged(), c.quarantined(), c.pending(), c.replaced(), c.disappeared(),
                c.skipped(), elapsed(execution), execution.getJobParameters().getString(ImportParameters.INPUT),
                races.of(execution.getId()));
    }

    /** Files and records a run registered (a container counts once) and what the execution settled of them, in one query. */
    public FileCounts countFiles(long jobInstanceId, long jobExecutionId) {
        long e = jobExecutionId;
        return jdbc.queryForObject(FILE_COUNTS, (rs, i) -> new FileCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)), e, e, e, e, e, e, e, jobInstanceId);
    }

    private static Duration elapsed(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
