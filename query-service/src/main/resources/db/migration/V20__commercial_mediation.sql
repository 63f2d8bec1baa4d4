-- One row per commercial mediation case: what its statistics count; no parties.
CREATE TABLE commercial_mediation_case (
    case_id                 UUID           NOT NULL PRIMARY KEY,
    case_number             VARCHAR(64)    NOT NULL,
    received_on             DATE           NOT NULL,
    centre                  VARCHAR(64)    NOT NULL,
    source                  VARCHAR(32)    NOT NULL,
    dispute_type            VARCHAR(32)    NOT NULL,
    -- Null for a dispute from outside the district.
    street                  VARCHAR(32),
    community               VARCHAR(32),
    -- Exact decimals as sent; the currency beside each amount (CNY almost always).
    amount_in_dispute       NUMERIC        NOT NULL,
    dispute_currency        CHAR(3)        NOT NULL,
    accepted_on             DATE,
    not_accepted_on         DATE,
    -- The appointed mediator (null after a recusal), then the one who concluded the case.
    mediator                VARCHAR(64),
    -- The ending: AGREEMENT, NO_AGREEMENT or WITHDRAWN, and its date.
    concluded_on            DATE,
    conclusion              VARCHAR(16),
    amount_agreed           NUMERIC,
    agreed_currency         CHAR(3),
    confirmation_applied_on DATE,
    confirmation_ruled_on   DATE,
    confirmation_ruling     VARCHAR(8),
    performed_on            DATE,
    performance             VARCHAR(8),
    amount_performed        NUMERIC,
    performed_currency      CHAR(3)
);
CREATE INDEX commercial_mediation_case_received_on ON commercial_mediation_case (received_on);
CREATE INDEX commercial_mediation_case_concluded_on ON commercial_mediation_case (concluded_on);
