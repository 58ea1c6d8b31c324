package org.marsad.jobs.importing;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Puts the job execution id into the logging context of the thread that runs the job, so that every log
 * line of a run carries it: a field of its own in JSON logs, a column in the console pattern.
 */
class ExecutionLogContext implements JobExecutionListener {

    static final String KEY = "jobExecutionId";

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(KEY, String.valueOf(execution.getId()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        MDC.remove(KEY);
    }
}
