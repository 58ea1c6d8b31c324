package org.marsad.jobs.warehouse;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.entity.NameKey;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Resolves entity mentions to {@code dim_entity} keys by type and match key, through canonical names
 * and aliases, in one query per chunk for the names not cached; unknown entities are created. One
 * instance per step execution: its cache lives as long as the run.
 */
public class EntityKeys {

    /** An entity's natural key ({@link NameKey}: spellings of one name meet). */
    public record Key(EntityType type, String matchKey) {

        public static Key of(EntityMention mention) {
            return new Key(mention.type(), ColumnText.fit(NameKey.of(mention.type(), mention.canonicalName()), 300));
        }

        /** The key versions before 0.7 wrote (spelling folded, spacing and transliteration not): their rows are found by it. */
        Key legacy(EntityMention mention) {
            return new Key(type, ColumnText.fit(ArabicMatchKey.of(mention.canonicalName()), 300));
        }
    }

    private static final String FIND = """
            SELECT entity_id, entity_type, match_key FROM dim_entity WHERE match_key IN (:keys)
            UNION ALL
            SELECT e.entity_id, e.entity_type, a.match_key FROM dim_entity_alias a JOIN dim_entity e ON e.entity_id = a.entity_id
            WHERE a.match_key IN (:keys)""";

    private static final Comparator<Key> IN_KEY_ORDER = Comparator.comparing((Key k) -> k.type().name()).thenComparing(Key::matchKey);

    private final NamedParameterJdbcTemplate jdbc;
    private final CommittedKeyCache<Key> cache = new CommittedKeyCache<>();

    public EntityKeys(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Key, Long> keysOf(Collection<EntityMention> mentions) {
        Map<Key, Long> ids = new HashMap<>();
        // created in one order by every partition: two chunks adding the same new names in different orders
        // took each other's unique-key locks and deadlocked (seven retried chunks in 10,000 articles)
        Map<Key, String> missing = new TreeMap<>(IN_KEY_ORDER);
        Map<Key, Key> byLegacyKey = new HashMap<>();
        for (EntityMention m : mentions) {
            Key key = Key.of(m);
            Long cached = cache.get(key);
            if (cached != null) {
                ids.put(key, cached);
            } else {
                missing.putIfAbsent(key, ColumnText.fit(m.canonicalName().strip(), 300));
                Key legacy = key.legacy(m);
                if (!legacy.equals(key)) {
                    byLegacyKey.putIfAbsent(legacy, key);
                }
            }
        }
        if (!missing.isEmpty()) {
            find(missing.keySet(), ids);
            missing.keySet().removeAll(ids.keySet());
            findByLegacyKeys(byLegacyKey, missing, ids);
            create(missing, ids);
        }
        return ids;
    }

    private void find(Set<Key> keys, Map<Key, Long> ids) {
        Set<String> matchKeys = new LinkedHashSet<>();
        keys.forEach(k -> matchKeys.add(k.matchKey()));
        jdbc.query(FIND, Map.of("keys", matchKeys), rs -> {
            Key key = new Key(EntityType.valueOf(rs.getString(2)), rs.getString(3));
            if (keys.contains(key)) {
                ids.put(key, rs.getLong(1));
                cache.put(key, rs.getLong(1));
            }
        });
    }

    /** Entities an earlier version created under its key (عبد العزيز with its space) are found by that key, not created again. */
    private void findByLegacyKeys(Map<Key, Key> byLegacyKey, Map<Key, String> missing, Map<Key, Long> ids) {
        byLegacyKey.values().removeIf(key -> !missing.containsKey(key));
        if (byLegacyKey.isEmpty()) {
            return;
        }
        Map<Key, Long> found = new HashMap<>();
        find(byLegacyKey.keySet(), found);
        found.forEach((legacy, id) -> {
            Key key = byLegacyKey.get(legacy);
            ids.put(key, id);
            cache.put(key, id);
            missing.remove(key);
        });
    }

    private void create(Map<Key, String> missing, Map<Key, Long> ids) {
        if (missing.isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = missing.entrySet().stream()
                .<SqlParameterSource>map(e -> new MapSqlParameterSource().addValue("type", e.getKey().type().name())
                        .addValue("name", e.getValue()).addValue("key", e.getKey().matchKey()))
                .toList();
        jdbc.batchUpdate("INSERT INTO dim_entity (entity_type, canonical_name, match_key) VALUES (:type, :name, :key)",
                rows.toArray(SqlParameterSource[]::new));
        Map<Key, Long> created = new HashMap<>();
        find(missing.keySet(), created);
        created.forEach((key, id) -> {
            ids.put(key, id);
            cache.put(key, id);
        });
    }
}
