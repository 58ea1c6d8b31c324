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
                .containsPattern("files seen +7").containsPattern("articles loaded +4").containsPattern("duplicates +1")
                .containsPattern("quarantined +2").contains("WHERE status = 'QUARANTINED'");
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
    void aRunKilledMidwayBlocksNewRunsUntilRecoveredAndRestarted() throws SQLException {
        FixtureArticles.writeMixedSet(input);
        run("run", "--input", input.toString());
        String execution = leaveLastExecutionAsKilled();

        Result refused = run("run", "--input", input.toString());
        Result abandonRefused = run("abandon", execution);
        Result recovered = run("recover", execution);
        Result restarted = run("restart", execution);

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("execution " + execution + " is running").contains("recover " + execution);
        assertThat(abandonRefused.exitCode()).isEqualTo(1);
        assertThat(abandonRefused.err()).contains("is running");
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("is now FAILED");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(query("SELECT COUNT(*) FROM bi_article")).containsExactly("4");
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

    private void update(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
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
