package org.marsad.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.jobs.support.MariaDbTestDatabase;

/** {@code run} against real MariaDB, each test in a database of its own. */
class RunCommandMariaDbIT extends RunCommandScenarios {

    private String url;

    @BeforeEach
    void createDatabase() {
        url = MariaDbTestDatabase.create();
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
