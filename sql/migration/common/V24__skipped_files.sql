-- SKIPPED: listed but not an article file, and never read: a symbolic link (not followed, or leading
-- outside the input folder), a FIFO, socket or device, a hidden file or folder. The reason says which.
ALTER TABLE fact_file DROP CONSTRAINT ck_fact_file_status;
ALTER TABLE fact_file ADD CONSTRAINT ck_fact_file_status
    CHECK (status IN ('PENDING', 'LOADED', 'DUPLICATE', 'UNCHANGED', 'QUARANTINED', 'EXPANDED', 'DISAPPEARED', 'REQUEUED',
                      'REPLACED', 'SKIPPED'));
