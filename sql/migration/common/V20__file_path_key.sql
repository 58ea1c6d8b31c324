-- Incremental runs: the listing looks up each path's last settled row to mark files whose size and
-- modification time have not changed as UNCHANGED, without reading them again. path_key is a 64-bit
-- hash of the path (a path is too long to index whole in utf8mb4); the path itself confirms a match.
ALTER TABLE fact_file ADD COLUMN path_key BIGINT NULL;
CREATE INDEX ix_fact_file_path_key ON fact_file (path_key, file_id);
