-- Whether the speaker is a person or an organisation of the article (PERSON, ORGANIZATION); NULL when the
-- speaker is not one of its entities or nobody is named.
ALTER TABLE fact_quote ADD COLUMN speaker_type VARCHAR(16) NULL;
ALTER TABLE fact_quote ADD CONSTRAINT ck_fact_quote_speaker_type CHECK (speaker_type IN ('PERSON', 'ORGANIZATION'));
