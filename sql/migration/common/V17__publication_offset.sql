-- The publication time is stored as printed (local time); the UTC offset beside it when the source
-- states one (a feed's +0400, an ISO-8601 offset), so both the local reading and the instant are known.
ALTER TABLE fact_article ADD COLUMN published_utc_offset VARCHAR(6) NULL;
