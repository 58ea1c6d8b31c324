package org.marsad.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.jobs.JobsTestApplication;
import org.marsad.jobs.importing.WarehouseFixtures;
import org.marsad.jobs.support.MariaDbTestDatabase;
import org.marsad.jobs.support.WarehouseTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Each sample BI query of sql/bi, run as a BI user would run it, on MariaDB over {@link BiFixtureSet}. */
@SpringBootTest(classes = JobsTestApplication.class)
class BiQueriesMariaDbIT {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    List<Long> ids;

    @BeforeEach
    void loadFixtures() {
        WarehouseTables.clear(jdbc);
        ids = BiFixtureSet.load(new WarehouseFixtures(jdbc, transaction));
    }

    @Test
    void topPeopleThisMonth() throws IOException {
        assertThat(run("top_people_this_month.sql")).extracting(r -> r.get("entity_name") + " " + r.get("articles") + " " + r.get("mentions"))
                .containsExactly("نجم الجبوري 2 3", "خالد العبيدي 1 1");
    }

    /** A war's toll since its start (CUMULATIVE) is no month's deaths: last month keeps its one incident of 30. */
    @Test
    void killedPerMonthCountsIncidentsAndPeriodsOnly() throws IOException {
        LocalDate thisMonth = BiFixtureSet.THIS_MONTH.toLocalDate().withDayOfMonth(1);
        assertThat(run("killed_per_month.sql")).extracting(r -> r.get("published_month") + " " + number(r, "total_killed") + " "
                + number(r, "largest_report") + " " + r.get("articles"))
                .containsExactly(thisMonth.minusMonths(1) + " 30 30 1", thisMonth + " 19 12 2");
    }

    /** Where and when they happened, not when published: the yearly total of 2021 stays a year's figure. */
    @Test
    void killedByCountryAndMonthKeepsEachPeriodAtItsGranularity() throws IOException {
        jdbc.update("INSERT INTO fact_near_duplicate (article_id, similar_article_id, similarity) VALUES (?, ?, 0.9)", ids.get(1), ids.get(0));
        LocalDate mosulMonth = BiFixtureSet.THIS_MONTH.toLocalDate().minusDays(1).withDayOfMonth(1);
        assertThat(run("killed_by_country_month.sql")).extracting(r -> r.get("country") + " " + number(r, "period_year") + " "
                + r.get("period_month") + " " + r.get("period_level") + " " + number(r, "killed") + " " + number(r, "reports"))
                .containsExactly("العراق 2021 null YEAR 30 1", "العراق " + mosulMonth.getYear() + " " + mosulMonth + " MONTH 12 1");
    }

    @Test
    void arrestsByActor() throws IOException {
        assertThat(run("arrests_by_actor.sql")).extracting(r -> r.get("actor") + " " + r.get("actor_type") + " " + number(r, "arrested"))
                .containsExactly("قوات الأمن FORCE 5");
    }

    @Test
    void airstrikesByRegion() throws IOException {
        assertThat(run("airstrikes_by_region.sql")).extracting(r -> r.get("country") + " " + r.get("region") + " " + number(r, "airstrikes"))
                .containsExactly("العراق نينوى 40");
    }

    @Test
    void outletsCoveringAnOrganisationMergeAliases() throws IOException {
        assertThat(run("outlets_covering_organisation.sql")).extracting(r -> r.get("source_name") + " " + r.get("articles"))
                .containsExactly("بوابة الوسط 2", "مرصد نينوى 1");
    }

    @Test
    void coMentionedEntities() throws IOException {
        List<Map<String, Object>> pairs = run("co_mentioned_entities.sql");
        assertThat(pairs.subList(0, 3)).extracting(r -> r.get("articles")).containsOnly(2L);
        assertThat(pairs.subList(0, 3)).extracting(r -> r.get("first_entity") + "+" + r.get("second_entity"))
                .containsExactlyInAnyOrder("الموصل+داعش", "الموصل+نجم الجبوري", "داعش+نجم الجبوري");
        assertThat(pairs).extracting(r -> r.get("first_entity") + "+" + r.get("second_entity")).contains("بغداد+داعش");
    }

    @Test
    void fullTextSearchFindsWholeWords() throws IOException {
        assertThat(run("full_text_search.sql")).extracting(r -> ((Number) r.get("article_id")).longValue())
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    }

    private List<Map<String, Object>> run(String file) throws IOException {
        String sql = new ClassPathResource("db/bi/" + file).getContentAsString(StandardCharsets.UTF_8);
        return jdbc.queryForList(sql);
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
