-- Each case's events are kept as the bytes of the Kafka record they came in (the envelope's JSON,
-- UTF-8), not as JSONB: nothing queries inside them, they are only read back whole to fold a
-- correction, and storing the record as published spares writing the decoded envelope out again
-- and PostgreSQL parsing it (most of what the projection spent on the history). Rewrites the table.
ALTER TABLE case_event ALTER COLUMN envelope TYPE BYTEA USING convert_to(envelope::text, 'UTF8');
