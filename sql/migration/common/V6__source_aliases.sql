-- Outlets go by several names: the Latin brand "Atwasat" and "بوابة الوسط" are one outlet. Every
-- name an outlet is known by, normalised into a match key, points to its canonical dim_source row.
ALTER TABLE dim_source ADD COLUMN web_domain VARCHAR(200) NULL;

CREATE TABLE dim_source_alias (
    alias_key VARCHAR(200) NOT NULL PRIMARY KEY,
    alias     VARCHAR(200) NOT NULL,
    source_id BIGINT       NOT NULL,
    CONSTRAINT fk_dim_source_alias_source FOREIGN KEY (source_id) REFERENCES dim_source (source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_dim_source_alias_source ON dim_source_alias (source_id);
