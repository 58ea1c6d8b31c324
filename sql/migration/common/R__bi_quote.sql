-- BI contract: who said what, quoted directly or reported.
CREATE OR REPLACE VIEW bi_quote AS
SELECT q.article_id,
       q.speaker,
       q.quote
FROM fact_quote q;
