-- One row per distinct article text (content_hash), whichever and however many files carried it.
CREATE TABLE fact_article (
    article_id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_id        BIGINT        NULL,
    title            VARCHAR(1000) NULL,
    author           VARCHAR(300)  NULL,
    dateline         VARCHAR(300)  NULL,
    published_at     DATETIME      NULL,
    language         VARCHAR(8)    NULL,
    reads_count      INT           NULL,
    word_count       INT           NOT NULL,
    body             LONGTEXT      NOT NULL,
    content_hash     CHAR(64)      NOT NULL,
    origin_file_id   BIGINT        NOT NULL,
    loaded_at        DATETIME(3)   NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    CONSTRAINT uk_fact_article_content_hash UNIQUE (content_hash),
    CONSTRAINT fk_fact_article_source FOREIGN KEY (source_id) REFERENCES dim_source (source_id),
    CONSTRAINT fk_fact_article_origin_file FOREIGN KEY (origin_file_id) REFERENCES fact_file (file_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_article_published ON fact_article (published_at);

ALTER TABLE fact_file ADD CONSTRAINT fk_fact_file_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id);
