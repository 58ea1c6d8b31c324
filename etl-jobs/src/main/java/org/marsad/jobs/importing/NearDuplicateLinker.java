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
 * Indexes newly loaded articles by their MinHash bands and links them to the near duplicates already
 * indexed or in the same chunk: one query per chunk finds every article sharing a band with a new one,
 * the signatures decide, and bands and links are inserted in batches. An article is linked to older
 * ones (smaller id) only, so reading the unindexed articles in id order links each pair once.
 */
final class NearDuplicateLinker implements ItemWriter<ArticleSignature> {

    private static final String ADD_BAND = "INSERT INTO fact_article_band (band_key, article_id) VALUES (:key, :article)";
    private static final String CANDIDATES = """
            SELECT DISTINCT a.article_id, a.minhash FROM fact_article_band b JOIN fact_article a ON a.article_id = b.article_id
            WHERE b.band_key IN (:keys)""";
    private static final String LINK = """
            INSERT INTO fact_near_duplicate (article_id, similar_article_id, similarity) VALUES (:article, :similar, :similarity)""";

    private final NamedParameterJdbcTemplate jdbc;

    NearDuplicateLinker(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the bands and links of articles whose text is about to be replaced; {@link #link} then links them anew. */
    void unlink(Set<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> ids = Map.of("ids", articleIds);
        jdbc.update("DELETE FROM fact_article_band WHERE article_id IN (:ids)", ids);
        jdbc.update("DELETE FROM fact_near_duplicate WHERE article_id IN (:ids) OR similar_article_id IN (:ids)", ids);
    }

    @Override
    public void write(Chunk<? extends ArticleSignature> chunk) {
        Map<Long, int[]> signatures = new LinkedHashMap<>();
        chunk.forEach(a -> signatures.put(a.articleId(), a.minhash()));
        link(signatures);
    }

    /** @param signatures MinHash signatures of articles not yet indexed, by article id */
    void link(Map<Long, int[]> signatures) {
        if (signatures.isEmpty()) {
            return;
        }
        List<SqlParameterSource> bands = new ArrayList<>();
        Set<Long> keys = new HashSet<>();
        signatures.forEach((article, signature) -> {
            for (long key : MinHash.bandKeys(signature)) {
                keys.add(key);
                bands.add(new MapSqlParameterSource().addValue("key", key).addValue("article", article));
            }
        });
        Map<Long, int[]> candidates = new HashMap<>();
        jdbc.query(CANDIDATES, Map.of("keys", keys), rs -> {
            candidates.put(rs.getLong(1), MinHash.fromBytes(rs.getBytes(2)));
        });
        candidates.putAll(signatures); // the chunk's own articles are candidates of each other
        List<SqlParameterSource> links = new ArrayList<>();
        signatures.forEach((article, signature) -> candidates.forEach((candidate, other) -> {
            boolean older = !signatures.containsKey(candidate) || candidate < article;
            double similarity = MinHash.similarity(signature, other);
            if (candidate.longValue() != article.longValue() && older && similarity >= MinHash.NEAR_DUPLICATE) {
                links.add(new MapSqlParameterSource().addValue("article", article).addValue("similar", candidate)
                        .addValue("similarity", BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP)));
            }
        }));
        jdbc.batchUpdate(ADD_BAND, bands.toArray(SqlParameterSource[]::new));
        if (!links.isEmpty()) {
            jdbc.batchUpdate(LINK, links.toArray(SqlParameterSource[]::new));
        }
    }
}
