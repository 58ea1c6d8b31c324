-- Deep archive trees, and records named <file>#<record> or <archive>!/<entry>, need room: the listing
-- registers paths up to 1,500 characters (longer ones are quarantined with the reason).
ALTER TABLE fact_file MODIFY COLUMN file_path VARCHAR(2000) NOT NULL;
