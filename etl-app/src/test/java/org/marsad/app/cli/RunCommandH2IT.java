package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on the zero-setup default: an H2 file database in MariaDB mode. */
class RunCommandH2IT extends RunCommandScenarios {

    @TempDir
    Path data;

    /**
     * The commands that read or flag the repository start without migrations: on a database no run has
     * migrated they say so and create nothing.
     */
    @Test
    void repositoryCommandsReadADatabaseNoRunMigratedWithoutMigratingIt() throws Exception {
        Result status = run("status");
        Result quarantine = run("quarantine");
        Result stop = run("stop", "7");
        Result abandon = run("abandon", "7");
        Result recover = run("recover", "7");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).isEqualTo("No import has run on this database yet." + System.lineSeparator());
        assertThat(quarantine.out()).contains("0 quarantined");
        for (Result flag : java.util.List.of(stop, abandon, recover)) {
            assertThat(flag.exitCode()).isEqualTo(1);
            assertThat(flag.err()).isEqualTo("Refused: no execution 7: 'status' lists the executions" + System.lineSeparator());
        }
        try (Connection c = DriverManager.getConnection(url(), user(), password());
                ResultSet tables = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables created").isZero();
        }
    }

    @Override
    String url() {
        return "jdbc:h2:file:" + data.resolve("marsad") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
