package org.marsad.jobs.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.core.Article;
import org.marsad.core.ArticleFacts;
import org.marsad.core.ExtractedArticle;
import org.marsad.core.ExtractedRecord;
import org.marsad.core.encoding.CharsetDetection;
import org.marsad.core.extract.duplicate.MinHash;
import org.marsad.jobs.warehouse.ArticleFactsWriter;
import org.marsad.jobs.warehouse.CalendarKey;
import org.marsad.jobs.warehouse.ColumnText;
import org.marsad.jobs.warehouse.SourceKeys;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes a chunk of outcomes into the warehouse in the chunk's transaction: new articles into
 * {@code fact_article} with their facts, and every file's row settled (LOADED, DUPLICATE, UNCHANGED,
 * REPLACED or QUARANTINED). A file read before under the same path whose text changed updates the
 * article it introduced in place (same article id, new text and facts: REPLACED), unless other files
 * share that article; one whose text did not change (only touched) is UNCHANGED. A file that holds several articles is settled as EXPANDED and gets a row per record.
 * A handful of statements per chunk, each batched: insert record rows, look up known content hashes,
 * insert the new articles and their facts, update the file rows. Dimension keys come from caches. An
 * article whose text is already stored, by an earlier run or earlier in the same chunk, is not written
 * again.
 */
class ArticleWarehouseWriter implements ItemWriter<ImportOutcome> {

    private static final String INSERT_RECORD_ROW = """
            INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, status, seen_at,
                                   parent_file_id)
            VALUES (:jobInstanceId, :jobExecutionId, :path, :pathKey, :inputKey, 0, 'PENDING', :seenAt, :parent)""";
    /**
     * What each path's rows pointed to, and how many paths share that article; the rows of earlier runs over the same
     * folder are kept in Java. Only the path key is a condition, for the reason given at FileRegistrationTasklet.PREVIOUS.
     */
    private static final String PREVIOUS_ARTICLES = """
            SELECT f.file_path, f.status, a.article_id, a.content_hash,
                   (SELECT COUNT(DISTINCT o.path_key) FROM fact_file o WHERE o.article_id = a.article_id) AS sharing_paths,
                   f.input_key, f.job_instance_id, f.file_id
            FROM fact_file f JOIN fact_article a ON a.article_id = f.article_id
            WHERE f.path_key IN (:keys)""";
    private static final String UPDATE_ARTICLE = """
            UPDATE fact_article SET source_id = :sourceId, title = :title, author = :author, dateline = :dateline,
                   published_at = :publishedAt, published_utc_offset = :publishedOffset, published_date_key = :publishedDateKey,
                   language = :language, reads_count = :readsCount, word_count = :wordCount, body = :body, content_hash = :contentHash,
                   loaded_at = :loadedAt, job_execution_id = :jobExecutionId, minhash = :minhash
            WHERE article_id = :articleId""";
    private static final String RECORD_ROWS = "SELECT file_id, file_path FROM fact_file WHERE parent_file_id IN (:parents)";
    private static final String KNOWN_HASHES = "SELECT content_hash, article_id FROM fact_article WHERE content_hash IN (:hashes)";
    private static final String INSERT_ARTICLE = """
            INSERT INTO fact_article (source_id, title, author, dateline, published_at, published_utc_offset, published_date_key,
                                      language, reads_count, word_count, body, content_hash, origin_file_id, loaded_at, job_execution_id,
                                      minhash)
            VALUES (:sourceId, :title, :author, :dateline, :publishedAt, :publishedOffset, :publishedDateKey,
                    :language, :readsCount, :wordCount, :body, :contentHash, :originFileId, :loadedAt, :jobExecutionId,
                    :minhash)""";
    private static final String SETTLE_FILE = """
            UPDATE fact_file SET status = :status, reason = :reason, media_type = :mediaType, charset = :charset,
                   charset_method = :charsetMethod, charset_confidence = :charsetConfidence, content_hash = :contentHash,
                   article_id = :articleId, job_execution_id = :jobExecutionId
            WHERE file_id = :fileId""";

    /** One row of the file lineage to settle: a file that is one article, or one record of a container. */
    private record Leaf(long fileId, String path, ExtractedArticle extracted, String reason) {

        String hash() {
            return extracted.article().contentHash();
        }

        int[] signature() {
            return extracted.minhash();
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceKeys sourceKeys;
    private final ArticleFactsWriter factsWriter;
    private final NearDuplicateLinker nearDuplicates;
    /** The article a path's earlier row pointed to; {@code owned} when no other path shares it. */
    private record Previous(long articleId, String hash, boolean owned) {
    }

    private final long jobInstanceId;
    private final long jobExecutionId;
    private final long inputKey;
    private final Clock clock;

    ArticleWarehouseWriter(NamedParameterJdbcTemplate jdbc, SourceKeys sourceKeys, ArticleFactsWriter factsWriter,
            NearDuplicateLinker nearDuplicates, long jobInstanceId, long jobExecutionId, long inputKey, Clock clock) {
        this.jdbc = jdbc;
        this.sourceKeys = sourceKeys;
        this.factsWriter = factsWriter;
        this.nearDuplicates = nearDuplicates;
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
        this.inputKey = inputKey;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) {
        List<SqlParameterSource> settled = new ArrayList<>();
        List<Leaf> leaves = leaves(chunk, settled);
        Map<String, Leaf> firstByHash = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            if (leaf.extracted() != null) {
                firstByHash.putIfAbsent(leaf.hash(), leaf);
            }
        }
        Map<String, Long> articleIds = articleIdsByHash(firstByHash.keySet());
        Map<String, Previous> previous = previousArticles(leaves);
        List<Leaf> fresh = new ArrayList<>();
        Map<Leaf, Long> replacements = new LinkedHashMap<>();
        for (Leaf leaf : firstByHash.values()) {
            Previous before = previous.get(leaf.path());
            if (articleIds.containsKey(leaf.hash())) {
                continue;
            }
            if (before != null && before.owned()) {
                replacements.put(leaf, before.articleId());
            } else {
                fresh.add(leaf);
            }
        }
        List<Leaf> written = new ArrayList<>(fresh);
        written.addAll(replacements.keySet());
        Map<Leaf, int[]> signatures = new IdentityHashMap<>();
        written.forEach(l -> signatures.put(l, l.signature()));
        insertArticles(fresh, signatures);
        articleIds.putAll(articleIdsByHash(hashesOf(fresh)));
        nearDuplicates.unlink(new HashSet<>(replacements.values()));
        updateArticles(replacements, signatures);
        replacements.forEach((leaf, id) -> articleIds.put(leaf.hash(), id));
        Map<Long, ArticleFacts> facts = new LinkedHashMap<>();
        Map<Long, int[]> signaturesById = new LinkedHashMap<>();
        written.forEach(l -> {
            facts.put(articleIds.get(l.hash()), l.extracted().facts());
            signaturesById.put(articleIds.get(l.hash()), signatures.get(l));
        });
        factsWriter.replace(facts);
        // indexed here, in parallel; linked by linkNearDuplicatesStep once every partition has written
        nearDuplicates.index(signaturesById);
        settleLeaves(leaves, fresh, replacements.keySet(), previous, articleIds, settled);
        jdbc.batchUpdate(SETTLE_FILE, settled.toArray(SqlParameterSource[]::new));
    }

    /** The article each leaf's path pointed to in earlier runs over the same folder, when its last row pointed to one. */
    private Map<String, Previous> previousArticles(List<Leaf> leaves) {
        Map<String, Previous> previous = new HashMap<>();
        Set<Long> keys = new HashSet<>();
        leaves.forEach(l -> keys.add(FileRegistrationTasklet.pathKey(l.path())));
        if (keys.isEmpty()) {
            return previous;
        }
        Map<String, Long> lastFileId = new HashMap<>();
        jdbc.query(PREVIOUS_ARTICLES, Map.of("keys", keys), rs -> {
            if (rs.getLong(6) != inputKey || rs.getLong(7) == jobInstanceId || rs.getLong(8) < lastFileId.getOrDefault(rs.getString(1), 0L)) {
                return;
            }
            String status = rs.getString(2);
            // only the file that introduced an article, or kept it since, may change it
            boolean owned = !FileStatus.DUPLICATE.name().equals(status) && rs.getLong(5) <= 1;
            lastFileId.put(rs.getString(1), rs.getLong(8)); // the last row wins
            previous.put(rs.getString(1), new Previous(rs.getLong(3), rs.getString(4), owned));
        });
        return previous;
    }

    /** Files that are one article are leaves themselves; containers get a row per record, settled EXPANDED. */
    private List<Leaf> leaves(Chunk<? extends ImportOutcome> chunk, List<SqlParameterSource> settled) {
        List<Leaf> leaves = new ArrayList<>();
        List<ImportOutcome> containers = new ArrayList<>();
        for (ImportOutcome outcome : chunk) {
            if (outcome.isContainer()) {
                containers.add(outcome);
            } else {
                ExtractedRecord only = outcome.records().get(0);
                leaves.add(new Leaf(outcome.file().fileId(), outcome.file().path(), only.article(), only.error()));
            }
        }
        if (containers.isEmpty()) {
            return leaves;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        for (ImportOutcome c : containers) {
            for (ExtractedRecord r : c.records()) {
                String path = recordPath(c, r);
                rows.add(new MapSqlParameterSource().addValue("jobInstanceId", jobInstanceId)
                        .addValue("jobExecutionId", jobExecutionId).addValue("seenAt", now).addValue("path", path)
                        .addValue("pathKey", FileRegistrationTasklet.pathKey(path)).addValue("inputKey", inputKey)
                        .addValue("parent", c.file().fileId()));
            }
            settled.add(settleRow(c.file().fileId(), FileStatus.EXPANDED, c.records().size() + " records", null, null));
        }
        jdbc.batchUpdate(INSERT_RECORD_ROW, rows.toArray(SqlParameterSource[]::new));
        Map<String, Long> recordIds = new HashMap<>();
        jdbc.query(RECORD_ROWS, Map.of("parents", containers.stream().map(c -> c.file().fileId()).toList()),
                rs -> {
                    recordIds.put(rs.getString(2), rs.getLong(1));
                });
        for (ImportOutcome c : containers) {
            for (ExtractedRecord r : c.records()) {
                leaves.add(new Leaf(recordIds.get(recordPath(c, r)), recordPath(c, r), r.article(), r.error()));
            }
        }
        return leaves;
    }

    private static String recordPath(ImportOutcome container, ExtractedRecord record) {
        return ColumnText.fit(container.file().path() + record.entry(), 2000);
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

    private void insertArticles(List<Leaf> fresh, Map<Leaf, int[]> signatures) {
        if (!fresh.isEmpty()) {
            jdbc.batchUpdate(INSERT_ARTICLE, fresh.stream().map(l -> articleRow(l, signatures.get(l))).toArray(SqlParameterSource[]::new));
        }
    }

    /** Gives changed files' articles their new text, in place. */
    private void updateArticles(Map<Leaf, Long> replacements, Map<Leaf, int[]> signatures) {
        if (!replacements.isEmpty()) {
            jdbc.batchUpdate(UPDATE_ARTICLE, replacements.entrySet().stream()
                    .map(e -> articleRow(e.getKey(), signatures.get(e.getKey())).addValue("articleId", e.getValue()))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    private MapSqlParameterSource articleRow(Leaf l, int[] signature) {
        Article a = l.extracted().article();
        return new MapSqlParameterSource()
                .addValue("minhash", MinHash.toBytes(signature))
                .addValue("sourceId", sourceKeys.keyOf(a.sourceName()))
                .addValue("publishedDateKey", a.publishedAt() == null ? null : CalendarKey.of(a.publishedAt().toLocalDate()))
                .addValue("title", ColumnText.fit(a.title(), 1000))
                .addValue("author", ColumnText.fit(a.author(), 300))
                .addValue("dateline", ColumnText.fit(a.dateline(), 300))
                .addValue("publishedAt", a.publishedAt() == null ? null : Timestamp.valueOf(a.publishedAt()))
                .addValue("publishedOffset", a.publishedOffset() == null ? null : a.publishedOffset().getId())
                .addValue("language", a.language())
                .addValue("readsCount", a.readsCount())
                .addValue("wordCount", a.wordCount())
                .addValue("body", a.body())
                .addValue("contentHash", a.contentHash())
                .addValue("originFileId", l.fileId())
                .addValue("loadedAt", Timestamp.valueOf(LocalDateTime.now(clock)))
                .addValue("jobExecutionId", jobExecutionId);
    }

    private void settleLeaves(List<Leaf> leaves, List<Leaf> fresh, Set<Leaf> replaced, Map<String, Previous> previous,
            Map<String, Long> articleIds, List<SqlParameterSource> settled) {
        Set<Long> loadedFileIds = new HashSet<>();
        fresh.forEach(l -> loadedFileIds.add(l.fileId()));
        for (Leaf leaf : leaves) {
            if (leaf.extracted() == null) {
                settled.add(settleRow(leaf.fileId(), FileStatus.QUARANTINED, leaf.reason(), null, null));
                continue;
            }
            Previous before = previous.get(leaf.path());
            FileStatus status = FileStatusDecision.of(loadedFileIds.contains(leaf.fileId()), replaced.contains(leaf),
                    before == null ? null : before.hash(), leaf.hash());
            settled.add(settleRow(leaf.fileId(), status, null, leaf.extracted(), articleIds.get(leaf.hash())));
        }
    }

    private MapSqlParameterSource settleRow(long fileId, FileStatus status, String reason, ExtractedArticle extracted, Long articleId) {
        CharsetDetection charset = extracted == null ? null : extracted.charset();
        return new MapSqlParameterSource()
                .addValue("fileId", fileId)
                .addValue("jobExecutionId", jobExecutionId)
                .addValue("status", status.name())
                .addValue("reason", ColumnText.fit(reason, 1000))
                .addValue("mediaType", extracted == null ? null : extracted.mediaType())
                .addValue("contentHash", extracted == null ? null : extracted.article().contentHash())
                .addValue("articleId", articleId)
                .addValue("charset", charset == null ? null : charset.charsetName())
                .addValue("charsetMethod", charset == null ? null : charset.method().name())
                .addValue("charsetConfidence", charset == null ? null : charset.confidence());
    }

    private static Set<String> hashesOf(List<Leaf> leaves) {
        Set<String> hashes = new HashSet<>();
        leaves.forEach(l -> hashes.add(l.hash()));
        return hashes;
    }
}
