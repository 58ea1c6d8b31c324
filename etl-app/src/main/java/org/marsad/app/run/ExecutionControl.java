package org.marsad.app.run;

import java.util.function.Supplier;

import org.marsad.jobs.operations.ExecutionHistory;
import org.marsad.jobs.operations.RunLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * What an operator does to executions in the job repository without running the job: stop, abandon,
 * recover. It needs the repository and the run lock only, so the commands that use it start without
 * the job, the extraction pipeline or migrations; the {@link ImportRunner} holds the same lock and
 * recovers through it.
 */
@Service
public class ExecutionControl {

    private static final Logger log = LoggerFactory.getLogger(ExecutionControl.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunLock runLock;
    private final ExecutionHistory history;

    ExecutionControl(JobOperator jobOperator, JobRepository jobRepository, RunLock runLock, ExecutionHistory history) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runLock = runLock;
        this.history = history;
    }

    /**
     * Asks a running execution to stop at its next chunk boundary; it works from any process, since the
     * running one reads the request from the job repository when it saves its progress. The stopped run
     * can be restarted. Only the job execution is marked STOPPING: {@code JobOperator.stop} also writes the
     * running step's row, which races the process running it (spring-batch#5308: the step then fails with
     * an optimistic locking error instead of stopping).
     */
    public void stop(long executionId) {
        JobExecution execution = runningExecution(executionId, "stop");
        execution.setStatus(BatchStatus.STOPPING);
        jobRepository.update(execution);
    }

    /** Gives up a failed or stopped execution for good. */
    public void abandon(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalStateException("execution " + executionId + " completed: nothing to abandon");
        }
        try {
            jobOperator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException("execution " + executionId + " is running: stop it, or recover it if its process is gone", e);
        }
    }

    /**
     * Marks an execution left running by a process that is gone as failed, so it can be restarted. The
     * process is proven gone when this one can take the run lock; {@code force} skips that proof.
     *
     * @return the execution's status afterwards
     * @throws RunRefusedException when a live process holds the lock and {@code force} is not set
     */
    public String recover(long executionId, boolean force) {
        JobExecution unknown = execution(executionId);
        if (unknown.getStatus() == BatchStatus.UNKNOWN) {
            return locked(() -> failUnknown(unknown));
        }
        JobExecution execution = runningExecution(executionId, "recover");
        if (force) {
            return jobOperator.recover(execution).getStatus().toString();
        }
        return locked(() -> jobOperator.recover(execution).getStatus().toString());
    }

    /** Executions marked running while this process holds the run lock were left by a dead process. */
    void recoverOrphans() {
        for (long id : history.running()) {
            JobExecution orphan = jobRepository.getJobExecution(id);
            if (orphan != null && orphan.isRunning()) {
                jobOperator.recover(orphan);
                log.warn("Execution {} was left running by a process that is gone; marked FAILED: 'restart {}' resumes it", id, id);
            }
        }
    }

    /**
     * An execution Spring Batch left UNKNOWN (a fault it could not roll back, such as a connection the
     * server reset mid-commit) is marked FAILED, with its UNKNOWN steps, so that it can be restarted:
     * Batch refuses to restart from UNKNOWN because it cannot tell what was written. Here a file is
     * settled only in the transaction that writes its article, so the files still PENDING are exactly the
     * work left, and a restart reads them without writing anything twice.
     */
    private String failUnknown(JobExecution execution) {
        String why = "recovered from UNKNOWN by the operator; files still PENDING are read by the restart";
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(step.getExitStatus().replaceExitCode(ExitStatus.FAILED.getExitCode()).addExitDescription(why));
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(execution.getExitStatus().replaceExitCode(ExitStatus.FAILED.getExitCode()).addExitDescription(why));
        jobRepository.update(execution);
        log.warn("Execution {} was UNKNOWN; marked FAILED: 'restart {}' resumes it", execution.getId(), execution.getId());
        return BatchStatus.FAILED.toString();
    }

    /**
     * The execution the repository holds under the id; an unknown id (or a database no import has run
     * on) is the operator's one-line error: Spring Batch 6's repository throws
     * EmptyResultDataAccessException for it, which named no execution.
     */
    JobExecution execution(long executionId) {
        JobExecution execution = null;
        if (history.hasRepository()) {
            try {
                execution = jobRepository.getJobExecution(executionId);
            } catch (org.springframework.dao.EmptyResultDataAccessException e) {
                execution = null;
            }
        }
        if (execution == null) {
            throw new IllegalStateException("no execution " + executionId + ": 'status' lists the executions");
        }
        return execution;
    }

    /** The execution, which the job repository must hold as running for {@code action} to make sense. */
    private JobExecution runningExecution(long executionId, String action) {
        JobExecution execution = execution(executionId);
        if (!execution.isRunning()) {
            throw new IllegalStateException("execution " + executionId + " is " + execution.getStatus() + ", not running: nothing to " + action);
        }
        return execution;
    }

    /**
     * Does the work holding the run lock.
     *
     * @throws RunRefusedException when another process holds it
     */
    <T> T locked(Supplier<T> work) {
        RunLock.Attempt attempt = runLock.acquire();
        if (!attempt.acquired()) {
            throw new RunRefusedException(attempt.holder(), history.running());
        }
        try (RunLock.Lease lease = attempt.lease()) {
            return work.get();
        }
    }
}
