-- Co-mentioned entities: the pairs of entities that appear together in the most articles.
SELECT x.entity_name AS first_entity,
       y.entity_name AS second_entity,
       COUNT(*)      AS articles
FROM bi_entity_mention x
JOIN bi_entity_mention y ON y.article_id = x.article_id AND x.entity_name < y.entity_name
GROUP BY x.entity_name, y.entity_name
ORDER BY articles DESC, first_entity, second_entity
LIMIT 20
