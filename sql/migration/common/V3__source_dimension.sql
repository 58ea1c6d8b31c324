-- The outlet an article comes from. One row per canonical outlet name.
CREATE TABLE dim_source (
    source_id BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT uk_dim_source_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
