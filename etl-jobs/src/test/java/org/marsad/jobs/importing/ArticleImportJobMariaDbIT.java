package org.marsad.jobs.importing;

import org.marsad.jobs.support.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import job on real MariaDB: the server of the test settings, or an embedded one. */
class ArticleImportJobMariaDbIT extends ArticleImportJobScenarios {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
