-- Full-text search of article bodies for BI users (MATCH ... AGAINST). InnoDB splits on spaces and
-- punctuation, so a word with a clitic (بالعراق) is its own token: see sql/bi/full_text_search.sql.
-- MariaDB only: H2 has no FULLTEXT index.
CREATE FULLTEXT INDEX ix_fact_article_body_fulltext ON fact_article (title, body);
