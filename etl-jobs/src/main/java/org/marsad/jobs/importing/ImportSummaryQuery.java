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

    /** How the files and records of one job instance were settled. */
    public record FileCounts(long filesSeen, long loaded, long duplicates, long unchanged, long quarantined, long pending,
            long replaced, long disappeared, long skipped) {
    }

    private static final String FILE_COUNTS = """
            SELECT SUM(CASE WHEN parent_file_id IS NULL AND status <> 'DISAPPEARED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'LOADED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'DUPLICATE' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'UNCHANGED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'QUARANTINED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'REPLACED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'DISAPPEARED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'SKIPPED' THEN 1 ELSE 0 END)
            FROM fact_file WHERE job_instance_id = ?""";

    public ImportSummary summarize(JobExecution execution) {
        FileCounts c = countFiles(execution.getJobInstanceId());
        return new ImportSummary(execution.getId(), execution.getStatus(), execution.getExitStatus().getExitDescription(),
                c.filesSeen(), c.loaded(), c.duplicates(), c.unchanged(), c.quarantined(), c.pending(), c.replaced(), c.disappeared(),
                c.skipped(), elapsed(execution), execution.getJobParameters().getString(ImportParameters.INPUT),
                races.of(execution.getId()));
    }

    /** Files a run registered (a container counts once) and how its files and records were settled, in one query. */
    public FileCounts countFiles(long jobInstanceId) {
        return jdbc.queryForObject(FILE_COUNTS, (rs, i) -> new FileCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)), jobInstanceId);
    }

    private static Duration elapsed(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
