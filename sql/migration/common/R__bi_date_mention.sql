-- BI contract: dates articles mention about events; value is yyyy-mm-dd, yyyy-mm or yyyy.
-- (Back-quoted: VALUE is a reserved word in H2; MariaDB and H2's MariaDB mode both accept it.)
CREATE OR REPLACE VIEW bi_date_mention AS
SELECT d.article_id,
       d.expression,
       d.date_value AS `value`,
       d.granularity
FROM fact_date_mention d;
