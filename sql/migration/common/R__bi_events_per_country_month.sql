-- BI aggregate: events per country, first-level region, category and period, each wire copy once (add up
-- the regions for a country's total; region is NULL where the place names none). A period is kept at
-- its own granularity, never spread and never moved to the publication month: period_level is MONTH
-- (period_month is its first day) for a period within one month, YEAR (period_year) for one within a year,
-- LONGER otherwise (neither). So "killed in Diyala in 2021" stated as a yearly total stays a 2021 figure,
-- beside the months' own. An event whose article is a near duplicate of an earlier article holding an
-- event of the same category and amount is that earlier one's copy and is not counted again.
-- total_amount adds the figures of distinct reports; max_amount is the largest.
CREATE OR REPLACE VIEW bi_events_per_country_month AS
SELECT e.country,
       e.region,
       e.category,
       CASE WHEN ds.calendar_year = de.calendar_year THEN ds.calendar_year END AS period_year,
       CASE WHEN ds.month_start = de.month_start THEN ds.month_start END       AS period_month,
       CASE WHEN ds.month_start = de.month_start THEN 'MONTH'
            WHEN ds.calendar_year = de.calendar_year THEN 'YEAR' ELSE 'LONGER' END AS period_level,
       COUNT(*)                     AS events,
       COUNT(DISTINCT e.article_id) AS articles,
       SUM(e.amount)                AS total_amount,
       MAX(e.amount)                AS max_amount
FROM fact_event e
JOIN dim_date ds ON ds.date_key = e.period_start_key
JOIN dim_date de ON de.date_key = e.period_end_key
WHERE NOT EXISTS (SELECT 1
                  FROM fact_near_duplicate n
                  JOIN fact_event o ON o.article_id = n.similar_article_id AND o.category = e.category AND o.amount = e.amount
                  WHERE n.article_id = e.article_id)
GROUP BY e.country, e.region,
         e.category,
         CASE WHEN ds.calendar_year = de.calendar_year THEN ds.calendar_year END,
         CASE WHEN ds.month_start = de.month_start THEN ds.month_start END,
         CASE WHEN ds.month_start = de.month_start THEN 'MONTH'
              WHEN ds.calendar_year = de.calendar_year THEN 'YEAR' ELSE 'LONGER' END;
