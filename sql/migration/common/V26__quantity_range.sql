-- The top of a range a count states (بين 20 و30: amount 20, amount_high 30); NULL for a single figure.
ALTER TABLE fact_quantity ADD COLUMN amount_high DECIMAL(24, 2) NULL;
