-- BI aggregate: per entity and publication month, how many articles mention it and how often.
-- published_month is the first day of the month.
CREATE OR REPLACE VIEW bi_entity_mentions_per_month AS
SELECT e.entity_type,
       e.canonical_name     AS entity_name,
       d.month_start        AS published_month,
       COUNT(*)             AS articles,
       SUM(m.mention_count) AS mentions
FROM fact_entity_mention m
JOIN dim_entity e ON e.entity_id = m.entity_id
JOIN fact_article a ON a.article_id = m.article_id
JOIN dim_date d ON d.date_key = a.published_date_key
GROUP BY e.entity_id, e.entity_type, e.canonical_name, d.month_start;
