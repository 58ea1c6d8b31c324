-- Air strikes by region: strikes and sorties by country and first-level region, each wire copy once.
SELECT country,
       region,
       SUM(total_amount) AS airstrikes,
       SUM(events)       AS reports
FROM bi_events_per_country_month
WHERE category = 'AIRSTRIKES'
GROUP BY country, region
ORDER BY airstrikes DESC, country, region
