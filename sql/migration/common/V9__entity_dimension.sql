-- People, organisations and places, one row per canonical name and type. match_key is the name
-- normalised for matching (no diacritics or tatweel, one alef, ya and ha form), so spelling variants
-- meet. Aliases ("تنظيم الدولة" for "داعش") point to the canonical row.
CREATE TABLE dim_entity (
    entity_id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity_type    VARCHAR(16)  NOT NULL,
    canonical_name VARCHAR(300) NOT NULL,
    match_key      VARCHAR(300) NOT NULL,
    CONSTRAINT uk_dim_entity_key UNIQUE (entity_type, match_key),
    CONSTRAINT ck_dim_entity_type CHECK (entity_type IN ('PERSON', 'ORGANIZATION', 'LOCATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE dim_entity_alias (
    entity_id BIGINT       NOT NULL,
    alias     VARCHAR(300) NOT NULL,
    match_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (entity_id, match_key),
    CONSTRAINT fk_dim_entity_alias_entity FOREIGN KEY (entity_id) REFERENCES dim_entity (entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_dim_entity_alias_key ON dim_entity_alias (match_key);
