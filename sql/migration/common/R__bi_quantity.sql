-- BI contract: numbers articles state, by what they count. amount is in full (the bottom of a range);
-- unit is NULL, a code (USD, EUR, IQD, SAR, KM2, ...) or, for money whose country nothing says, the
-- currency word itself (دينار); approximate is true for hedged numbers (نحو, أكثر من, عشرات, a range);
-- kind says what the count covers (EVENT, PERIOD_TOTAL, CUMULATIVE, RATE): add up only EVENT and
-- PERIOD_TOTAL counts; amount_high is the top of a range, else NULL.
CREATE OR REPLACE VIEW bi_quantity AS
SELECT q.article_id,
       q.category,
       q.amount,
       q.unit,
       q.approximate,
       q.sentence,
       q.kind,
       q.amount_high
FROM fact_quantity q;
