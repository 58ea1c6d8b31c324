package org.marsad.app.run;

import java.nio.file.Path;

import org.marsad.jobs.importing.ImportParameters;
import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts a new run of {@code articleImportJob} on a folder and waits for it to end. */
@Service
public class ImportRunner {

    private final JobOperator jobOperator;
    private final Job articleImportJob;
    private final ImportSummaryQuery summaries;

    ImportRunner(JobOperator jobOperator, Job articleImportJob, ImportSummaryQuery summaries) {
        this.jobOperator = jobOperator;
        this.articleImportJob = articleImportJob;
        this.summaries = summaries;
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
