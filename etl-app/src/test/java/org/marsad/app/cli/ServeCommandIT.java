package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.MarsadApplication;
import org.marsad.jobs.support.FixtureArticles;

/**
 * {@code serve} as operators run it, in a JVM of its own: it imports on its cron schedule, never two runs
 * at once, and serves health and Prometheus metrics over HTTP until SIGTERM.
 */
class ServeCommandIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importsOnScheduleAndExposesHealthAndPrometheusMetrics(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        FixtureArticles.writeMixedSet(input);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = ChildJvm.start(work.resolve("serve.log"), MarsadApplication.class, List.of("serve", "--input", input.toString(),
                "--marsad.schedule.cron=*/2 * * * * *", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        try {
            String metrics = awaitMetric(port, "marsad_import_runs_total{status=\"COMPLETED\"} 2.0", serve, work.resolve("serve.log"));

            assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
            assertThat(metrics).as("every Marsad metric says what it counts").contains("# HELP marsad_import_runs_total Import runs ended")
                    .contains("# HELP marsad_import_files_total Files and records").contains("# HELP marsad_import_last_run_seconds Wall time")
                    .contains("# HELP marsad_import_write_races_total Chunks written again");
            double lastSuccess = Double.parseDouble(metrics.lines().filter(l -> l.startsWith("marsad_import_last_success_timestamp_seconds "))
                    .findFirst().orElseThrow().split(" ")[1]);
            assertThat(System.currentTimeMillis() / 1000.0 - lastSuccess).as("the README's alert: seconds since the last COMPLETED run")
                    .isBetween(0.0, 120.0);
            assertThat(metrics).as("the first run loaded the four articles, the second found them unchanged")
                    .contains("marsad_import_files_total{outcome=\"loaded\"} 4.0")
                    .contains("marsad_import_files_total{outcome=\"quarantined\"} 4.0")
                    .contains("marsad_import_files_total{outcome=\"unchanged\"} 5.0")
                    .contains("spring_batch_job_seconds_count");
        } finally {
            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve ends on SIGTERM").isTrue();
        }
        assertThat(Files.readString(work.resolve("serve.log"))).contains("Serving " + input).doesNotContain("Exception");
    }

    private String awaitMetric(int port, String line, Process serve, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && serve.isAlive()) {
            try {
                String metrics = get(port, "/actuator/prometheus");
                if (metrics.contains(line)) {
                    return metrics;
                }
            } catch (java.io.IOException notUpYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + line + "' in time:\n" + Files.readString(log));
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
