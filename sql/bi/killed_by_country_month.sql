-- Killed by country and month: deaths of incidents and of stated periods by where and when they happened
-- (not when they were published), each wire copy once. A yearly total stays a year's figure
-- (period_level YEAR, period_month NULL) beside the months' own; add the regions for a country's total.
SELECT country,
       period_year,
       period_month,
       period_level,
       SUM(total_amount) AS killed,
       SUM(events)       AS reports
FROM bi_events_per_country_month
WHERE category = 'KILLED'
GROUP BY country, period_year, period_month, period_level
ORDER BY country, period_year, period_month
