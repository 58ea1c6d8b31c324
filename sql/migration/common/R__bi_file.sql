-- BI contract: every file every run saw, with what became of it. Files still PENDING belong to a run
-- that has not finished (or failed and awaits a restart) and are shown as such.
CREATE OR REPLACE VIEW bi_file AS
SELECT f.file_path,
       f.charset,
       f.status,
       f.reason,
       f.article_id,
       f.job_execution_id,
       f.seen_at
FROM fact_file f;
