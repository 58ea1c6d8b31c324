-- BI aggregate: events per actor, category and period, each wire copy once. A period is kept at
-- its own granularity, never spread and never moved to the publication month: period_level is MONTH
-- (period_month is its first day) for a period within one month, YEAR (period_year) for one within a year,
-- LONGER otherwise (neither). So "killed in Diyala in 2021" stated as a yearly total stays a 2021 figure,
-- beside the months' own. An event whose article is a near duplicate of an earlier article holding an
-- event of the same category and amount is that earlier one's copy and is not counted again (event_periods).
-- total_amount adds the figures of distinct reports; max_amount is the largest.
CREATE OR REPLACE VIEW bi_events_per_actor_month AS
SELECT p.actor,
       p.actor_type,
       p.category,
       p.period_year,
       p.period_month,
       p.period_level,
       COUNT(*)                     AS events,
       COUNT(DISTINCT p.article_id) AS articles,
       SUM(p.amount)                AS total_amount,
       MAX(p.amount)                AS max_amount
FROM event_periods p
GROUP BY p.actor, p.actor_type, p.category, p.period_year, p.period_month, p.period_level;
