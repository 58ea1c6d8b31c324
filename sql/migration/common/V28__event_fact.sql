-- Events: who did what to whom, where and when, one row per count of an incident or a stated period
-- (fact_quantity kind EVENT or PERIOD_TOTAL of people killed, wounded, arrested, operations, air strikes).
-- The count's fields are repeated so that an event reads alone. actor and target are a named organisation
-- or person, a described force (القوات العراقية) or a described group (مدنيون); place is the most specific
-- place the sentence ties to the count (else the dateline's), region its first-level division, country
-- its country. period_start..period_end is the day, week, month, year or span the text states, or the
-- publication date when it states none (period_stated false). Each *_evidence says what decided the
-- field. period_start_key/period_end_key are dim_date keys (NULL outside 1900-2100).
CREATE TABLE fact_event (
    event_id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT         NOT NULL,
    category          VARCHAR(16)    NOT NULL,
    amount            DECIMAL(24, 2) NOT NULL,
    amount_high       DECIMAL(24, 2) NULL,
    approximate       BOOLEAN        NOT NULL,
    kind              VARCHAR(16)    NOT NULL,
    actor             VARCHAR(300)   NULL,
    actor_type        VARCHAR(16)    NULL,
    actor_evidence    VARCHAR(500)   NULL,
    target            VARCHAR(300)   NULL,
    target_type       VARCHAR(16)    NULL,
    target_evidence   VARCHAR(500)   NULL,
    place             VARCHAR(300)   NULL,
    region            VARCHAR(100)   NULL,
    country           VARCHAR(100)   NULL,
    place_evidence    VARCHAR(500)   NULL,
    period_start      DATE           NULL,
    period_end        DATE           NULL,
    period_start_key  INT            NULL,
    period_end_key    INT            NULL,
    granularity       VARCHAR(8)     NULL,
    period_stated     BOOLEAN        NOT NULL,
    period_evidence   VARCHAR(300)   NULL,
    sentence          TEXT           NOT NULL,
    CONSTRAINT fk_fact_event_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id),
    CONSTRAINT ck_fact_event_category CHECK (category IN ('KILLED', 'WOUNDED', 'ARRESTED', 'OPERATIONS', 'AIRSTRIKES')),
    CONSTRAINT ck_fact_event_kind CHECK (kind IN ('EVENT', 'PERIOD_TOTAL')),
    CONSTRAINT ck_fact_event_actor_type CHECK (actor_type IN ('ORGANIZATION', 'PERSON', 'FORCE', 'GROUP')),
    CONSTRAINT ck_fact_event_target_type CHECK (target_type IN ('ORGANIZATION', 'PERSON', 'FORCE', 'GROUP')),
    CONSTRAINT ck_fact_event_granularity CHECK (granularity IN ('DAY', 'WEEK', 'MONTH', 'SEASON', 'YEAR', 'SPAN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fact_event_article ON fact_event (article_id);
CREATE INDEX ix_fact_event_country ON fact_event (country, period_start_key);
CREATE INDEX ix_fact_event_category ON fact_event (category, period_start_key);
