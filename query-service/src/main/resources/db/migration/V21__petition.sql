-- One row per petition: the dates of every counted step, due dates and on-time
-- flags; the number of persons, never who they are.
CREATE TABLE petition_case (
    case_id                UUID        NOT NULL PRIMARY KEY,
    case_number            VARCHAR(64) NOT NULL,
    registered_on          DATE        NOT NULL,
    channel                VARCHAR(16) NOT NULL,
    persons                INTEGER     NOT NULL,
    is_group               BOOLEAN     NOT NULL,
    is_repeat              BOOLEAN     NOT NULL,
    street                 VARCHAR(32) NOT NULL,
    community              VARCHAR(32) NOT NULL,
    category               VARCHAR(64) NOT NULL,
    acceptance_due_on      DATE        NOT NULL,
    accepted_on            DATE,
    accepted_on_time       BOOLEAN,
    not_accepted_on        DATE,
    redirected_on          DATE,
    legal_channel          VARCHAR(16),
    assigned_on            DATE,
    assignment_due_on      DATE,
    -- 60 days from acceptance, moved by the one extension.
    reply_due_on           DATE,
    reply_extended         BOOLEAN     NOT NULL DEFAULT FALSE,
    replied_on             DATE,
    replied_on_time        BOOLEAN,
    -- RESOLVED or NOT_RESOLVED, and the day it was concluded.
    resolution             VARCHAR(16),
    resolution_on          DATE,
    satisfaction           VARCHAR(24),
    rated_on               DATE,
    review_requested_on    DATE,
    review_due_on          DATE,
    review_decided_on      DATE,
    review_outcome         VARCHAR(8),
    re_review_requested_on DATE,
    re_review_due_on       DATE,
    re_review_decided_on   DATE,
    re_review_outcome      VARCHAR(8)
);
CREATE INDEX petition_case_registered_on ON petition_case (registered_on);
CREATE INDEX petition_case_accepted_on ON petition_case (accepted_on);
