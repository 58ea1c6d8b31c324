-- Killed per month: the deaths articles reported, by publication month. Only counts of incidents and of
-- stated periods (bi_quantities_per_month keeps EVENT and PERIOD_TOTAL): a war's toll "since 2011" is no
-- month's deaths. total_killed adds up every article's figure (coverage); largest_report is the biggest
-- single figure reported that month.
SELECT published_month,
       total_amount AS total_killed,
       max_amount   AS largest_report,
       articles
FROM bi_quantities_per_month
WHERE category = 'KILLED'
ORDER BY published_month
