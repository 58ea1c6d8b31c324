package org.marsad.jobs.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.core.extract.duplicate.MinHash;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Near duplicates in two halves. {@link #index} runs in the chunk that writes the articles: it adds their
 * MinHash band keys and queues them, so this work is spread over the partitions and a restart does not
 * redo it. {@link #write} runs after every partition, on the queued articles in id order: one query per
 * chunk finds the articles sharing a band with them, the signatures decide, and the links are inserted
 * in batches with the queue rows deleted in the same transaction.
 * <p>
 * A pair is linked once, by the later of its two articles to be taken off the queue: a queued article
 * links to a candidate that is no longer queued, or to a queued one with a smaller id (taken in the same
 * chunk); a queued candidate with a larger id links back when its turn comes.
 * <p>
 * The work is bounded per article, so a flood of near-identical copies stays near linear: an article's
 * candidates are, in each of its bands, the {@link #MAX_CANDIDATES_PER_BAND} oldest articles of that
 * band, and it is linked to at most {@link #MAX_LINKS_PER_ARTICLE} of them, the oldest first (ten
 * thousand copies of one wire story had made 13 million pairs). A story syndicated fewer times than that
 * has every pair linked, as before, whatever order its copies were loaded in; beyond it, each copy is
 * linked to the first copies of its story, which is what readers need, but which ones depends on the
 * order the copies got their ids.
 */
final class NearDuplicateLinker implements ItemWriter<ArticleSignature> {

    private static final String ADD_BAND = "INSERT INTO fact_article_band (band_key, article_id) VALUES (:key, :article)";
    private static final String QUEUE = "INSERT INTO article_link_queue (article_id, banded) VALUES (:article, TRUE)";
    /**
     * For each article of the chunk, the articles sharing one of its bands, among the {@code :perBand}
     * oldest of that band: a band a flood of copies shares holds thousands of articles, and the oldest
     * are the ones to link to. Found by a join on the chunk's own bands (a list of their keys, 16 an
     * article, would pass MariaDB's in_predicate_conversion_threshold).
     */
    private static final String CANDIDATES = """
            SELECT DISTINCT mine.article_id, c.article_id, CASE WHEN q.article_id IS NULL THEN 0 ELSE 1 END AS queued
            FROM fact_article_band mine
            JOIN (SELECT band_key, article_id, ROW_NUMBER() OVER (PARTITION BY band_key ORDER BY article_id) AS n
                  FROM fact_article_band
                  WHERE band_key IN (SELECT band_key FROM fact_article_band WHERE article_id IN (:articles))) c
              ON c.band_key = mine.band_key AND c.n <= :perBand
            LEFT JOIN article_link_queue q ON q.article_id = c.article_id
            WHERE mine.article_id IN (:articles) AND c.article_id <> mine.article_id""";
    private static final String SIGNATURES = "SELECT article_id, minhash FROM fact_article WHERE article_id IN (:ids)";
    static final int MAX_CANDIDATES_PER_BAND = 200;
    static final int MAX_LINKS_PER_ARTICLE = 100;
    private static final String LINK = """
            INSERT INTO fact_near_duplicate (article_id, similar_article_id, similarity) VALUES (:article, :similar, :similarity)""";
    private static final String DEQUEUE = "DELETE FROM article_link_queue WHERE article_id IN (:articles)";

    private final NamedParameterJdbcTemplate jdbc;

    NearDuplicateLinker(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the bands, links and queue rows of articles whose text is about to be replaced; {@link #index} then adds them anew. */
    void unlink(Set<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> ids = Map.of("ids", articleIds);
        jdbc.update("DELETE FROM fact_article_band WHERE article_id IN (:ids)", ids);
        jdbc.update("DELETE FROM fact_near_duplicate WHERE article_id IN (:ids) OR similar_article_id IN (:ids)", ids);
        jdbc.update("DELETE FROM article_link_queue WHERE article_id IN (:ids)", ids);
    }

    /** @param signatures MinHash signatures of articles just written, by article id: their bands are added and they are queued */
    void index(Map<Long, int[]> signatures) {
        if (signatures.isEmpty()) {
            return;
        }
        addBands(signatures);
        jdbc.batchUpdate(QUEUE, signatures.keySet().stream()
                .map(id -> new MapSqlParameterSource("article", id)).toArray(SqlParameterSource[]::new));
    }

    @Override
    public void write(Chunk<? extends ArticleSignature> chunk) {
        Map<Long, int[]> signatures = new LinkedHashMap<>();
        Map<Long, int[]> unbanded = new LinkedHashMap<>();
        for (ArticleSignature a : chunk) {
            signatures.put(a.articleId(), a.minhash());
            if (!a.banded()) {
                unbanded.put(a.articleId(), a.minhash());
            }
        }
        addBands(unbanded);
        Map<Long, List<Long>> candidatesOf = new HashMap<>();
        Map<Long, Boolean> queued = new HashMap<>();
        jdbc.query(CANDIDATES, Map.of("articles", signatures.keySet(), "perBand", MAX_CANDIDATES_PER_BAND), rs -> {
            candidatesOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            queued.put(rs.getLong(2), rs.getInt(3) == 1);
        });
        Map<Long, int[]> known = signaturesOf(queued.keySet(), signatures);
        List<SqlParameterSource> links = new ArrayList<>();
        signatures.forEach((article, signature) -> {
            List<Long> candidates = candidatesOf.getOrDefault(article, new ArrayList<>());
            candidates.sort(null); // oldest first: what a copy is linked to does not depend on how the queue was chunked
            int linked = 0;
            for (long candidate : candidates) {
                if (queued.get(candidate) && candidate > article) {
                    continue; // linked from the other side, when its turn comes
                }
                double similarity = MinHash.similarity(signature, known.get(candidate));
                if (similarity >= MinHash.NEAR_DUPLICATE) {
                    links.add(new MapSqlParameterSource().addValue("article", article).addValue("similar", candidate)
                            .addValue("similarity", BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP)));
                    if (++linked == MAX_LINKS_PER_ARTICLE) {
                        break; // a flood of copies: enough to tie this one to its story
                    }
                }
            }
        });
        if (!links.isEmpty()) {
            jdbc.batchUpdate(LINK, links.toArray(SqlParameterSource[]::new));
        }
        jdbc.update(DEQUEUE, Map.of("articles", signatures.keySet()));
    }

    /** The signatures of these articles: the chunk's own as read, the others from the warehouse. */
    private Map<Long, int[]> signaturesOf(Set<Long> ids, Map<Long, int[]> chunk) {
        Map<Long, int[]> known = new HashMap<>(chunk);
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(chunk.keySet());
        if (!missing.isEmpty()) {
            jdbc.query(SIGNATURES, Map.of("ids", missing), rs -> {
                known.put(rs.getLong(1), MinHash.fromBytes(rs.getBytes(2)));
            });
        }
        return known;
    }

    private void addBands(Map<Long, int[]> signatures) {
        List<SqlParameterSource> bands = new ArrayList<>();
        signatures.forEach((article, signature) -> {
            for (long key : MinHash.bandKeys(signature)) {
                bands.add(new MapSqlParameterSource().addValue("key", key).addValue("article", article));
            }
        });
        if (!bands.isEmpty()) {
            jdbc.batchUpdate(ADD_BAND, bands.toArray(SqlParameterSource[]::new));
        }
    }
}
