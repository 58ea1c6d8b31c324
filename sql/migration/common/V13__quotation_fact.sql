-- Who said what: direct and reported speech. speaker_entity_id links the speaker to the entity
-- dimension where the speaker was resolved.
CREATE TABLE fact_quote (
    quote_id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT        NOT NULL,
    speaker           VARCHAR(300)  NULL,
    speaker_entity_id BIGINT        NULL,
    quote             TEXT          NOT NULL,
    CONSTRAINT fk_fact_quote_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT fk_fact_quote_speaker FOREIGN KEY (speaker_entity_id) REFERENCES dim_entity (entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_quote_article ON fact_quote (article_id);
CREATE INDEX ix_fact_quote_speaker ON fact_quote (speaker_entity_id);
