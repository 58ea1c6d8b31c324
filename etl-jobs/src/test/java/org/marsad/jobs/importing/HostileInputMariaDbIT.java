package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.marsad.jobs.support.MariaDbTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hostile folder on real MariaDB with the server's defaults (strict mode, 16 MB max_allowed_packet). */
class HostileInputMariaDbIT extends HostileInputScenarios {

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @Test
    void articleTextIsLimitedByTheServersMaxAllowedPacketLessRoomForTheRest() {
        long packet = jdbc.queryForObject("SELECT @@max_allowed_packet", Long.class);

        assertThat(StatementSizeLimit.maxTextBytes(dataSource)).isEqualTo(packet - 1024 * 1024);
    }
}
