-- Dates an article mentions about events. date_value is an ISO date or partial date (2019-03-23, 2014-09,
-- 2014); date_key joins the calendar when the value is a whole day.
CREATE TABLE fact_date_mention (
    date_mention_id BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id      BIGINT       NOT NULL,
    expression      VARCHAR(300) NOT NULL,
    date_value      VARCHAR(10)  NOT NULL,
    granularity     VARCHAR(8)   NOT NULL,
    date_key        INT          NULL,
    CONSTRAINT fk_fact_date_mention_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT fk_fact_date_mention_date FOREIGN KEY (date_key) REFERENCES dim_date (date_key),
    CONSTRAINT ck_fact_date_mention_granularity CHECK (granularity IN ('DAY', 'MONTH', 'SEASON', 'YEAR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_date_mention_article ON fact_date_mention (article_id);
CREATE INDEX ix_fact_date_mention_date ON fact_date_mention (date_key);
