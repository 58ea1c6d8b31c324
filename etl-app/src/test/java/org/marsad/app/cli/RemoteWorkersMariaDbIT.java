package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.MarsadApplication;
import org.marsad.jobs.support.MariaDbTestDatabase;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Scale-out against the real broker: a manager and two worker JVMs on loopback import a few hundred files
 * over RabbitMQ; one worker is killed with SIGKILL in the middle of a partition. The manager fails that
 * partition when it stops making progress, the others complete, and {@code restart --last-failed --workers
 * remote} re-runs only the failed one: the warehouse then equals that of a single-process run.
 */
class RemoteWorkersMariaDbIT {

    private static final int FILES = 300;
    private static final String BROKER_HOST = System.getProperty("marsad.test.rabbitmq.host", "127.0.0.1");
    private static final int BROKER_PORT = 5672;

    private final String queue = "marsad.it." + UUID.randomUUID();
    private final List<Process> workers = new ArrayList<>();

    @AfterEach
    void stopWorkersAndDropTheQueue() {
        workers.forEach(Process::destroyForcibly);
        if (brokerAnswers()) {
            CachingConnectionFactory connections = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
            new RabbitAdmin(connections).deleteQueue(queue);
            connections.destroy();
        }
    }

    @Test
    void aWorkerKilledMidPartitionFailsOnlyItsPartitionAndTheRestartCompletesTheRun(@TempDir Path work) throws Exception {
        assumeThat(brokerAnswers()).as("RabbitMQ is not running at %s:%d", BROKER_HOST, BROKER_PORT).isTrue();
        Path input = Files.createDirectories(work.resolve("in"));
        WarehouseSnapshot.writeNumberedArticles(input, FILES);
        String single = MariaDbTestDatabase.create();
        assertThat(WarehouseSnapshot.cli(single, "run", "--input", input.toString(), "--marsad.import.chunk-size=10")).isZero();

        String url = MariaDbTestDatabase.create();
        Path crashPoint = work.resolve("worker-1-at-crash-point");
        // worker 1 stops for good just before committing its second chunk: its first is in, the rest of its partition is not
        Process doomed = startWorker(url, work.resolve("worker-1.log"), CrashPointMain.class,
                List.of("UPDATE fact_file SET status", "2", crashPoint.toString()));
        startWorker(url, work.resolve("worker-2.log"), MarsadApplication.class, List.of());
        awaitListening(work.resolve("worker-1.log"));
        awaitListening(work.resolve("worker-2.log"));

        CompletableFuture<Integer> manager = CompletableFuture.supplyAsync(() -> WarehouseSnapshot.cli(url,
                remote("run", "--input", input.toString())));
        ChildJvm.awaitFile(doomed, crashPoint, work.resolve("worker-1.log"));
        doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int firstRun = manager.get(3, TimeUnit.MINUTES);

        assertThat(firstRun).as("the run whose worker died ends FAILED, it does not hang").isEqualTo(1);
        assertThat(WarehouseSnapshot.query(url, "SELECT CONCAT(STATUS, ' ', EXIT_MESSAGE) FROM BATCH_STEP_EXECUTION "
                + "WHERE STEP_NAME LIKE 'extractPartitionStep%' AND STATUS = 'FAILED'"))
                .singleElement().asString().contains("presumed gone");
        assertThat(WarehouseSnapshot.query(url, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION "
                + "WHERE STEP_NAME LIKE 'extractPartitionStep%' AND STATUS = 'COMPLETED'")).containsExactly("5");

        List<String> left = WarehouseSnapshot.query(url, "SELECT COUNT(*) FROM fact_file WHERE status = 'PENDING'");
        assertThat(left).as("the dead worker left files unread").doesNotContain("0");

        assertThat(WarehouseSnapshot.cli(url, remote("restart", "--last-failed"))).isZero();

        // the restart splits what is left into partitions of its own: it reads exactly the files the dead worker left
        assertThat(WarehouseSnapshot.query(url, "SELECT SUM(s.READ_COUNT) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = "
                + "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) AND s.STEP_NAME LIKE 'extractPartitionStep%'"))
                .as("the restart read only what the failed partition left").isEqualTo(left);
        assertThat(WarehouseSnapshot.of(url)).isEqualTo(WarehouseSnapshot.of(single));
    }

    private String[] remote(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--workers", "remote", "--marsad.workers.partitions=6", "--marsad.workers.partition-timeout=5s",
                "--marsad.workers.poll-interval=200ms", "--marsad.workers.queue=" + queue, "--spring.rabbitmq.host=" + BROKER_HOST,
                "--marsad.import.chunk-size=10"));
        return args.toArray(String[]::new);
    }

    /** A worker JVM; {@code before} are the main class's own arguments ahead of the command line. */
    private Process startWorker(String url, Path log, Class<?> main, List<String> before) throws IOException {
        List<String> args = new ArrayList<>(before);
        // one partition at a time, so that the killed worker cuts off exactly one
        args.addAll(List.of("worker", "--marsad.workers.queue=" + queue, "--spring.rabbitmq.host=" + BROKER_HOST,
                "--marsad.import.chunk-size=10", "--marsad.workers.threads=1"));
        args.addAll(WarehouseSnapshot.settings(url));
        Process worker = ChildJvm.start(log, main, args);
        workers.add(worker);
        return worker;
    }

    private static void awaitListening(Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(log) || !Files.readString(log).contains("Worker serving partitions")) {
            assertThat(System.currentTimeMillis()).as("worker did not start:%n%s", Files.exists(log) ? Files.readString(log) : "")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean brokerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(BROKER_HOST, BROKER_PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
