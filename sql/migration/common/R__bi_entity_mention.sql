-- BI contract: which people, organisations and places each article mentions, and how often.
-- entity_name is the canonical name: aliases and spelling variants are already merged.
CREATE OR REPLACE VIEW bi_entity_mention AS
SELECT m.article_id,
       e.entity_type,
       e.canonical_name AS entity_name,
       m.mention_count
FROM fact_entity_mention m
JOIN dim_entity e ON e.entity_id = m.entity_id;
