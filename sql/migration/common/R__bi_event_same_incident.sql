-- BI contract: events of two articles that report one incident: the same category, actor, place and
-- stated period (the text's own dates, not two publication dates), in both directions.
CREATE OR REPLACE VIEW bi_event_same_incident AS
SELECT e.event_id, e.article_id, o.event_id AS other_event_id, o.article_id AS other_article_id
FROM fact_event e
JOIN fact_event o ON o.country = e.country AND o.period_start_key = e.period_start_key AND o.period_end_key = e.period_end_key
    AND o.category = e.category AND o.place = e.place AND o.actor = e.actor AND o.article_id <> e.article_id
WHERE e.period_stated AND o.period_stated;
