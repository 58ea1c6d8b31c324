package org.marsad.jobs.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Keeps one file's fault from failing the chunk, the run and every restart. When a chunk cannot be
 * written for a reason that lies in its data (a value the database refuses, a fault of ours on one
 * article), each file is written alone behind a savepoint, the way Spring Batch's fault-tolerant step
 * scans a failed chunk; a file that fails alone is quarantined with the database's reason, and the
 * chunk's other files commit. Faults of the database itself (no connection, a lock fault that outlasted
 * its retries, a schema that is not there) are not a file's: they fail the chunk as before, and a
 * restart resumes it; so does a fault that every file of the chunk meets alone.
 */
final class FileIsolatingWriter implements ItemWriter<ImportOutcome> {

    private static final Logger log = LoggerFactory.getLogger(FileIsolatingWriter.class);

    private final TransientFaultRetryingWriter<ImportOutcome> delegate;

    /** The delegate undoes each failed attempt (behind its savepoint), so a failed write leaves the transaction as it was. */
    FileIsolatingWriter(TransientFaultRetryingWriter<ImportOutcome> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) throws Exception {
        try {
            delegate.write(chunk);
        } catch (Exception e) {
            if (!isTheDataOfAFile(e)) {
                throw e;
            }
            log.debug("Chunk refused ({}); writing its {} files one by one", reason(e), chunk.size());
            writeOneByOne(chunk, e);
        }
    }

    /**
     * Each file alone; those that fail alone are quarantined. When every file of the chunk fails alone,
     * the fault is the database's, not the files' (a trigger, a full disk, a schema change): the chunk
     * fails as it did, rather than quarantine the night's input.
     */
    private void writeOneByOne(Chunk<? extends ImportOutcome> chunk, Exception chunkFault) throws Exception {
        Map<ImportOutcome, String> refused = new LinkedHashMap<>();
        for (ImportOutcome outcome : chunk) {
            try {
                delegate.write(new Chunk<>(outcome));
            } catch (Exception e) {
                if (!isTheDataOfAFile(e)) {
                    throw e;
                }
                refused.put(outcome, "could not be written to the warehouse: " + reason(e));
            }
        }
        if (chunk.size() > 1 && refused.size() == chunk.size()) {
            throw chunkFault;
        }
        for (Map.Entry<ImportOutcome, String> r : refused.entrySet()) {
            log.warn("Quarantined {}: {}", r.getKey().file().path(), r.getValue());
            delegate.write(new Chunk<>(ImportOutcome.quarantined(r.getKey().file(), r.getValue())));
        }
    }

    /**
     * Whether the fault lies in what was written rather than in the database: a value the database
     * refuses (SQL states 22 and 23: too long, out of range, not null, a check; Spring's
     * DataIntegrityViolationException), or a fault that is no database's at all (ours, on this data).
     * Everything else the database says (no connection, lock faults past their retries, a trigger's
     * signal, a missing table) is the database's.
     */
    static boolean isTheDataOfAFile(Exception e) {
        return e instanceof DataIntegrityViolationException
                || !(e instanceof DataAccessException) && !(e instanceof java.sql.SQLException) && !(e instanceof InterruptedException);
    }

    private static String reason(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
