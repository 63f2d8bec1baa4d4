-- Axon's JDBC storage engine creates nothing itself; these follow its PostgreSQL table factories
-- (unquoted names, so PostgreSQL folds Axon's camelCase to lower case on both sides).
CREATE TABLE DomainEventEntry (
    globalIndex        BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255),
    eventIdentifier    VARCHAR(255) NOT NULL UNIQUE,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255) NOT NULL,
    -- Per-case optimistic concurrency: two writers of the same next event, one wins.
    UNIQUE (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255) NOT NULL,
    eventIdentifier    VARCHAR(255) NOT NULL UNIQUE,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timeStamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

-- Case numbers are unique per case type and year (set validation across aggregates).
CREATE TABLE case_number_claim (
    case_type   VARCHAR(32)  NOT NULL,
    case_year   INTEGER      NOT NULL,
    case_number VARCHAR(64)  NOT NULL,
    case_id     UUID         NOT NULL,
    PRIMARY KEY (case_type, case_year, case_number)
);
