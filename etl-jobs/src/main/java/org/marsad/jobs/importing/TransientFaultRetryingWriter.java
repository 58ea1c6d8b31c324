package org.marsad.jobs.importing;


import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Writes a chunk again, with back-off, when the database reports a transient fault: a deadlock, a lock
 * wait time-out, a connection it could re-establish. Each attempt runs behind a savepoint of the chunk's
 * transaction and is rolled back to it before the next, so a retried chunk is written exactly once; when
 * the server rolled the whole transaction back (MariaDB does on a deadlock) the savepoint is gone with
 * everything the attempt wrote, and the next attempt starts clean just the same. A fault that outlasts
 * the retries fails the chunk, and with it the run, which a restart resumes at this chunk.
 */
final class TransientFaultRetryingWriter<T> implements ItemWriter<T> {

    private static final Logger log = LoggerFactory.getLogger(TransientFaultRetryingWriter.class);

    private final ItemWriter<T> delegate;
    private final DataSource dataSource;
    private final RetryTemplate retry;

    TransientFaultRetryingWriter(ItemWriter<T> delegate, DataSource dataSource, RetryPolicy policy, WriteRaces races) {
        this.delegate = delegate;
        this.dataSource = dataSource;
        this.retry = new RetryTemplate(policy);
        this.retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState state) {
                Throwable fault = state.getLastException();
                String what = fault == null ? "unknown" : fault.getClass().getSimpleName() + ": " + NestedExceptionUtils.getMostSpecificCause(fault).getMessage();
                if (fault instanceof DuplicateKeyException) {
                    // partitions racing for the same new row: expected, counted in the run's summary
                    races.record(currentJobExecution());
                    log.debug("Writing the chunk again (retry {}): another partition wrote the same new row first: {}", state.getRetryCount() + 1, what);
                } else {
                    log.warn("Writing the chunk again (retry {}) after a transient database fault: {}", state.getRetryCount() + 1, what);
                }
            }
        });
    }

    private static long currentJobExecution() {
        StepContext step = StepSynchronizationManager.getContext();
        return step == null ? 0 : step.getStepExecution().getJobExecutionId();
    }

    /**
     * Retries on the faults Spring classes as transient, waiting {@code delay}, then twice as long each time;
     * and on a duplicate key, which here means another partition committed the same new article text or
     * entity first: the next attempt (read committed) finds that row and refers to it.
     */
    static RetryPolicy transientFaults(long maxRetries, java.time.Duration delay) {
        return RetryPolicy.builder().includes(TransientDataAccessException.class, RecoverableDataAccessException.class,
                        DuplicateKeyException.class)
                .maxRetries(maxRetries).delay(delay).multiplier(2).maxDelay(delay.multipliedBy(16)).build();
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws Exception {
        try {
            retry.execute(() -> {
                attempt(chunk);
                return null;
            });
        } catch (RetryException e) {
            Throwable last = e.getCause() == null ? e : e.getCause();
            if (last instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void attempt(Chunk<? extends T> chunk) throws Exception {
        // whatever failed, the attempt leaves nothing behind: a retry starts clean, a final failure
        // rolls back the chunk's transaction anyway
        ChunkSavepoint.attempt(dataSource, () -> delegate.write(chunk));
    }
}
