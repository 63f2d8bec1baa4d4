-- Published figures (publication package): a year's totals as an admin published them, and the
-- contribution rows of every case they were made of, so that what changed since can be told case
-- by case. Not a read model: it cannot be rebuilt from the topic, so it lives in a schema of its
-- own, which a rebuild (it swaps every table of the read models' schema) leaves alone.
CREATE SCHEMA publication;

-- One row per published version of a year: 1, 2, ...; the latest is current.
CREATE TABLE publication.snapshot (
    year         INTEGER      NOT NULL,
    version      INTEGER      NOT NULL CHECK (version > 0),
    -- The moment the figures were read (the report's as-of time).
    published_at TIMESTAMPTZ  NOT NULL,
    -- The access token's subject and organisation.
    published_by VARCHAR(200) NOT NULL,
    organisation VARCHAR(80)  NOT NULL,
    -- The yearly totals exactly as GET /api/statistics/totals answered them then (JSON text).
    totals       JSON         NOT NULL,
    PRIMARY KEY (year, version)
);

-- What each case contributed to the published figures (the rows the counters sum): the year's rows
-- and the earlier rows of cumulative measures; service-contact days with their persons.
CREATE TABLE publication.contribution (
    year            INTEGER     NOT NULL,
    version         INTEGER     NOT NULL,
    case_type       VARCHAR(32) NOT NULL,
    case_id         UUID        NOT NULL,
    dimension_value VARCHAR(64),
    measure         VARCHAR(32) NOT NULL,
    detail          VARCHAR(40) NOT NULL,
    day             DATE        NOT NULL,
    amount          NUMERIC     NOT NULL
);
-- Hundreds of thousands of rows a version, appended in one statement with the version's snapshot
-- row (no foreign key: a check per row would triple the time); a version's rows lie together, so a
-- block-range index finds them for almost nothing.
CREATE INDEX contribution_version ON publication.contribution USING brin (year, version);

-- Published is published: the database refuses to change or remove either table's rows.
CREATE FUNCTION publication.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published figures are never changed (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER snapshot_is_immutable BEFORE UPDATE OR DELETE OR TRUNCATE
    ON publication.snapshot FOR EACH STATEMENT EXECUTE FUNCTION publication.refuse_change();
CREATE TRIGGER contribution_is_immutable BEFORE UPDATE OR DELETE OR TRUNCATE
    ON publication.contribution FOR EACH STATEMENT EXECUTE FUNCTION publication.refuse_change();
