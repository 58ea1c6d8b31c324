package org.marsad.app.run;

import java.nio.file.Path;

import org.marsad.jobs.importing.ImportParameters;
import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.springframework.batch.core.BatchStatus;
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

/** Starts a new run of {@code articleImportJob} on a folder, or resumes a failed one, and waits for it to end. */
@Service
public class ImportRunner {

    private final JobOperator jobOperator;
    private final Job articleImportJob;
    private final ImportSummaryQuery summaries;
    private final JobRepository jobRepository;

    ImportRunner(JobOperator jobOperator, Job articleImportJob, ImportSummaryQuery summaries, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.articleImportJob = articleImportJob;
        this.summaries = summaries;
        this.jobRepository = jobRepository;
    }

    /**
     * Resumes a failed or stopped execution where it stopped (same job instance, same parameters).
     *
     * @throws IllegalStateException with the reason when the execution cannot be restarted
     */
    public ImportSummary restart(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution != null && execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalStateException("execution " + executionId + " was abandoned: it is never restarted");
        }
        try {
            Long restarted = jobOperator.restart(executionId);
            return summaries.summarize(jobRepository.getJobExecution(restarted));
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new IllegalStateException("execution " + executionId + " belongs to a completed run: nothing to restart", e);
        } catch (NoSuchJobExecutionException e) {
            throw new IllegalStateException("no execution " + executionId, e);
        } catch (JobRestartException | NoSuchJobException | InvalidJobParametersException e) {
            throw new IllegalStateException("execution " + executionId + " cannot be restarted: " + e.getMessage(), e);
        }
    }

    /**
     * Marks an execution left running by a process that is gone as failed, so it can be restarted.
     *
     * @return the execution's status afterwards
     */
    public String recover(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            throw new IllegalStateException("no execution " + executionId);
        }
        if (!execution.isRunning()) {
            throw new IllegalStateException("execution " + executionId + " is " + execution.getStatus() + ", not running: nothing to recover");
        }
        return jobOperator.recover(execution).getStatus().toString();
    }

    /** Gives up a failed or stopped execution for good. */
    public void abandon(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
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

    public ImportSummary run(Path input) {
        try {
            JobExecution execution = jobOperator.start(articleImportJob, ImportParameters.of(input, System.currentTimeMillis()));
            return summaries.summarize(execution);
        } catch (Exception e) {
            throw new IllegalStateException("the import could not be started: " + e.getMessage(), e);
        }
    }
}
