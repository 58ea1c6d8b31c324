package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.jobs.support.FixtureArticles;
import org.marsad.jobs.support.MariaDbTestDatabase;

/** {@code run} against real MariaDB, each test in a database of its own. */
class RunCommandMariaDbIT extends RunCommandScenarios {

    private String url;

    @BeforeEach
    void createDatabase() {
        url = MariaDbTestDatabase.create();
    }

    @Test
    void aRunThatFailsMidwayIsResumedByRestartLastFailed() throws SQLException {
        FixtureArticles.writeDistinct(input, FixtureArticles.sixDistinctArticles());
        run("restart", "--last-failed"); // nothing to restart: starts the whole application, which migrates the empty database
        try (Connection c = DriverManager.getConnection(url, user(), password())) {
            c.createStatement().execute("""
                    CREATE TRIGGER test_fault BEFORE INSERT ON fact_article FOR EACH ROW
                    BEGIN
                      IF (SELECT COUNT(*) FROM fact_article) >= 2 THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected database fault';
                      END IF;
                    END""");
        }

        Result failed = run("run", "--input", input.toString(), "--marsad.import.chunk-size=2");
        try (Connection c = DriverManager.getConnection(url, user(), password())) {
            c.createStatement().execute("DROP TRIGGER test_fault");
        }
        Result restarted = run("restart", "--last-failed", "--marsad.import.chunk-size=2");
        Result abandonCompleted = run("abandon", restarted.out().replaceAll("(?s).*job execution (\\d+).*", "$1"));

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED").containsPattern("articles loaded +2").containsPattern("not yet read +4");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).as("the restart reports the four it loaded").contains("COMPLETED").containsPattern("articles loaded +4");
        assertThat(abandonCompleted.exitCode()).as("a completed execution is not abandoned").isEqualTo(1);
        assertThat(abandonCompleted.err()).contains("completed: nothing to abandon");
        try (Connection c = DriverManager.getConnection(url, user(), password());
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM fact_article")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(6);
            assertThat(rs.getInt(2)).isEqualTo(6);
        }
    }

    @Test
    void biAccountCommandCreatesAnAccountThatReadsTheViews() throws SQLException {
        run("run", "--input", "../samples");

        Result result = run("bi-account", "--user", "bi_cli_test", "--password=cli-secret");

        try {
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("Account 'bi_cli_test'@'%' may read 14 views").contains("bi_article");
            try (Connection bi = DriverManager.getConnection(url, "bi_cli_test", "cli-secret");
                    ResultSet rs = bi.createStatement().executeQuery("SELECT COUNT(*) FROM bi_article")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user(), password())) {
                admin.createStatement().execute("DROP USER IF EXISTS 'bi_cli_test'@'%'");
            }
        }
    }

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return MariaDbTestDatabase.user();
    }

    @Override
    String password() {
        return MariaDbTestDatabase.password();
    }
}
