package org.marsad.app.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** {@code run} on the zero-setup default: an H2 file database in MariaDB mode. */
class RunCommandH2IT extends RunCommandScenarios {

    @TempDir
    Path data;

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
