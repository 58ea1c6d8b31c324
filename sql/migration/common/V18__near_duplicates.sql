-- Near duplicates (syndicated wire copy under another header, a lightly edited re-post) are linked,
-- not merged. Each article keeps the MinHash signature of its body (64 values, 256 bytes) and its 16
-- band keys in fact_article_band: an article sharing a band with a new one is a candidate, and the
-- signatures decide. A run touches only the new articles' bands: index lookups, no scan.
ALTER TABLE fact_article ADD COLUMN minhash VARBINARY(256) NULL;

CREATE TABLE fact_article_band (
    band_key   BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    PRIMARY KEY (band_key, article_id),
    CONSTRAINT fk_fact_article_band_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_article_band_article ON fact_article_band (article_id);

-- One row per pair, from the article loaded later to the one it resembles.
CREATE TABLE fact_near_duplicate (
    article_id         BIGINT       NOT NULL,
    similar_article_id BIGINT       NOT NULL,
    similarity         DECIMAL(4,3) NOT NULL,
    PRIMARY KEY (article_id, similar_article_id),
    CONSTRAINT fk_fact_near_duplicate_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT fk_fact_near_duplicate_similar FOREIGN KEY (similar_article_id) REFERENCES fact_article (article_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_near_duplicate_similar ON fact_near_duplicate (similar_article_id);
