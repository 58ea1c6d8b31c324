package org.marsad.jobs.importing;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The parameters of {@code articleImportJob}. Both are identifying: a restart must pass the same ones. */
public final class ImportParameters {

    /** Absolute path of the folder to import, read recursively. */
    public static final String INPUT = "input";
    /** Makes each requested run a new job instance; a restart reuses the failed instance's value. */
    public static final String RUN_ID = "run.id";

    /**
     * The night a scheduled run is for: with it, the folder and the date name the run (job instance), so a
     * scheduler that fires twice for one night does not import twice, and firing again after a failure
     * resumes the failed run.
     */
    public static final String RUN_DATE = "run.date";

    private ImportParameters() {
    }

    public static JobParameters forDate(Path input, java.time.LocalDate runDate) {
        return new JobParametersBuilder()
                .addString(INPUT, input.toAbsolutePath().normalize().toString())
                .addLocalDate(RUN_DATE, runDate)
                .toJobParameters();
    }

    public static JobParameters of(Path input, long runId) {
        return new JobParametersBuilder()
                .addString(INPUT, input.toAbsolutePath().normalize().toString())
                .addLong(RUN_ID, runId)
                .toJobParameters();
    }
}
