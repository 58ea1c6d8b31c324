package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.jobs.warehouse.ColumnText;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists the input folder recursively and registers every regular file as PENDING work of this job
 * instance, or, when its size and modification time equal its last row of an earlier run over the same
 * folder, as UNCHANGED (it keeps that row's article and is not read again) or still QUARANTINED (until
 * it changes or an operator requeues it). Files the previous run over the folder saw and this listing
 * did not are registered as DISAPPEARED; their articles stay. The listing is streamed into the database
 * in batches, never held in memory. The tasklet runs in one transaction, so a failure registers nothing
 * and a restart lists again from scratch. What is listed but is no article file gets a SKIPPED row
 * with the reason and is never read: symbolic links (unless links are followed and the link leads to a
 * file inside the folder), FIFOs, sockets and devices, hidden files and folders (names starting with a
 * dot; a hidden folder gets one row, its files none). Links are never followed while listing.
 */
class FileRegistrationTasklet implements Tasklet {

    static final String FILES_REGISTERED = "files.registered";
    static final String FILES_DISAPPEARED = "files.disappeared";
    static final String STILL_QUARANTINED = "unchanged since quarantined: ";
    /** fact_file.file_path holds this much; records of a container add their entry name to it. */
    static final int MAX_PATH_CHARS = 1500;
    private static final int BATCH_SIZE = 500;
    private static final String INSERT = """
            INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at, status,
                                   reason, seen_at, article_id, content_hash, media_type, charset, charset_method, charset_confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /**
     * Every row of each path; those of earlier runs over the same folder are kept, and the last one says what became of
     * it. The path key is the only condition the database sees: with the folder's key beside it, MariaDB's optimizer,
     * on statistics left stale by a large load, read every row of the folder for each batch (a re-run of 100,000 files
     * took 40 s instead of a few).
     */
    private static final String PREVIOUS = """
            SELECT file_path, size_bytes, modified_at, status, article_id, content_hash, media_type, charset, charset_method,
                   charset_confidence, reason, input_key, parent_file_id, job_instance_id, file_id
            FROM fact_file WHERE path_key IN (%s)""";
    /** Last outcomes that stand while a file does not change; others (PENDING, REQUEUED, DISAPPEARED) mean read it. */
    private static final Set<String> STANDING = Set.of(FileStatus.LOADED.name(), FileStatus.DUPLICATE.name(), FileStatus.UNCHANGED.name(),
            FileStatus.REPLACED.name(), FileStatus.EXPANDED.name(), FileStatus.QUARANTINED.name());
    /** Files of the previous run over the folder that this listing did not see. One statement, in the listing's transaction. */
    private static final String DISAPPEARED = """
            INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at, status,
                                   reason, seen_at, article_id, content_hash)
            SELECT ?, ?, p.file_path, p.path_key, p.input_key, p.size_bytes, p.modified_at, 'DISAPPEARED',
                   'no longer in the input folder; its article is kept', ?, p.article_id, p.content_hash
            FROM fact_file p
            WHERE p.input_key = ? AND p.parent_file_id IS NULL AND p.status NOT IN ('DISAPPEARED', 'REQUEUED', 'SKIPPED')
              AND p.job_instance_id = (SELECT MAX(job_instance_id) FROM fact_file WHERE input_key = ? AND job_instance_id < ?)
              AND NOT EXISTS (SELECT 1 FROM fact_file c WHERE c.path_key = p.path_key AND c.job_instance_id = ?
                              AND c.file_path = p.file_path)""";

    private final JdbcTemplate jdbc;
    private final Path input;
    private final long inputKey;
    private final boolean followLinks;
    private Path realInput;

    FileRegistrationTasklet(JdbcTemplate jdbc, Path input, boolean followLinks) {
        this.jdbc = jdbc;
        this.input = input;
        this.inputKey = inputKey(input);
        this.followLinks = followLinks;
    }

    private Path realInput() {
        if (realInput == null) {
            try {
                realInput = input.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException("input is not a readable folder: " + input, e);
            }
        }
        return realInput;
    }

    /** 64 bits of the SHA-256 of the folder's absolute, normalised path. */
    static long inputKey(Path input) {
        return InputKey.of(input);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input is not a readable folder: " + input);
        }
        StepExecution step = contribution.getStepExecution();
        Registrar registrar = new Registrar(step.getJobExecution().getJobInstanceId(), step.getJobExecutionId());
        // the folder's real path: an input named through a link is listed, links below it are not followed
        Files.walkFileTree(realInput(), registrar);
        registrar.flush();
        long jobInstanceId = step.getJobExecution().getJobInstanceId();
        int disappeared = jdbc.update(DISAPPEARED, jobInstanceId, step.getJobExecutionId(), registrar.seenAt, inputKey, inputKey,
                jobInstanceId, jobInstanceId);
        contribution.incrementWriteCount(registrar.registered);
        step.getExecutionContext().putLong(FILES_REGISTERED, registrar.registered);
        step.getExecutionContext().putLong(FILES_DISAPPEARED, disappeared);
        return RepeatStatus.FINISHED;
    }

    /** A listed file on its way into fact_file. */
    private static final class Row {
        final String path;
        final long pathKey;
        final long size;
        final Timestamp modified;
        FileStatus status;
        String reason;
        Object[] previous;

        Row(String path, long size, Timestamp modified, FileStatus status, String reason) {
            this.path = path;
            this.pathKey = pathKey(path);
            this.size = size;
            this.modified = modified;
            this.status = status;
            this.reason = reason;
        }
    }

    private final class Registrar extends SimpleFileVisitor<Path> {

        private final long jobInstanceId;
        private final long jobExecutionId;
        private final Timestamp seenAt = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        private final List<Row> batch = new ArrayList<>(BATCH_SIZE);
        private long registered;

        Registrar(long jobInstanceId, long jobExecutionId) {
            this.jobInstanceId = jobInstanceId;
            this.jobExecutionId = jobExecutionId;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(realInput()) && isHidden(dir)) {
                add(dir, 0, null, FileStatus.SKIPPED, "hidden folder: its files are not read");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String skipped = skipReason(file, attrs);
            if (skipped != null) {
                add(file, attrs.size(), null, FileStatus.SKIPPED, skipped);
                return FileVisitResult.CONTINUE;
            }
            BasicFileAttributes target = attrs;
            if (attrs.isSymbolicLink()) {
                try {
                    target = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    add(file, 0, null, FileStatus.SKIPPED, "symbolic link to nothing readable");
                    return FileVisitResult.CONTINUE;
                }
            }
            // milliseconds: what DATETIME(3) keeps, so that an unchanged file compares equal next time
            Timestamp modified = Timestamp.valueOf(LocalDateTime.ofInstant(
                    target.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
            add(file, target.size(), modified, FileStatus.PENDING, null);
            return FileVisitResult.CONTINUE;
        }

        /** A file or folder that cannot even be listed is quarantined with the reason, not lost. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            add(file, 0, null, FileStatus.QUARANTINED, "could not be listed: " + e);
            return FileVisitResult.CONTINUE;
        }

        private void add(Path file, long size, Timestamp modified, FileStatus status, String reason) {
            String path = relativePath(file);
            if (status == FileStatus.PENDING && path.indexOf('\uFFFD') >= 0) {
                // the name's bytes are no UTF-8: the row's text could not name the file to open it again
                status = FileStatus.QUARANTINED;
                reason = "file name is not valid UTF-8: rename it to read it";
            }
            if (path.length() > MAX_PATH_CHARS) {
                // the row could not name the file to read it back: keep it visible, quarantined
                status = FileStatus.QUARANTINED;
                reason = "path longer than " + MAX_PATH_CHARS + " characters";
                path = ColumnText.fit(path, MAX_PATH_CHARS);
            }
            batch.add(new Row(path, size, modified, status, reason));
            registered++;
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            markUnchanged(batch, jobInstanceId);
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (Row r : batch) {
                Object[] p = r.previous;
                rows.add(new Object[] {jobInstanceId, jobExecutionId, r.path, r.pathKey, inputKey, r.size, r.modified, r.status.name(),
                    ColumnText.fit(r.reason, 1000), seenAt, p == null ? null : p[4], p == null ? null : p[5], p == null ? null : p[6], p == null ? null : p[7],
                    p == null ? null : p[8], p == null ? null : p[9]});
            }
            jdbc.batchUpdate(INSERT, rows);
            batch.clear();
        }
    }

    /**
     * A listed file whose path, size and modification time equal its last row, and whose last outcome
     * stands, is not read again: UNCHANGED keeping that row's article, or still QUARANTINED with the
     * reason. One query per batch of listed files.
     */
    private void markUnchanged(List<Row> rows, long jobInstanceId) {
        Map<String, Row> pending = new HashMap<>();
        for (Row r : rows) {
            if (r.status == FileStatus.PENDING) {
                pending.put(r.path, r);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        pending.values().forEach(r -> args.add(r.pathKey));
        String sql = String.format(PREVIOUS, String.join(",", Collections.nCopies(pending.size(), "?")));
        Map<String, Object[]> last = new HashMap<>();
        Map<String, Long> lastFileId = new HashMap<>();
        jdbc.query(sql, rs -> {
            if (rs.getLong(12) != inputKey || rs.getObject(13) != null || rs.getLong(14) == jobInstanceId) {
                return;
            }
            Object[] row = new Object[11];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            long fileId = rs.getLong(15);
            if (fileId > lastFileId.getOrDefault(rs.getString(1), Long.MIN_VALUE)) { // the last row wins
                lastFileId.put(rs.getString(1), fileId);
                last.put(rs.getString(1), row);
            }
        }, args.toArray());
        last.forEach((path, previous) -> {
            Row r = pending.get(path);
            Timestamp modified = previous[2] == null ? null : Timestamp.valueOf(asLocalDateTime(previous[2]));
            if (r == null || !STANDING.contains((String) previous[3]) || ((Number) previous[1]).longValue() != r.size
                    || r.modified == null || !r.modified.equals(modified)) {
                return;
            }
            if (FileStatus.QUARANTINED.name().equals(previous[3])) {
                String reason = (String) previous[10];
                r.status = FileStatus.QUARANTINED;
                r.reason = reason != null && reason.startsWith(STILL_QUARANTINED) ? reason : STILL_QUARANTINED + reason;
            } else {
                r.status = FileStatus.UNCHANGED;
                r.previous = previous;
            }
        });
    }

    private static LocalDateTime asLocalDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    /** Why a listed entry is not read, or null for a file to read; a link is read only when followed and inside the folder. */
    private String skipReason(Path file, BasicFileAttributes attrs) {
        if (isHidden(file)) {
            return "hidden file: not an article";
        }
        if (attrs.isSymbolicLink()) {
            return followLinks ? linkOutside(file) : "symbolic link: not followed (marsad.import.follow-links reads links inside the input)";
        }
        return attrs.isRegularFile() ? null : "not a regular file (a FIFO, socket or device): not read";
    }

    private String linkOutside(Path link) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realInput())) {
                return "symbolic link leads outside the input folder: not read";
            }
            return Files.isRegularFile(target) ? null : "symbolic link to a folder or special file: not followed";
        } catch (IOException e) {
            return "symbolic link to nothing readable";
        }
    }

    /** 64 bits of the path's SHA-256: the indexed key paths are looked up by. */
    static long pathKey(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String relativePath(Path file) {
        return realInput().relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
