-- Articles join the calendar by their publication day; the per-day and per-month questions
-- (articles per source per day, mentions per month) run from this index.
ALTER TABLE fact_article ADD COLUMN published_date_key INT NULL;
ALTER TABLE fact_article ADD CONSTRAINT fk_fact_article_date FOREIGN KEY (published_date_key) REFERENCES dim_date (date_key);
CREATE INDEX ix_fact_article_date_source ON fact_article (published_date_key, source_id);
CREATE INDEX ix_fact_article_source_date ON fact_article (source_id, published_date_key);
