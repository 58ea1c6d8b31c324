package org.marsad.jobs.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the extract step's partitions run ({@code marsad.workers.*}). The broker is set by Spring Boot's
 * {@code spring.rabbitmq.*} settings.
 *
 * @param mode             {@code local} (the default): partitions run on threads of the importing process;
 *                         {@code remote}: they are sent to worker processes over RabbitMQ; {@code worker}:
 *                         this process serves partitions (set by the {@code worker} command)
 * @param queue            the RabbitMQ queue partitions are sent on (default {@code marsad.partitions})
 * @param partitions       partitions a remote run is split into (default 8); more than workers lets a fast
 *                         worker take more, and a restart re-runs less
 * @param partitionTimeout a partition whose worker has committed nothing for this long is failed, so a
 *                         worker that died ends the run as FAILED rather than hanging it (default 5m)
 * @param pollInterval     how often the manager reads the partitions' progress from the job repository
 *                         (default 2s)
 * @param threads          partitions a worker runs at once (default 0: one per processor)
 */
@ConfigurationProperties("marsad.workers")
public record WorkersProperties(@DefaultValue("local") String mode, @DefaultValue("marsad.partitions") String queue,
        @DefaultValue("8") int partitions, @DefaultValue("5m") Duration partitionTimeout,
        @DefaultValue("2s") Duration pollInterval, @DefaultValue("0") int threads) {

    /** Partitions this worker runs at once. */
    public int workerThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public WorkersProperties {
        if (!mode.equals("local") && !mode.equals("remote") && !mode.equals("worker")) {
            throw new IllegalArgumentException("marsad.workers.mode must be local, remote or worker: " + mode);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("marsad.workers.partitions must be at least 1: " + partitions);
        }
    }
}
