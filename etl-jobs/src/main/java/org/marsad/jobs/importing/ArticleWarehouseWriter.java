package org.marsad.jobs.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.core.Article;
import org.marsad.core.ArticleFacts;
import org.marsad.core.ExtractedArticle;
import org.marsad.core.encoding.CharsetDetection;
import org.marsad.jobs.warehouse.ArticleFactsWriter;
import org.marsad.jobs.warehouse.CalendarKey;
import org.marsad.jobs.warehouse.SourceKeys;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes a chunk of outcomes into the warehouse in the chunk's transaction: new articles into
 * {@code fact_article} with their facts, and every file's row settled (LOADED, DUPLICATE or
 * QUARANTINED). A handful of statements per chunk, each batched: look up known content hashes, insert
 * the new articles, their facts, update the file rows. Dimension keys come from caches. An article
 * whose text is already stored, by an earlier run or earlier in the same chunk, is not written again.
 */
class ArticleWarehouseWriter implements ItemWriter<ImportOutcome> {

    private static final String KNOWN_HASHES = "SELECT content_hash, article_id FROM fact_article WHERE content_hash IN (:hashes)";
    private static final String INSERT_ARTICLE = """
            INSERT INTO fact_article (source_id, title, author, dateline, published_at, published_date_key, language,
                                      reads_count, word_count, body, content_hash, origin_file_id, loaded_at, job_execution_id)
            VALUES (:sourceId, :title, :author, :dateline, :publishedAt, :publishedDateKey, :language,
                    :readsCount, :wordCount, :body, :contentHash, :originFileId, :loadedAt, :jobExecutionId)""";
    private static final String SETTLE_FILE = """
            UPDATE fact_file SET status = :status, reason = :reason, media_type = :mediaType, charset = :charset,
                   charset_method = :charsetMethod, charset_confidence = :charsetConfidence, content_hash = :contentHash,
                   article_id = :articleId, job_execution_id = :jobExecutionId
            WHERE file_id = :fileId""";

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceKeys sourceKeys;
    private final ArticleFactsWriter factsWriter;
    private final long jobExecutionId;
    private final Clock clock;

    ArticleWarehouseWriter(NamedParameterJdbcTemplate jdbc, SourceKeys sourceKeys, ArticleFactsWriter factsWriter,
            long jobExecutionId, Clock clock) {
        this.jdbc = jdbc;
        this.sourceKeys = sourceKeys;
        this.factsWriter = factsWriter;
        this.jobExecutionId = jobExecutionId;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) {
        Map<String, ImportOutcome> firstByHash = new LinkedHashMap<>();
        for (ImportOutcome outcome : chunk) {
            if (!outcome.isQuarantined()) {
                firstByHash.putIfAbsent(outcome.extracted().article().contentHash(), outcome);
            }
        }
        Map<String, Long> articleIds = articleIdsByHash(firstByHash.keySet());
        List<ImportOutcome> fresh = firstByHash.values().stream()
                .filter(o -> !articleIds.containsKey(o.extracted().article().contentHash()))
                .toList();
        insertArticles(fresh);
        articleIds.putAll(articleIdsByHash(hashesOf(fresh)));
        Map<Long, ArticleFacts> facts = new LinkedHashMap<>();
        fresh.forEach(o -> facts.put(articleIds.get(o.extracted().article().contentHash()), o.extracted().facts()));
        factsWriter.replace(facts);
        settleFiles(chunk, fresh, articleIds);
    }

    private Map<String, Long> articleIdsByHash(Set<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        if (!hashes.isEmpty()) {
            jdbc.query(KNOWN_HASHES, Map.of("hashes", hashes), rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            });
        }
        return ids;
    }

    private void insertArticles(List<ImportOutcome> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        SqlParameterSource[] rows = fresh.stream().map(o -> {
            Article a = o.extracted().article();
            return new MapSqlParameterSource()
                    .addValue("sourceId", sourceKeys.keyOf(a.sourceName()))
                    .addValue("publishedDateKey", a.publishedAt() == null ? null : CalendarKey.of(a.publishedAt().toLocalDate()))
                    .addValue("title", a.title())
                    .addValue("author", a.author())
                    .addValue("dateline", a.dateline())
                    .addValue("publishedAt", a.publishedAt() == null ? null : Timestamp.valueOf(a.publishedAt()))
                    .addValue("language", a.language())
                    .addValue("readsCount", a.readsCount())
                    .addValue("wordCount", a.wordCount())
                    .addValue("body", a.body())
                    .addValue("contentHash", a.contentHash())
                    .addValue("originFileId", o.file().fileId())
                    .addValue("loadedAt", now)
                    .addValue("jobExecutionId", jobExecutionId);
        }).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT_ARTICLE, rows);
    }

    private void settleFiles(Chunk<? extends ImportOutcome> chunk, List<ImportOutcome> fresh, Map<String, Long> articleIds) {
        Set<Long> loadedFileIds = new HashSet<>();
        fresh.forEach(o -> loadedFileIds.add(o.file().fileId()));
        List<SqlParameterSource> rows = new ArrayList<>(chunk.size());
        for (ImportOutcome outcome : chunk) {
            MapSqlParameterSource row = new MapSqlParameterSource()
                    .addValue("fileId", outcome.file().fileId())
                    .addValue("jobExecutionId", jobExecutionId)
                    .addValue("reason", outcome.quarantineReason());
            ExtractedArticle extracted = outcome.extracted();
            if (extracted == null) {
                row.addValue("status", FileStatus.QUARANTINED.name()).addValue("mediaType", null).addValue("contentHash", null)
                        .addValue("articleId", null);
                addCharset(row, null);
            } else {
                String hash = extracted.article().contentHash();
                FileStatus status = loadedFileIds.contains(outcome.file().fileId()) ? FileStatus.LOADED : FileStatus.DUPLICATE;
                row.addValue("status", status.name()).addValue("mediaType", extracted.mediaType())
                        .addValue("contentHash", hash).addValue("articleId", articleIds.get(hash));
                addCharset(row, extracted.charset());
            }
            rows.add(row);
        }
        jdbc.batchUpdate(SETTLE_FILE, rows.toArray(SqlParameterSource[]::new));
    }

    private static void addCharset(MapSqlParameterSource row, CharsetDetection charset) {
        row.addValue("charset", charset == null ? null : charset.charsetName())
                .addValue("charsetMethod", charset == null ? null : charset.method().name())
                .addValue("charsetConfidence", charset == null ? null : charset.confidence());
    }

    private static Set<String> hashesOf(List<ImportOutcome> outcomes) {
        Set<String> hashes = new HashSet<>();
        outcomes.forEach(o -> hashes.add(o.extracted().article().contentHash()));
        return hashes;
    }
}
