package org.marsad.jobs.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.marsad.core.Article;
import org.marsad.core.ArticleFacts;
import org.marsad.core.ExtractedArticle;
import org.marsad.core.ExtractedRecord;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.jobs.warehouse.ArticleFactsWriter;
import org.marsad.jobs.warehouse.EntityKeys;
import org.marsad.jobs.warehouse.SourceKeys;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads articles with their facts through the import's own writer, the way a run writes them, for
 * tests of the warehouse and its BI queries.
 */
public final class WarehouseFixtures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ArticleWarehouseWriter writer;

    public WarehouseFixtures(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        this.writer = new ArticleWarehouseWriter(named, new SourceKeys(named), newFactsWriter(jdbc), new NearDuplicateLinker(named), 1L, 1L, 0L,
                Clock.system(ZoneOffset.UTC));
    }

    public static ArticleFactsWriter newFactsWriter(JdbcTemplate jdbc) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        return new ArticleFactsWriter(named, new EntityKeys(named));
    }

    /** An outlet with all the names it goes by. */
    public void registerOutlet(String canonicalName, String... aliases) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO dim_source (name) VALUES (?)", new String[] {"source_id"});
            s.setString(1, canonicalName);
            return s;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("INSERT INTO dim_source_alias (alias_key, alias, source_id) VALUES (?, ?, ?)", ArabicMatchKey.of(canonicalName),
                canonicalName, id);
        for (String alias : aliases) {
            jdbc.update("INSERT INTO dim_source_alias (alias_key, alias, source_id) VALUES (?, ?, ?)", ArabicMatchKey.of(alias), alias, id);
        }
    }

    /** An entity with the other names it goes by. */
    public void registerEntity(String type, String canonicalName, String... aliases) {
        jdbc.update("INSERT INTO dim_entity (entity_type, canonical_name, match_key) VALUES (?, ?, ?)", type, canonicalName,
                ArabicMatchKey.of(canonicalName));
        Long id = jdbc.queryForObject("SELECT entity_id FROM dim_entity WHERE entity_type = ? AND match_key = ?", Long.class, type,
                ArabicMatchKey.of(canonicalName));
        for (String alias : aliases) {
            jdbc.update("INSERT INTO dim_entity_alias (entity_id, alias, match_key) VALUES (?, ?, ?)", id, alias, ArabicMatchKey.of(alias));
        }
    }

    /** Writes the articles in one chunk transaction; returns their ids in order. */
    public List<Long> load(List<Article> articles, List<ArticleFacts> facts) {
        return transaction.execute(status -> {
            Chunk<ImportOutcome> chunk = new Chunk<>();
            for (int i = 0; i < articles.size(); i++) {
                RegisteredFile file = registerFile("fixture/" + articles.get(i).contentHash().substring(0, 12) + ".txt");
                chunk.add(new ImportOutcome(file, List.of(new ExtractedRecord(null,
                        new ExtractedArticle(articles.get(i), facts.get(i), "text/plain", null), null))));
            }
            writer.write(chunk);
            return articles.stream()
                    .map(a -> jdbc.queryForObject("SELECT article_id FROM fact_article WHERE content_hash = ?", Long.class, a.contentHash()))
                    .toList();
        });
    }

    private RegisteredFile registerFile(String path) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, size_bytes, status, seen_at) "
                    + "VALUES (1, 1, ?, 1, 'PENDING', ?)", new String[] {"file_id"});
            s.setString(1, path);
            s.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            return s;
        }, key);
        return new RegisteredFile(key.getKey().longValue(), path, 1);
    }
}
