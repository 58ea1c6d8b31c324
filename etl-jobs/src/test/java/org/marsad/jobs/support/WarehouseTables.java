package org.marsad.jobs.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the warehouse between tests that share a database (the job repository is left alone). */
public final class WarehouseTables {

    private WarehouseTables() {
    }

    public static void clear(JdbcTemplate jdbc) {
        for (String table : new String[] {"fact_entity_mention", "fact_quantity", "fact_quote", "fact_date_mention", "fact_event",
            "fact_near_duplicate", "fact_article_band", "article_link_queue"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE fact_file SET article_id = NULL");
        jdbc.update("DELETE FROM fact_article");
        jdbc.update("DELETE FROM fact_file WHERE parent_file_id IS NOT NULL");
        jdbc.update("DELETE FROM fact_file");
        jdbc.update("DELETE FROM dim_entity_alias");
        jdbc.update("DELETE FROM dim_entity");
        jdbc.update("DELETE FROM dim_source_alias");
        jdbc.update("DELETE FROM dim_source");
        jdbc.update("DELETE FROM run_lock");
    }
}
