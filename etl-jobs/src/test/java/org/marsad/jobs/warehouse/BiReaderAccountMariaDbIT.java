package org.marsad.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.jobs.JobsTestApplication;
import org.marsad.jobs.importing.WarehouseFixtures;
import org.marsad.jobs.support.MariaDbTestDatabase;
import org.marsad.jobs.support.WarehouseTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The BI account reads the bi_ views and nothing else, and writes nothing. */
@SpringBootTest(classes = JobsTestApplication.class)
class BiReaderAccountMariaDbIT {

    private static final String PASSWORD = "bi-'secret\\1";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    BiReaderAccount account;
    @Value("${spring.datasource.url}")
    String url;

    private final String user = "bi_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void loadFixtures() {
        WarehouseTables.clear(jdbc);
        BiFixtureSet.load(new WarehouseFixtures(jdbc, transaction));
    }

    @AfterEach
    void dropAccount() {
        jdbc.execute("DROP USER IF EXISTS '" + user + "'@'%'");
    }

    @Test
    void grantsSelectOnEveryBiViewAndNothingElse() throws SQLException {
        List<String> granted = account.createOrUpdate(user, "%", PASSWORD);

        assertThat(granted).contains("bi_article", "bi_entity_mention", "bi_quantity", "bi_quote", "bi_date_mention", "bi_file",
                "bi_articles_per_source_day", "bi_entity_mentions_per_month", "bi_quantities_per_month");
        try (Connection bi = DriverManager.getConnection(url, user, PASSWORD); Statement s = bi.createStatement()) {
            for (String view : granted) {
                s.executeQuery("SELECT * FROM " + view).close();
            }
            assertDenied(s, "SELECT * FROM fact_article");
            assertDenied(s, "SELECT * FROM dim_entity");
            assertDenied(s, "SELECT * FROM BATCH_JOB_EXECUTION");
            assertDenied(s, "UPDATE bi_file SET status = 'LOADED'");
            assertDenied(s, "DELETE FROM bi_article");
            assertDenied(s, "INSERT INTO fact_article (word_count) VALUES (1)");
            assertDenied(s, "CREATE TABLE stolen (id INT)");
            assertDenied(s, "DROP VIEW bi_article");
        }
    }

    @Test
    void runningAgainUpdatesThePasswordAndKeepsTheGrants() throws SQLException {
        account.createOrUpdate(user, "%", "first-password");
        account.createOrUpdate(user, "%", PASSWORD);

        try (Connection bi = DriverManager.getConnection(url, user, PASSWORD); Statement s = bi.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM bi_article").next()).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, "first-password").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void rejectsNamesThatCouldInjectSql() {
        assertThatThrownBy(() -> account.createOrUpdate("bi'; DROP TABLE fact_article; --", "%", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertDenied(Statement s, String sql) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining("denied");
    }
}
