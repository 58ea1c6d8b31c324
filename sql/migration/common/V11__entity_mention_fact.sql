-- Which entities an article mentions and how often: one row per article and entity.
CREATE TABLE fact_entity_mention (
    article_id    BIGINT NOT NULL,
    entity_id     BIGINT NOT NULL,
    mention_count INT    NOT NULL,
    PRIMARY KEY (article_id, entity_id),
    CONSTRAINT fk_fact_entity_mention_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT fk_fact_entity_mention_entity FOREIGN KEY (entity_id) REFERENCES dim_entity (entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- "Which articles mention X" and co-mentions start from the entity.
CREATE INDEX ix_fact_entity_mention_entity ON fact_entity_mention (entity_id, article_id);
