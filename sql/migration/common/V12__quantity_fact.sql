-- Counts an article states: killed, arrested, operations, money, areas. amount is the number in full
-- (88 مليار دولار is 88000000000, unit USD); sentence is where it was found.
CREATE TABLE fact_quantity (
    quantity_id BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT         NOT NULL,
    category    VARCHAR(16)    NOT NULL,
    amount      DECIMAL(24, 2) NOT NULL,
    unit        VARCHAR(8)     NULL,
    approximate BOOLEAN        NOT NULL,
    sentence    TEXT           NOT NULL,
    CONSTRAINT fk_fact_quantity_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT ck_fact_quantity_category CHECK (category IN
        ('KILLED', 'WOUNDED', 'ARRESTED', 'OPERATIONS', 'AIRSTRIKES', 'COUNTRIES', 'MONEY', 'AREA', 'PEOPLE', 'OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_quantity_article ON fact_quantity (article_id);
CREATE INDEX ix_fact_quantity_category ON fact_quantity (category, article_id);
