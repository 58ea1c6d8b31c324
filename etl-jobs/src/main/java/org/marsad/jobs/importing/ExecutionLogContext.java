package org.marsad.jobs.importing;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.task.TaskDecorator;

/**
 * Puts the job execution id into the logging context of the thread that runs the job, and of the threads
 * its partitions run on ({@link #propagating()}), so that every log line of a run carries it: a field of
 * its own in JSON logs, a column in the console pattern.
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

    /** Hands the submitting thread's execution id to the thread that runs the task. */
    static TaskDecorator propagating() {
        return task -> {
            String id = MDC.get(KEY);
            return () -> {
                if (id != null) {
                    MDC.put(KEY, id);
                }
                try {
                    task.run();
                } finally {
                    MDC.remove(KEY);
                }
            };
        };
    }
}
