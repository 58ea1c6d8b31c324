-- Top people this month: the ten people mentioned by the most articles published this month.
SELECT entity_name,
       articles,
       mentions
FROM bi_entity_mentions_per_month
WHERE entity_type = 'PERSON'
  AND published_month = DATE_SUB(CURRENT_DATE, INTERVAL DAYOFMONTH(CURRENT_DATE) - 1 DAY)
ORDER BY articles DESC, mentions DESC, entity_name
LIMIT 10
