-- How far each case has been projected: an event applies only if it is the next one of its case,
-- so a repeated delivery changes nothing and a gap is noticed instead of applied.
CREATE TABLE case_progress (
    case_id       UUID        NOT NULL PRIMARY KEY,
    case_type     VARCHAR(32) NOT NULL,
    last_sequence BIGINT      NOT NULL
);

-- Events that could not be applied, with why; the projection goes on without them.
CREATE TABLE dead_letter (
    id              BIGSERIAL    PRIMARY KEY,
    topic           VARCHAR(255) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    record_key      VARCHAR(255),
    record_value    BYTEA,
    reason          TEXT         NOT NULL,
    parked_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (topic, kafka_partition, kafka_offset)
);

-- One row per reconsideration case; no personal data.
CREATE TABLE reconsideration_case (
    case_id           UUID         NOT NULL PRIMARY KEY,
    case_number       VARCHAR(64)  NOT NULL,
    received_on       DATE         NOT NULL,
    channel           VARCHAR(32)  NOT NULL,
    street            VARCHAR(32)  NOT NULL,
    community         VARCHAR(32)  NOT NULL,
    category          VARCHAR(64)  NOT NULL,
    respondent_agency VARCHAR(200) NOT NULL
);
CREATE INDEX reconsideration_case_received_on ON reconsideration_case (received_on);
