-- Not part of the BI contract: what the event aggregates share. Each event with its period's level (MONTH
-- within one month, YEAR within one year, LONGER otherwise), its year and month where the level has them,
-- leaving out an event whose article is a near duplicate of an earlier article holding an event of the same
-- category and amount (that earlier one's wire copy, counted there).
CREATE OR REPLACE VIEW event_periods AS
SELECT e.event_id,
       e.article_id,
       e.category,
       e.amount,
       e.country,
       e.region,
       e.actor,
       e.actor_type,
       CASE WHEN ds.calendar_year = de.calendar_year THEN ds.calendar_year END AS period_year,
       CASE WHEN ds.month_start = de.month_start THEN ds.month_start END       AS period_month,
       CASE WHEN ds.month_start = de.month_start THEN 'MONTH'
            WHEN ds.calendar_year = de.calendar_year THEN 'YEAR' ELSE 'LONGER' END AS period_level
FROM fact_event e
JOIN dim_date ds ON ds.date_key = e.period_start_key
JOIN dim_date de ON de.date_key = e.period_end_key
WHERE NOT EXISTS (SELECT 1
                  FROM fact_near_duplicate n
                  JOIN fact_event o ON o.article_id = n.similar_article_id AND o.category = e.category AND o.amount = e.amount
                  WHERE n.article_id = e.article_id);
