-- BI aggregate: articles per outlet per publication day. Articles with no known publication day
-- are not counted here (they are in bi_article with published_at NULL).
CREATE OR REPLACE VIEW bi_articles_per_source_day AS
SELECT s.name        AS source_name,
       d.full_date   AS published_day,
       COUNT(*)      AS articles,
       SUM(a.word_count) AS words
FROM fact_article a
JOIN dim_date d ON d.date_key = a.published_date_key
LEFT JOIN dim_source s ON s.source_id = a.source_id
GROUP BY s.name, d.full_date;
