package org.marsad.jobs.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a run's registered files into ranges of file id holding about as many PENDING files each
 * ({@code NTILE} over the ids), one partition per range. Spring Batch calls it again on a restart and
 * re-runs only the partitions, by name, that did not complete; so the names carry the job execution:
 * every execution's partitions are new and together cover every file still PENDING, whichever
 * partitions of the earlier execution failed (with the names alone, a restart whose fewer PENDING files
 * made fewer ranges found "files0000" completed and ran nothing).
 */
class FileRangePartitioner implements Partitioner {

    static final String MIN_FILE_ID = "minFileId";
    static final String MAX_FILE_ID = "maxFileId";

    private static final String RANGES = """
            SELECT bucket, MIN(file_id), MAX(file_id) FROM (
                SELECT file_id, NTILE(?) OVER (ORDER BY file_id) AS bucket
                FROM fact_file WHERE job_instance_id = ? AND status = 'PENDING') t
            GROUP BY bucket ORDER BY bucket""";

    private final JdbcTemplate jdbc;
    private final long jobInstanceId;
    private final long jobExecutionId;

    FileRangePartitioner(JdbcTemplate jdbc, long jobInstanceId, long jobExecutionId) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        jdbc.query(RANGES, rs -> {
            partitions.put(name(partitions.size()), range(rs.getLong(2), rs.getLong(3)));
        }, Math.max(1, gridSize), jobInstanceId);
        if (partitions.isEmpty()) {
            partitions.put(name(0), range(0, -1)); // nothing to read; the step still records that it ran
        }
        return partitions;
    }

    // zero-padded so that the partitions' step executions sort in file order
    private String name(int index) {
        return String.format("run%d-files%04d", jobExecutionId, index);
    }

    private static ExecutionContext range(long min, long max) {
        ExecutionContext context = new ExecutionContext();
        context.putLong(MIN_FILE_ID, min);
        context.putLong(MAX_FILE_ID, max);
        return context;
    }
}
