package org.marsad.jobs.operations;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marsad.jobs.importing.InputKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes quarantined files eligible again: a quarantined file that has not changed stays quarantined,
 * unread, run after run, until an operator fixed what was wrong elsewhere (a raised limit, a newer
 * parser) and requeues it. Requeuing appends a REQUEUED row to the file's lineage, so its last row no
 * longer says quarantined and the next run over its folder reads it; history is kept. A quarantined
 * record of a container requeues the container. A file is named as {@code quarantine} prints it (relative to
 * its input folder) or by its absolute path.
 */
@Component
public class QuarantineRequeue {

    private static final String LAST_QUARANTINED = """
            SELECT COALESCE(f.parent_file_id, f.file_id) FROM fact_file f
            WHERE f.file_path = ? AND f.status = 'QUARANTINED' ORDER BY f.file_id DESC LIMIT 1""";
    /** Quarantined rows of the last run over each folder. */
    private static final String LAST_QUARANTINED_IN_INPUT = """
            SELECT COALESCE(f.parent_file_id, f.file_id) FROM fact_file f
            WHERE f.input_key = ? AND f.file_path = ? AND f.status = 'QUARANTINED' ORDER BY f.file_id DESC LIMIT 1""";
    private static final String LAST_RUNS_QUARANTINED = """
            SELECT DISTINCT COALESCE(f.parent_file_id, f.file_id) FROM fact_file f
            WHERE f.status = 'QUARANTINED' AND f.job_instance_id IN (SELECT MAX(job_instance_id) FROM fact_file GROUP BY input_key)""";
    private static final String REQUEUE = """
            INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at, status,
                                   reason, seen_at)
            SELECT job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at, 'REQUEUED',
                   'requeued by an operator: the next run reads it again', CURRENT_TIMESTAMP(3)
            FROM fact_file WHERE file_id = ?""";

    private final JdbcTemplate jdbc;

    QuarantineRequeue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Outcome of a request: the files requeued, and the paths no quarantine names. */
    public record Result(List<String> requeued, List<String> unknown) {
    }

    @Transactional
    public Result requeue(List<String> paths) {
        Set<Long> rows = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String path : paths) {
            List<Long> found = isAbsolute(path) ? underAnInput(Path.of(path)) : jdbc.queryForList(LAST_QUARANTINED, Long.class, path);
            if (found.isEmpty()) {
                unknown.add(path);
            } else {
                rows.add(found.get(0));
            }
        }
        return new Result(requeueRows(rows), unknown);
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * A file named by its absolute path, as an operator copies it from a shell: each folder above it is tried as
     * the input folder a run registered it under, nearest first, with the path relative to that folder.
     */
    private List<Long> underAnInput(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path input = absolute.getParent(); input != null; input = input.getParent()) {
            String relative = input.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
            List<Long> found = jdbc.queryForList(LAST_QUARANTINED_IN_INPUT, Long.class, InputKey.of(input), relative);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Requeues what the last run over each folder quarantined. */
    @Transactional
    public Result requeueAll() {
        return new Result(requeueRows(new LinkedHashSet<>(jdbc.queryForList(LAST_RUNS_QUARANTINED, Long.class))), List.of());
    }

    private List<String> requeueRows(Set<Long> fileIds) {
        List<String> requeued = new ArrayList<>();
        for (long fileId : fileIds) {
            jdbc.update(REQUEUE, fileId);
            requeued.add(jdbc.queryForObject("SELECT file_path FROM fact_file WHERE file_id = ?", String.class, fileId));
        }
        return requeued;
    }
}
