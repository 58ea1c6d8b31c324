-- BI contract: one row per article. Columns are only ever added, never renamed or removed.
-- file_path and charset are those of the file the article was first loaded from.
-- Added in 0.1: published_utc_offset (after job_execution_id).
CREATE OR REPLACE VIEW bi_article AS
SELECT a.article_id,
       s.name            AS source_name,
       a.title,
       a.author,
       a.dateline,
       a.published_at,
       a.language,
       a.reads_count,
       a.word_count,
       a.body,
       f.file_path,
       f.charset,
       a.content_hash,
       a.loaded_at,
       a.job_execution_id,
       a.published_utc_offset
FROM fact_article a
JOIN fact_file f ON f.file_id = a.origin_file_id
LEFT JOIN dim_source s ON s.source_id = a.source_id;
