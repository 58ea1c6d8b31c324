package org.marsad.jobs.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker's side of remote partitioning: runs the partition a request names with Spring Batch's
 * {@link StepExecutionRequestHandler}, unless another worker began it. RabbitMQ hands the request of a
 * worker that died to another one; running it there could race a worker that is only cut off from the
 * broker, so such a partition is left to the manager, which fails it, and to the restart, which re-runs it.
 */
class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);
    /** The logging key the manager's lines carry too (see ExecutionLogContext). */
    private static final String EXECUTION_ID = "jobExecutionId";

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler;

    PartitionWorker(JobRepository jobRepository, StepExecutionRequestHandler handler) {
        this.jobRepository = jobRepository;
        this.handler = handler;
    }

    void run(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("Partition request for step execution {} names nothing in the job repository: dropped", request.getStepExecutionId());
            return;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn("Partition {} of execution {} is {}: another worker began it; left to the manager and a restart",
                    partition.getStepName(), partition.getJobExecutionId(), partition.getStatus());
            return;
        }
        MDC.put(EXECUTION_ID, String.valueOf(partition.getJobExecutionId()));
        try {
            log.info("Running partition {}", partition.getStepName());
            StepExecution done = handler.handle(request);
            if (done.getStatus() == BatchStatus.FAILED || done.getStatus() == BatchStatus.STOPPED) {
                // the handler leaves recording a failure it caught to its caller
                jobRepository.update(done);
            }
            log.info("Partition {} ended {}", done.getStepName(), done.getStatus());
        } finally {
            MDC.remove(EXECUTION_ID);
        }
    }
}
