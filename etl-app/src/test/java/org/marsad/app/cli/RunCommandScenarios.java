package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.jobs.support.FixtureArticles;

/**
 * {@code run} as an operator calls it: the whole application, a fresh Spring context per call, settings
 * given on the command line. Subclasses choose the database.
 */
abstract class RunCommandScenarios {

    private static final int FILES_TO_STOP = 500;

    @TempDir
    Path input;

    abstract String url();

    abstract String user();

    abstract String password();

    @Test
    void runPrintsTheSummaryAndASecondRunLoadsNothing() throws SQLException {
        FixtureArticles.writeMixedSet(input);

        Result first = run("run", "--input", input.toString());
        Result second = run("run", "--input", input.toString());

        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).containsPattern("COMPLETED in [0-9.]+ s \\(job execution \\d+\\)")
                .containsPattern("files seen +8").containsPattern("articles loaded +4").containsPattern("duplicates +1")
                .containsPattern("quarantined +2").containsPattern("skipped +1").contains("quarantine --execution");
        assertThat(second.exitCode).isZero();
        assertThat(second.out).containsPattern("articles loaded +0");
        assertThat(query("SELECT COUNT(*) FROM bi_article")).containsExactly("4");
    }

    @Test
    void operatorCommandsReportTheRunAndRefuseWhatCannotBeDone() {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());

        Result status = run("status", "--json");
        Result quarantine = run("quarantine");
        Result restart = run("restart", "--last-failed");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("\"status\" : \"COMPLETED\"").contains("\"loaded\" : 4").contains("\"quarantined\" : 2")
                .contains("\"name\" : \"extractArticlesStep\"");
        assertThat(quarantine.out()).contains("empty.txt\tempty file").contains("broken/junk.txt\tbinary content").contains("2 quarantined");
        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).contains("No failed or stopped execution waits for a restart.");
    }

    @Test
    void quarantineListsEachFileQuarantinedNowOnceAndHistoryEveryRunsRow() throws Exception {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        run("run", "--input", input.toString());
        run("requeue", "broken/junk.txt");

        Result now = run("quarantine");
        Result history = run("quarantine", "--history");

        assertThat(now.out()).contains("empty.txt\t").doesNotContain("broken/junk.txt").endsWith("1 quarantined\n");
        assertThat(history.out()).contains("broken/junk.txt").endsWith("4 quarantined\n");
    }

    @Test
    void everyExecutionCommandNamesAnUnknownExecutionInOneLine() {
        run("status");
        for (String command : List.of("stop", "abandon", "recover", "restart")) {
            Result result = run(command, "999");

            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.err().strip()).as(command).contains("no execution 999").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void aRunHeldByALiveProcessRefusesOthersUntilThatProcessIsGone() throws Exception {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        String execution = leaveLastExecutionAsKilled();
        Process owner = new ProcessBuilder("sleep", "60").start();
        try {
            holdRunLock(owner.pid());

            Result refused = run("run", "--input", input.toString());
            Result recoverRefused = run("recover", execution);
            Result abandonRefused = run("abandon", execution);

            assertThat(refused.exitCode()).isEqualTo(3);
            assertThat(refused.err()).contains("Refused: an import is running in process " + owner.pid())
                    .as("names the execution to stop").contains("(execution " + execution + ")").contains("'stop " + execution + "'");
            assertThat(recoverRefused.exitCode()).isEqualTo(3);
            assertThat(abandonRefused.exitCode()).isEqualTo(1);
            assertThat(abandonRefused.err()).contains("is running");
        } finally {
            owner.destroyForcibly().waitFor();
        }

        Result runAfterOwnerDied = run("run", "--input", input.toString());

        assertThat(runAfterOwnerDied.exitCode()).as(runAfterOwnerDied.err()).isZero();
        assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + execution))
                .as("the dead process's execution is recovered, so that it can be restarted").containsExactly("FAILED");
    }

    @Test
    void restartLastFailedRecoversAKilledRunAndResumesIt() throws Exception {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        String execution = leaveLastExecutionAsKilled();
        Process owner = new ProcessBuilder("sleep", "60").start();
        holdRunLock(owner.pid());
        owner.destroyForcibly().waitFor();

        Result restarted = run("restart", "--last-failed");

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID > " + execution)).containsExactly("COMPLETED");
        assertThat(query("SELECT COUNT(*) FROM run_lock")).as("the lock is released").containsExactly("0");
        assertThat(query("SELECT COUNT(*) FROM bi_article")).containsExactly("4");
    }

    @Test
    void recoverMarksAKilledRunFailedOnceItsProcessIsGone() throws Exception {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        String execution = leaveLastExecutionAsKilled();

        Result recovered = run("recover", execution);
        Result restarted = run("restart", execution);

        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("is now FAILED");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
    }

    @Test
    void stopFromAnotherProcessEndsTheRunAtAChunkBoundaryAndRestartFinishesIt() throws Exception {
        List<String> texts = FixtureArticles.sixDistinctArticles();
        // enough files, one partition, one file a chunk: the run is still going when the stop (a context of its own) lands
        for (int i = 0; i < FILES_TO_STOP; i++) {
            Files.writeString(input.resolve("a" + i + ".txt"), texts.get(i % texts.size()) + "\n\nتحديث رقم " + i + " للخبر.");
        }
        java.util.concurrent.CompletableFuture<Result> running = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> run("run", "--input", input.toString(), "--marsad.import.chunk-size=1", "--marsad.import.threads=1"));
        String execution = awaitCommittedChunks(3);

        Result stop = run("stop", execution);
        Result stopped = running.get(120, java.util.concurrent.TimeUnit.SECONDS);
        List<String> pendingAfterStop = query("SELECT COUNT(*) FROM bi_file WHERE status = 'PENDING'");
        Result statusAfterStop = run("status");
        Result restarted = run("restart", "--last-failed");

        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stopped.exitCode()).as("a requested stop is no failure").isEqualTo(RunCommand.STOPPED);
        assertThat(stopped.out()).contains("STOPPED").contains("Stopped at the operator's request; resume with: java -jar etl-app/target/marsad.jar restart "
                + execution).doesNotContain("Failure").doesNotContain("JobInterruptedException");
        assertThat(statusAfterStop.out()).contains("STOPPED").contains("stopped at the operator's request; 'restart " + execution + "' resumes it")
                .contains("input " + input.toAbsolutePath().normalize()).doesNotContain("failure:").doesNotContain("Exception");
        assertThat(restarted.out()).contains("Restart of the last failed or stopped execution (" + input.toAbsolutePath().normalize() + "): COMPLETED");
        assertThat(pendingAfterStop).as("the stopped run left work for the restart")
                .allSatisfy(n -> assertThat(Integer.parseInt(n)).isPositive());
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(query("SELECT COUNT(*) FROM bi_file WHERE status IN ('LOADED', 'DUPLICATE')")).as("every file settled once, though the restart uses another chunk size")
                .containsExactly(String.valueOf(FILES_TO_STOP));
        assertThat(query("SELECT COUNT(*) FROM bi_file WHERE status = 'LOADED'")).as("each new text loaded once")
                .isEqualTo(query("SELECT COUNT(*) FROM bi_article"));
    }

    /** Waits until the newest execution's extract partitions committed at least this many chunks; returns that execution. */
    private String awaitCommittedChunks(int chunks) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> running = queryOrEmpty("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_STEP_EXECUTION s "
                    + "ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE e.STATUS = 'STARTED' AND s.STEP_NAME LIKE 'extractPartitionStep%' "
                    + "GROUP BY e.JOB_EXECUTION_ID HAVING SUM(s.COMMIT_COUNT) >= " + chunks);
            if (!running.isEmpty()) {
                return running.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no execution committed " + chunks + " chunks within a minute");
    }

    @Test
    void aNightIsImportedOnceWhenTheSchedulerFiresTwice() throws SQLException {
        FixtureArticles.writeMixedSet(input);

        Result first = run("run", "--input", input.toString(), "--run-date", "2026-11-01");
        Result again = run("run", "--input", input.toString(), "--run-date", "2026-11-01");
        Result nextNight = run("run", "--input", input.toString(), "--run-date", "2026-11-02");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Refused: the run for 2026-11-01 over this folder already completed");
        assertThat(nextNight.exitCode()).as(nextNight.err()).isZero();
        assertThat(query("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("2");
    }

    @Test
    void anAbandonedExecutionIsNeverRestarted() throws SQLException {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        String execution = leaveLastExecutionAsKilled();
        run("recover", execution);

        Result abandoned = run("abandon", execution);
        Result restart = run("restart", execution);

        assertThat(abandoned.exitCode()).as(abandoned.err()).isZero();
        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).contains("Refused: execution " + execution + " was abandoned: it is never restarted");
        assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + execution)).containsExactly("ABANDONED");
    }

    @Test
    void loadsTheFiveSeedsOnce() throws SQLException {
        Path seeds = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
        assumeThat(Files.isDirectory(seeds)).as("shared corpus not found at %s (set -Dmarsad.corpus.dir)", seeds).isTrue();

        Result first = run("run", "--input", seeds.toString());
        Result second = run("run", "--input", seeds.toString());

        assertThat(first.out).containsPattern("articles loaded +5");
        assertThat(second.out).containsPattern("articles loaded +0");
        assertThat(query("SELECT COUNT(*) FROM bi_article WHERE file_path LIKE '%.txt'")).containsExactly("5");
    }

    Result run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--spring.datasource.url=" + url());
        args.add("--spring.datasource.username=" + user());
        args.add("--spring.datasource.password=" + password());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MarsadCommandLine.standard().execute(new PrintWriter(out, true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Leaves the newest execution as SIGKILL leaves it: still STARTED, no end time. */
    private String leaveLastExecutionAsKilled() throws SQLException {
        String execution = query("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").get(0);
        update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL WHERE JOB_EXECUTION_ID = "
                + execution);
        return execution;
    }

    /** Writes the run lock as a process of this host with the given pid would hold it. */
    private void holdRunLock(long pid) throws Exception {
        update("DELETE FROM run_lock");
        update("INSERT INTO run_lock (lock_name, owner_host, owner_pid, owner_token, acquired_at, heartbeat_at) VALUES ('articleImport', '"
                + java.net.InetAddress.getLocalHost().getHostName() + "', " + pid + ", 'test', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))");
    }

    private void update(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Empty until the database has the tables: the run being waited for may still be migrating it. */
    private List<String> queryOrEmpty(String sql) {
        try {
            return query(sql);
        } catch (SQLException notYet) {
            return List.of();
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(), user(), password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    record Result(int exitCode, String out, String err) {
    }
}
