package org.marsad.jobs.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the warehouse between tests that share a database (the job repository is left alone). */
public final class WarehouseTables {

    private WarehouseTables() {
    }

    public static void clear(JdbcTemplate jdbc) {
        jdbc.update("UPDATE fact_file SET article_id = NULL");
        jdbc.update("DELETE FROM fact_article");
        jdbc.update("DELETE FROM fact_file");
        jdbc.update("DELETE FROM dim_source");
    }
}
