package org.marsad.app.run;

import java.nio.file.Path;
import java.util.Optional;

import org.marsad.jobs.importing.ImportParameters;
import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.marsad.jobs.operations.ExecutionHistory;
import org.marsad.jobs.operations.RunLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts a new run of {@code articleImportJob} on a folder, or resumes a failed one, and waits for it to
 * end. Every run and restart holds the {@link RunLock} (through {@link ExecutionControl}), so runs never overlap across processes; holding
 * it also proves that executions still marked running were left by a process that is gone, and those
 * are marked failed (recovered) so that they can be restarted.
 */
@Service
public class ImportRunner {

    private final JobOperator jobOperator;
    private final Job articleImportJob;
    private final ImportSummaryQuery summaries;
    private final JobRepository jobRepository;
    private final ExecutionControl control;
    private final ExecutionHistory history;
    private final ImportMetrics metrics;

    ImportRunner(JobOperator jobOperator, Job articleImportJob, ImportSummaryQuery summaries, JobRepository jobRepository,
            ExecutionControl control, ExecutionHistory history, ImportMetrics metrics) {
        this.jobOperator = jobOperator;
        this.articleImportJob = articleImportJob;
        this.summaries = summaries;
        this.jobRepository = jobRepository;
        this.control = control;
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
        return control.locked(() -> {
            control.recoverOrphans();
            return restartLocked(executionId);
        });
    }

    /** Resumes the newest failed or stopped execution, after recovering any a dead process left running. */
    public Optional<ImportSummary> restartLastFailed() {
        return control.locked(() -> {
            control.recoverOrphans();
            return history.lastRestartable().map(this::restartLocked);
        });
    }

    private ImportSummary restartLocked(long executionId) {
        JobExecution execution = control.execution(executionId);
        if (execution.getStatus() == BatchStatus.ABANDONED) {
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
        return control.locked(() -> {
            control.recoverOrphans();
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

    private ImportSummary recorded(ImportSummary summary) {
        metrics.record(summary);
        return summary;
    }
}
