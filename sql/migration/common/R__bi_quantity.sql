-- BI contract: numbers articles state, by what they count. amount is in full; unit is NULL or a
-- code (USD, EUR, IQD, SAR, KM2, ...); approximate is true for hedged numbers (نحو, أكثر من, عشرات).
CREATE OR REPLACE VIEW bi_quantity AS
SELECT q.article_id,
       q.category,
       q.amount,
       q.unit,
       q.approximate,
       q.sentence
FROM fact_quantity q;
