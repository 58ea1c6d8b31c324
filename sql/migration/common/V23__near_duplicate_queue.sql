-- Articles whose near duplicates are still to be looked for. The chunk that writes an article writes
-- its band keys and its row here in the same transaction, partition by partition; the linking step,
-- once every partition has written, compares only these articles with those sharing a band and
-- deletes each row in the transaction of its links, so a restart links what is left, once.
-- banded is false for an article an earlier version loaded and stopped before indexing.
CREATE TABLE article_link_queue (
    article_id BIGINT  NOT NULL,
    banded     BOOLEAN NOT NULL,
    PRIMARY KEY (article_id),
    CONSTRAINT fk_article_link_queue_article FOREIGN KEY (article_id) REFERENCES fact_article (article_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO article_link_queue (article_id, banded)
SELECT a.article_id, FALSE
FROM fact_article a LEFT JOIN fact_article_band b ON b.article_id = a.article_id
WHERE b.article_id IS NULL AND a.minhash IS NOT NULL;
