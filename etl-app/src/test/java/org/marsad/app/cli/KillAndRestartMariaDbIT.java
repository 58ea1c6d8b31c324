package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.jobs.support.FixtureArticles;
import org.marsad.jobs.support.MariaDbTestDatabase;

/**
 * Crash anywhere, restart, exact result: the import runs in a JVM of its own on a few hundred files and
 * is killed with SIGKILL at a chosen point; {@code restart --last-failed} then finishes it, and the
 * warehouse must equal that of an uninterrupted run: same articles, same facts, every file settled once.
 */
class KillAndRestartMariaDbIT {

    private static final int FILES = 300;

    @TempDir
    static Path input;
    private static Map<String, List<String>> uninterrupted;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        WarehouseSnapshot.writeNumberedArticles(input, FILES);
        String url = MariaDbTestDatabase.create();
        int exit = WarehouseSnapshot.cli(url, "run", "--input", input.toString(), "--marsad.import.chunk-size=20");
        assertThat(exit).isZero();
        uninterrupted = WarehouseSnapshot.of(url);
        assertThat(uninterrupted.get("articles")).hasSizeGreaterThan(FILES / 2);
        assertThat(uninterrupted.get("entities")).isNotEmpty();
        assertThat(uninterrupted.get("quantities")).isNotEmpty();
        assertThat(uninterrupted.get("files")).hasSize(FILES).allSatisfy(row -> assertThat(row).containsPattern(" (LOADED|DUPLICATE) "));
    }

    @ParameterizedTest(name = "killed {0}")
    @CsvSource(delimiter = '|', value = {
            "while listing the folder (registration uncommitted) | INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at | 1",
            "between the steps (listing committed, nothing read) | SELECT file_id, file_path, size_bytes | 1",
            "mid-chunk (the third chunk's articles written, not committed) | UPDATE fact_file SET status | 3",
            "after several chunks committed | UPDATE fact_file SET status | 8"})
    void aRunKilledAnywhereIsFinishedByRestartLastFailedWithTheUninterruptedResult(String point, String sqlPrefix, int nth,
            @TempDir Path scratch) throws Exception {
        String url = MariaDbTestDatabase.create();
        Path marker = scratch.resolve("at-crash-point");

        Process child = startChild(url, sqlPrefix, nth, marker, scratch.resolve("child.log"));
        ChildJvm.awaitFile(child, marker, scratch.resolve("child.log"));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback by the JVM

        assertThat(WarehouseSnapshot.query(url, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).as("a killed run stays STARTED").containsExactly("STARTED");
        int exit = WarehouseSnapshot.cli(url, "restart", "--last-failed", "--marsad.import.chunk-size=20");

        assertThat(exit).isZero();
        assertThat(WarehouseSnapshot.query(url, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")).containsExactly("FAILED", "COMPLETED");
        assertThat(WarehouseSnapshot.of(url)).isEqualTo(uninterrupted);
    }

    private static Process startChild(String url, String sqlPrefix, int nth, Path marker, Path log) throws Exception {
        List<String> args = new ArrayList<>(List.of(sqlPrefix, String.valueOf(nth), marker.toString(), "run", "--input", input.toString(),
                "--marsad.import.chunk-size=20"));
        args.addAll(WarehouseSnapshot.settings(url));
        return ChildJvm.start(log, CrashPointMain.class, args);
    }
}
