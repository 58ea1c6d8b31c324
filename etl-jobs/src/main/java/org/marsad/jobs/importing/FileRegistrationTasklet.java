package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.marsad.jobs.warehouse.ColumnText;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists the input folder recursively and registers every regular file as PENDING work of this job
 * instance. The listing is streamed into the database in batches, never held in memory. The tasklet
 * runs in one transaction, so a failure registers nothing and a restart lists again from scratch.
 * Hidden files and folders (names starting with a dot) are not articles and are passed over.
 */
class FileRegistrationTasklet implements Tasklet {

    static final String FILES_REGISTERED = "files.registered";
    /** fact_file.file_path holds this much; records of a container add their entry name to it. */
    static final int MAX_PATH_CHARS = 1500;
    private static final int BATCH_SIZE = 500;
    private static final String INSERT = """
            INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, size_bytes, modified_at, status, reason, seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Path input;

    FileRegistrationTasklet(JdbcTemplate jdbc, Path input) {
        this.jdbc = jdbc;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input is not a readable folder: " + input);
        }
        StepExecution step = contribution.getStepExecution();
        Registrar registrar = new Registrar(step.getJobExecution().getJobInstanceId(), step.getJobExecutionId());
        Files.walkFileTree(input, registrar);
        registrar.flush();
        contribution.incrementWriteCount(registrar.registered);
        step.getExecutionContext().putLong(FILES_REGISTERED, registrar.registered);
        return RepeatStatus.FINISHED;
    }

    private final class Registrar extends SimpleFileVisitor<Path> {

        private final long jobInstanceId;
        private final long jobExecutionId;
        private final Timestamp seenAt = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        private final List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        private long registered;

        Registrar(long jobInstanceId, long jobExecutionId) {
            this.jobInstanceId = jobInstanceId;
            this.jobExecutionId = jobExecutionId;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(input) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file)) {
                Timestamp modified = Timestamp.valueOf(LocalDateTime.ofInstant(attrs.lastModifiedTime().toInstant(), ZoneOffset.UTC));
                add(file, attrs.size(), modified, FileStatus.PENDING, null);
            }
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
            if (path.length() > MAX_PATH_CHARS) {
                // the row could not name the file to read it back: keep it visible, quarantined
                status = FileStatus.QUARANTINED;
                reason = "path longer than " + MAX_PATH_CHARS + " characters";
                path = ColumnText.fit(path, MAX_PATH_CHARS);
            }
            batch.add(new Object[] {jobInstanceId, jobExecutionId, path, size, modified, status.name(), reason, seenAt});
            registered++;
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(INSERT, batch);
                batch.clear();
            }
        }
    }

    private String relativePath(Path file) {
        return input.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
