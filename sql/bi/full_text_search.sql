-- Full-text search of titles and bodies (MariaDB's FULLTEXT index). InnoDB matches whole words as
-- written, so a word with a clitic is another word: search both forms, e.g. 'الموصل بالموصل'.
SELECT article_id,
       source_name,
       title,
       published_at
FROM bi_article
WHERE MATCH (title, body) AGAINST ('الموصل' IN BOOLEAN MODE)
ORDER BY published_at DESC, article_id
