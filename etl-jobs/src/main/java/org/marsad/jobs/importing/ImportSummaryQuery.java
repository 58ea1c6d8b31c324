package org.marsad.jobs.importing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds the {@link ImportSummary} of an execution from the file lineage of its job instance. */
@Component
public class ImportSummaryQuery {

    private final JdbcTemplate jdbc;

    ImportSummaryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ImportSummary summarize(JobExecution execution) {
        Map<FileStatus, Long> counts = new EnumMap<>(FileStatus.class);
        jdbc.query("SELECT status, COUNT(*) FROM fact_file WHERE job_instance_id = ? GROUP BY status",
                rs -> {
                    counts.put(FileStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, execution.getJobInstanceId());
        long seen = jdbc.queryForObject("SELECT COUNT(*) FROM fact_file WHERE job_instance_id = ? AND parent_file_id IS NULL",
                Long.class, execution.getJobInstanceId());
        return new ImportSummary(execution.getId(), execution.getStatus(), execution.getExitStatus().getExitDescription(),
                seen, count(counts, FileStatus.LOADED), count(counts, FileStatus.DUPLICATE), count(counts, FileStatus.UNCHANGED),
                count(counts, FileStatus.QUARANTINED), count(counts, FileStatus.PENDING), elapsed(execution));
    }

    private static long count(Map<FileStatus, Long> counts, FileStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    private static Duration elapsed(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
