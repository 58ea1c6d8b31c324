-- What a count covers: EVENT (this incident), PERIOD_TOTAL (a stated period: this year, since January),
-- CUMULATIVE (a toll since a start: since 2011, since the war began) or RATE (per day, per barrel, per
-- 100,000). Counts stored before this column are EVENT, as the extraction then read every count.
ALTER TABLE fact_quantity ADD COLUMN kind VARCHAR(16) DEFAULT 'EVENT' NOT NULL;
ALTER TABLE fact_quantity ADD CONSTRAINT ck_fact_quantity_kind CHECK (kind IN ('EVENT', 'PERIOD_TOTAL', 'CUMULATIVE', 'RATE'));
