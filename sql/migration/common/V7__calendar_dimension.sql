-- The calendar: one row per day, keyed yyyymmdd, filled for 1900-2100 by V8__fill_calendar (Java).
-- BI tools group by its columns instead of computing dates in every query. (YEAR, MONTH and DAY are
-- reserved words in H2, hence the longer column names.)
CREATE TABLE dim_date (
    date_key     INT         NOT NULL PRIMARY KEY,
    full_date    DATE        NOT NULL,
    calendar_year SMALLINT   NOT NULL,
    quarter      TINYINT     NOT NULL,
    month_of_year TINYINT    NOT NULL,
    day_of_month TINYINT     NOT NULL,
    month_start  DATE        NOT NULL,
    iso_week     TINYINT     NOT NULL,
    day_of_week  TINYINT     NOT NULL,
    day_name_ar  VARCHAR(10) NOT NULL,
    month_name_ar VARCHAR(10) NOT NULL,
    CONSTRAINT uk_dim_date_full_date UNIQUE (full_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_dim_date_month ON dim_date (month_start);
