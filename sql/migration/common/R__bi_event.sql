-- BI contract: events, one row per count of an incident or a stated period (see fact_event). actor_type
-- and target_type are ORGANIZATION, PERSON, FORCE (a described force: القوات العراقية) or GROUP (مدنيون,
-- مسلحون); granularity is DAY, WEEK, MONTH, SEASON, YEAR or SPAN (a period running to the publication
-- date: منذ مطلع العام); period_stated is false where the text gives no date and the publication date
-- stands in. The *_evidence columns say which rule and words decided each field.
CREATE OR REPLACE VIEW bi_event AS
SELECT e.article_id,
       e.category,
       e.amount,
       e.approximate,
       e.kind,
       e.actor,
       e.actor_type,
       e.target,
       e.target_type,
       e.place,
       e.region,
       e.country,
       e.period_start,
       e.period_end,
       e.granularity,
       e.sentence,
       e.event_id,
       e.amount_high,
       e.period_stated,
       e.actor_evidence,
       e.target_evidence,
       e.place_evidence,
       e.period_evidence
FROM fact_event e;
