-- Paths in fact_file are relative to the folder a run read. input_key (64 bits of the folder's
-- absolute path's SHA-256) keeps runs over different folders apart: a file is UNCHANGED, or has
-- disappeared, only with respect to earlier runs over the same folder.
ALTER TABLE fact_file ADD COLUMN input_key BIGINT NULL;
CREATE INDEX ix_fact_file_input_key ON fact_file (input_key, job_instance_id);

-- DISAPPEARED: a file an earlier run over the folder saw is gone (its article is kept).
-- REQUEUED: an operator asked for a quarantined file to be read again by the next run.
-- REPLACED: a file that changed; its article was updated in place with the new text.
ALTER TABLE fact_file DROP CONSTRAINT ck_fact_file_status;
ALTER TABLE fact_file ADD CONSTRAINT ck_fact_file_status
    CHECK (status IN ('PENDING', 'LOADED', 'DUPLICATE', 'UNCHANGED', 'QUARANTINED', 'EXPANDED', 'DISAPPEARED', 'REQUEUED',
                      'REPLACED'));
