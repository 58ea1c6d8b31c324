-- BI contract: who said what, quoted directly or reported. speaker_type is PERSON or ORGANIZATION when
-- the speaker is one of the article's people or organisations, NULL otherwise (an unnamed source, a
-- speaker the text only describes).
CREATE OR REPLACE VIEW bi_quote AS
SELECT q.article_id,
       q.speaker,
       q.quote,
       q.speaker_type
FROM fact_quote q;
