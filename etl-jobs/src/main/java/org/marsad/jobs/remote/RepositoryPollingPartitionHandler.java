package org.marsad.jobs.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The manager's side of remote partitioning: sends one {@link StepExecutionRequest} per partition to the
 * workers and learns each partition's outcome from the shared job repository. Unlike
 * {@code MessageChannelPartitionHandler}'s poller, which waits for all partitions under one time limit,
 * the limit here is per partition and counts from its last committed chunk: a partition whose worker
 * died is marked FAILED once it has shown no progress for {@code partitionTimeout}, while the others run
 * on; the run then ends FAILED and a restart sends only the partitions that did not complete.
 */
class RepositoryPollingPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPollingPartitionHandler.class);

    private final JobRepository jobRepository;
    private final MessagingTemplate messaging;
    private final MessageChannel requests;
    private final String workerStepName;
    private final Duration partitionTimeout;
    private final Duration pollInterval;

    RepositoryPollingPartitionHandler(JobRepository jobRepository, MessageChannel requests, String workerStepName,
            int gridSize, Duration partitionTimeout, Duration pollInterval) {
        this.jobRepository = jobRepository;
        this.messaging = new MessagingTemplate();
        this.requests = requests;
        this.workerStepName = workerStepName;
        this.partitionTimeout = partitionTimeout;
        this.pollInterval = pollInterval;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        for (StepExecution partition : partitions) {
            messaging.send(requests, MessageBuilder.withPayload(new StepExecutionRequest(workerStepName, partition.getId())).build());
        }
        log.info("Sent {} partitions to the workers", partitions.size());
        Set<StepExecution> finished = new HashSet<>();
        List<Long> running = new ArrayList<>(partitions.stream().map(StepExecution::getId).toList());
        while (!running.isEmpty()) {
            Thread.sleep(pollInterval.toMillis());
            for (Iterator<Long> ids = running.iterator(); ids.hasNext();) {
                StepExecution now = jobRepository.getStepExecution(manager.getJobExecutionId(), ids.next());
                if (!now.getStatus().isRunning()) {
                    finished.add(now);
                    ids.remove();
                } else if (now.getStatus() == BatchStatus.STARTED && silentFor(now).compareTo(partitionTimeout) > 0) {
                    finished.add(failAsGone(now));
                    ids.remove();
                }
            }
        }
        return finished;
    }

    private static Duration silentFor(StepExecution partition) {
        LocalDateTime last = partition.getLastUpdated() != null ? partition.getLastUpdated() : partition.getStartTime();
        return last == null ? Duration.ZERO : Duration.between(last, LocalDateTime.now());
    }

    /** The worker stopped committing: presumed dead. Its uncommitted chunk was rolled back by the database. */
    private StepExecution failAsGone(StepExecution partition) {
        String reason = "no chunk committed for " + partitionTimeout + ": the worker is presumed gone";
        log.warn("Partition {} failed: {}", partition.getStepName(), reason);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
        return partition;
    }
}
