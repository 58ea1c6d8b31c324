-- Every file a run saw, one row per file per job instance: the import's work list and its lineage.
-- The listing step registers files as PENDING; the extract step settles each one in the same
-- transaction as the article it became: LOADED, DUPLICATE (its text was already loaded) or
-- QUARANTINED (with the reason). A restarted run keeps the same job instance and resumes the rows
-- still PENDING, so nothing is lost and nothing written twice.
CREATE TABLE fact_file (
    file_id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_instance_id  BIGINT        NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    file_path        VARCHAR(1024) NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    modified_at      DATETIME(3)   NULL,
    status           VARCHAR(16)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    media_type       VARCHAR(100)  NULL,
    charset          VARCHAR(40)   NULL,
    charset_method   VARCHAR(24)   NULL,
    charset_confidence INT         NULL,
    content_hash     CHAR(64)      NULL,
    article_id       BIGINT        NULL,
    seen_at          DATETIME(3)   NOT NULL,
    CONSTRAINT ck_fact_file_status CHECK (status IN ('PENDING', 'LOADED', 'DUPLICATE', 'UNCHANGED', 'QUARANTINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The extract step pages through a job instance's PENDING files in file_id order.
CREATE INDEX ix_fact_file_work ON fact_file (job_instance_id, status, file_id);
