package org.marsad.jobs.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The work is bounded per article, so a flood of near-identical copies stays linear: a chunk considers
 * at most {@link #MAX_CANDIDATES_PER_ARTICLE} candidates per article, and an article is linked to at most
 * {@link #MAX_LINKS_PER_ARTICLE} of them, the newest first (ten thousand copies of one wire story had made 13
 * million pairs). Every copy is still linked to others of its story, which is what readers need.
 */
final class NearDuplicateLinker implements ItemWriter<ArticleSignature> {

    private static final String ADD_BAND = "INSERT INTO fact_article_band (band_key, article_id) VALUES (:key, :article)";
    private static final String QUEUE = "INSERT INTO article_link_queue (article_id, banded) VALUES (:article, TRUE)";
    /** A join on the chunk's own bands: a list of their keys (16 a article) would pass MariaDB's in_predicate_conversion_threshold. */
    private static final String CANDIDATES = """
            SELECT DISTINCT a.article_id, a.minhash, CASE WHEN q.article_id IS NULL THEN 0 ELSE 1 END AS queued
            FROM fact_article_band mine JOIN fact_article_band b ON b.band_key = mine.band_key
            JOIN fact_article a ON a.article_id = b.article_id
            LEFT JOIN article_link_queue q ON q.article_id = a.article_id
            WHERE mine.article_id IN (:articles) AND b.article_id NOT IN (:articles)
            LIMIT :limit""";
    static final int MAX_CANDIDATES_PER_ARTICLE = 40;
    static final int MAX_LINKS_PER_ARTICLE = 20;
    private static final String LINK = """
            INSERT INTO fact_near_duplicate (article_id, similar_article_id, similarity) VALUES (:article, :similar, :similarity)""";
    private static final String DEQUEUE = "DELETE FROM article_link_queue WHERE article_id IN (:articles)";

    private record Candidate(int[] signature, boolean queued) {
    }

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
        Map<Long, Candidate> candidates = candidates(signatures);
        List<SqlParameterSource> links = new ArrayList<>();
        List<Map.Entry<Long, Candidate>> newestFirst = new ArrayList<>(candidates.entrySet());
        newestFirst.sort(Map.Entry.<Long, Candidate>comparingByKey().reversed());
        signatures.forEach((article, signature) -> {
            int linked = 0;
            for (Map.Entry<Long, Candidate> c : newestFirst) {
                long candidate = c.getKey();
                boolean turn = !c.getValue().queued() || candidate < article;
                if (candidate == article || !turn) {
                    continue;
                }
                double similarity = MinHash.similarity(signature, c.getValue().signature());
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

    /** Articles sharing a band with one of these, and these themselves (all still queued). */
    private Map<Long, Candidate> candidates(Map<Long, int[]> signatures) {
        Map<Long, Candidate> candidates = new HashMap<>();
        jdbc.query(CANDIDATES, Map.of("articles", signatures.keySet(), "limit", MAX_CANDIDATES_PER_ARTICLE * signatures.size()), rs -> {
            candidates.put(rs.getLong(1), new Candidate(MinHash.fromBytes(rs.getBytes(2)), rs.getInt(3) == 1));
        });
        signatures.forEach((article, signature) -> candidates.put(article, new Candidate(signature, true)));
        return candidates;
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
