package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.jobs.support.MariaDbTestDatabase;

/** {@code run} against real MariaDB, each test in a database of its own. */
class RunCommandMariaDbIT extends RunCommandScenarios {

    private String url;

    @BeforeEach
    void createDatabase() {
        url = MariaDbTestDatabase.create();
    }

    @Test
    void biAccountCommandCreatesAnAccountThatReadsTheViews() throws SQLException {
        run("run", "--input", "../samples");

        Result result = run("bi-account", "--user", "bi_cli_test", "--password=cli-secret");

        try {
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("Account 'bi_cli_test'@'%' may read 10 views").contains("bi_article");
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
