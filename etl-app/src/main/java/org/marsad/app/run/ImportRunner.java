package org.marsad.app.run;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.marsad.jobs.importing.ImportParameters;
import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.marsad.jobs.operations.ExecutionHistory;
import org.marsad.jobs.operations.RunLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts a new run of {@code articleImportJob} on a folder, or resumes a failed one, and waits for it to
 * end. Every run and restart holds the {@link RunLock}, so runs never overlap across processes; holding
 * it also proves that executions still marked running were left by a process that is gone, and those
 * are marked failed (recovered) so that they can be restarted.
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JobOperator jobOperator;
    private final Job articleImportJob;
    private final ImportSummaryQuery summaries;
    private final JobRepository jobRepository;
    private final RunLock runLock;
    private final ExecutionHistory history;
    private final ImportMetrics metrics;

    ImportRunner(JobOperator jobOperator, Job articleImportJob, ImportSummaryQuery summaries, JobRepository jobRepository,
            RunLock runLock, ExecutionHistory history, ImportMetrics metrics) {
        this.jobOperator = jobOperator;
        this.articleImportJob = articleImportJob;
        this.summaries = summaries;
        this.jobRepository = jobRepository;
        this.runLock = runLock;
        this.history = history;
        this.metrics = metrics;
    }

    /**
     * Resumes a failed or stopped execution where it stopped (same job instance, same parameters). An
     * execution left running by a process that is gone is recovered first.
     *
     * @throws IllegalStateException with the reason when the execution cannot be restarted
     * @throws RunRefusedException   when another run is going
     */
    public ImportSummary restart(long executionId) {
        return locked(() -> {
            recoverOrphans();
            return restartLocked(executionId);
        });
    }

    /** Resumes the newest failed or stopped execution, after recovering any a dead process left running. */
    public Optional<ImportSummary> restartLastFailed() {
        return locked(() -> {
            recoverOrphans();
            return history.lastRestartable().map(this::restartLocked);
        });
    }

    private ImportSummary restartLocked(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution != null && execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalStateException("execution " + executionId + " was abandoned: it is never restarted");
        }
        try {
            Long restarted = jobOperator.restart(executionId);
            return recorded(summaries.summarize(jobRepository.getJobExecution(restarted)));
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new IllegalStateException("execution " + executionId + " belongs to a completed run: nothing to restart", e);
        } catch (NoSuchJobExecutionException e) {
            throw new IllegalStateException("no execution " + executionId, e);
        } catch (JobRestartException | NoSuchJobException | InvalidJobParametersException e) {
            throw new IllegalStateException("execution " + executionId + " cannot be restarted: " + e.getMessage(), e);
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
        if (unknown != null && unknown.getStatus() == BatchStatus.UNKNOWN) {
            return locked(() -> failUnknown(unknown));
        }
        JobExecution execution = runningExecution(executionId, "recover");
        if (force) {
            return jobOperator.recover(execution).getStatus().toString();
        }
        return locked(() -> jobOperator.recover(execution).getStatus().toString());
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
     * The execution the repository holds under the id; an unknown id is the operator's one-line error (Spring
     * Batch 6's repository throws EmptyResultDataAccessException for it, which named no execution).
     */
    private JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
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

    /** Gives up a failed or stopped execution for good. */
    public void abandon(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution != null && execution.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalStateException("execution " + executionId + " completed: nothing to abandon");
        }
        try {
            jobOperator.abandon(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new IllegalStateException("no execution " + executionId, e);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException("execution " + executionId + " is running: stop it, or recover it if its process is gone", e);
        }
    }

    /**
     * Runs the import on a folder.
     *
     * @throws RunRefusedException when another run is going
     */
    public ImportSummary run(Path input) {
        return start(ImportParameters.of(input, System.currentTimeMillis()));
    }

    /**
     * Runs the import of a folder for one night: once. A run for a night that completed is refused; one
     * for a night whose run failed resumes that run.
     *
     * @throws IllegalStateException when the night's run already completed
     */
    public ImportSummary run(Path input, java.time.LocalDate runDate) {
        return start(ImportParameters.forDate(input, runDate));
    }

    private ImportSummary start(org.springframework.batch.core.job.parameters.JobParameters parameters) {
        return locked(() -> {
            recoverOrphans();
            try {
                JobExecution execution = jobOperator.start(articleImportJob, parameters);
                return recorded(summaries.summarize(execution));
            } catch (JobInstanceAlreadyCompleteException e) {
                throw new IllegalStateException("the run for " + parameters.getParameter(ImportParameters.RUN_DATE).value()
                        + " over this folder already completed", e);
            } catch (Exception e) {
                throw new IllegalStateException("the import could not be started: " + e.getMessage(), e);
            }
        });
    }

    /** Executions marked running while this process holds the run lock were left by a dead process. */
    private void recoverOrphans() {
        for (long id : history.running()) {
            JobExecution orphan = jobRepository.getJobExecution(id);
            if (orphan != null && orphan.isRunning()) {
                jobOperator.recover(orphan);
                log.warn("Execution {} was left running by a process that is gone; marked FAILED: 'restart {}' resumes it", id, id);
            }
        }
    }

    private ImportSummary recorded(ImportSummary summary) {
        metrics.record(summary);
        return summary;
    }

    private <T> T locked(Supplier<T> work) {
        RunLock.Attempt attempt = runLock.acquire();
        if (!attempt.acquired()) {
            throw new RunRefusedException(attempt.holder(), history.running());
        }
        try (RunLock.Lease lease = attempt.lease()) {
            return work.get();
        }
    }
}
