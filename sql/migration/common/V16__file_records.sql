-- Files that hold several articles (JSON Lines, JSON arrays, TREC batches, archives) get one
-- fact_file row per record, named <file>#<record> or <archive>!/<entry>, pointing to the file's own
-- row, which is settled as EXPANDED.
ALTER TABLE fact_file ADD COLUMN parent_file_id BIGINT NULL;
ALTER TABLE fact_file ADD CONSTRAINT fk_fact_file_parent FOREIGN KEY (parent_file_id) REFERENCES fact_file (file_id);
ALTER TABLE fact_file DROP CONSTRAINT ck_fact_file_status;
ALTER TABLE fact_file ADD CONSTRAINT ck_fact_file_status
    CHECK (status IN ('PENDING', 'LOADED', 'DUPLICATE', 'UNCHANGED', 'QUARANTINED', 'EXPANDED'));
