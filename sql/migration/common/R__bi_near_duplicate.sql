-- BI contract: pairs of near-duplicate articles (the same story under another header, lightly
-- edited), in both directions, so that either article finds the other. similarity is the estimated
-- Jaccard similarity of the two bodies' three-word shingles (1.000: the same words in the same order).
CREATE OR REPLACE VIEW bi_near_duplicate AS
SELECT n.article_id, n.similar_article_id, n.similarity
FROM fact_near_duplicate n
UNION ALL
SELECT n.similar_article_id, n.article_id, n.similarity
FROM fact_near_duplicate n;
