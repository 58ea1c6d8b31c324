-- BI aggregate: per category, unit and publication month, the stated amounts of incidents and stated
-- periods (kind EVENT or PERIOD_TOTAL): a war's toll since its start, a rate or a price is no month's
-- count. total_amount adds up what every article states: one event reported by three outlets counts
-- three times, so read it as coverage, and max_amount as the largest single figure reported.
CREATE OR REPLACE VIEW bi_quantities_per_month AS
SELECT q.category,
       q.unit,
       d.month_start                AS published_month,
       COUNT(*)                     AS facts,
       COUNT(DISTINCT q.article_id) AS articles,
       SUM(q.amount)                AS total_amount,
       MAX(q.amount)                AS max_amount
FROM fact_quantity q
JOIN fact_article a ON a.article_id = q.article_id
JOIN dim_date d ON d.date_key = a.published_date_key
WHERE q.kind IN ('EVENT', 'PERIOD_TOTAL')
GROUP BY q.category, q.unit, d.month_start;
