package org.marsad.app.cli;

import picocli.CommandLine.Option;

/** {@code --workers local|remote}: where the extract step's partitions run (see marsad.workers.*). */
final class WorkersOption {

    enum Where { local, remote }

    @Option(names = "--workers", paramLabel = "local|remote", description = "local (default): partitions run on marsad.import.threads threads here; remote: they are sent over RabbitMQ"
                + " (spring.rabbitmq.*) to 'worker' processes, in marsad.workers.partitions partitions.")
    private Where where;

    void applyTo(SpringContext context) {
        if (where != null) {
            context.addSettings("--marsad.workers.mode=" + where);
        }
    }
}
