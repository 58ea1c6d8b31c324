package org.marsad.jobs.warehouse;

import org.marsad.jobs.support.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The warehouse on real MariaDB. */
class WarehouseMariaDbIT extends WarehouseScenarios {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
