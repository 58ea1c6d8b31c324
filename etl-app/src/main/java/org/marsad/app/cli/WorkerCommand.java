package org.marsad.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.marsad.jobs.remote.WorkersProperties;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Serves partitions of remote runs ('run --workers remote') until stopped: takes one partition at a time"
                + " from RabbitMQ (spring.rabbitmq.*, queue marsad.workers.queue) and reads, extracts and loads its files into the"
                + " shared warehouse and job repository (spring.datasource.*). Start as many as the machines allow; stop with"
                + " SIGTERM. A partition cut off by a dying worker is failed by the manager after marsad.workers.partition-timeout"
                + " and re-run by 'restart --last-failed --workers remote'.",
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar worker --spring.rabbitmq.host=broker \\",
                "      --spring.datasource.url=jdbc:mariadb://db:3306/marsad --spring.datasource.username=marsad"})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final SpringContext context;

    WorkerCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        context.addSettings("--marsad.workers.mode=worker");
        WorkersProperties workers = context.getBean(WorkersProperties.class);
        RabbitProperties rabbit = context.getBean(RabbitProperties.class);
        spec.commandLine().getOut().printf("Worker serving partitions from queue %s at %s:%d%n", workers.queue(),
                rabbit.determineHost(), rabbit.determinePort());
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await(); // until SIGTERM closes the application
        return 0;
    }
}
