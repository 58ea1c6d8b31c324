package org.marsad.jobs.warehouse;

import java.util.Map;

import org.marsad.core.text.ArabicMatchKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Resolves an outlet name to its {@code dim_source} key through the alias table, so that every name
 * an outlet goes by lands on one row. An outlet never seen before gets a row named as given. One
 * instance per step execution: its cache lives as long as the run.
 */
public class SourceKeys {

    private final NamedParameterJdbcTemplate jdbc;
    private final CommittedKeyCache<String> cache = new CommittedKeyCache<>();

    public SourceKeys(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of the outlet {@code name}, null for a null name. */
    public Long keyOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String aliasKey = ColumnText.fit(ArabicMatchKey.of(name), 200);
        Long cached = cache.get(aliasKey);
        if (cached != null) {
            return cached;
        }
        Long found = find(aliasKey);
        if (found != null) {
            cache.put(aliasKey, found);
            return found;
        }
        long created = create(ColumnText.fit(name.strip(), 200), ColumnText.fit(aliasKey, 200));
        cache.put(aliasKey, created);
        return created;
    }

    private Long find(String aliasKey) {
        return jdbc.query("SELECT source_id FROM dim_source_alias WHERE alias_key = :key", Map.of("key", aliasKey),
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    private long create(String name, String aliasKey) {
        try {
            jdbc.update("INSERT INTO dim_source (name) VALUES (:name)", Map.of("name", name));
        } catch (DuplicateKeyException e) {
            // another name variant already created this canonical row; alias it below
        }
        long id = jdbc.queryForObject("SELECT source_id FROM dim_source WHERE name = :name", Map.of("name", name), Long.class);
        jdbc.update("INSERT INTO dim_source_alias (alias_key, alias, source_id) VALUES (:key, :alias, :id)",
                Map.of("key", aliasKey, "alias", name, "id", id));
        return id;
    }
}
