-- Which outlets cover an organisation: articles per outlet that mention it. Replace the name with
-- the canonical name of the organisation you are after (see bi_entity_mention.entity_name).
SELECT a.source_name,
       COUNT(*)             AS articles,
       SUM(m.mention_count) AS mentions
FROM bi_entity_mention m
JOIN bi_article a ON a.article_id = m.article_id
WHERE m.entity_type = 'ORGANIZATION'
  AND m.entity_name = 'داعش'
GROUP BY a.source_name
ORDER BY articles DESC, a.source_name
