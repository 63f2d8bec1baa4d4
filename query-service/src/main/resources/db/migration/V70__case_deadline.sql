-- Every statutory time limit of every case, one row per case and kind (docs/time-limits.md): when
-- its clock started, the due date known now (extensions included), and the day it stopped running
-- (its step taken, the case ended or suspended), null while it runs. Fed by the events; the article
-- of each limit is read from the law of the case's receipt date when the lists are read.
CREATE TABLE case_deadline (
    case_id    UUID        NOT NULL,
    -- DeadlineKind: RECONSIDERATION_DECISION, PETITION_REPLY, ...
    kind       VARCHAR(40) NOT NULL,
    started_on DATE        NOT NULL,
    due_on     DATE        NOT NULL,
    ended_on   DATE,
    -- A reconsideration's procedure (ORDINARY, SIMPLIFIED), whose periods differ; null otherwise.
    procedure  VARCHAR(16),
    PRIMARY KEY (case_id, kind)
);
CREATE INDEX case_deadline_due_on ON case_deadline (due_on);

-- A database that already holds cases: the limits the case tables tell (those of petitions and of
-- reconsideration decisions); a rebuild (POST /api/admin/rebuild) adds the others.
INSERT INTO case_deadline
SELECT case_id, 'PETITION_ACCEPTANCE', registered_on, acceptance_due_on,
       least(accepted_on, not_accepted_on, redirected_on), NULL
FROM petition_case;
INSERT INTO case_deadline
SELECT case_id, 'PETITION_REPLY', accepted_on, reply_due_on, replied_on, NULL
FROM petition_case WHERE accepted_on IS NOT NULL AND reply_due_on IS NOT NULL;
INSERT INTO case_deadline
SELECT case_id, 'PETITION_REVIEW_DECISION', review_requested_on, review_due_on, review_decided_on,
       NULL
FROM petition_case WHERE review_requested_on IS NOT NULL AND review_due_on IS NOT NULL;
INSERT INTO case_deadline
SELECT case_id, 'PETITION_RE_REVIEW_DECISION', re_review_requested_on, re_review_due_on,
       re_review_decided_on, NULL
FROM petition_case WHERE re_review_requested_on IS NOT NULL AND re_review_due_on IS NOT NULL;
INSERT INTO case_deadline
SELECT case_id, 'RECONSIDERATION_DECISION', accepted_on, decision_due_on,
       least(closed_on, suspended_on), procedure
FROM reconsideration_case WHERE accepted_on IS NOT NULL AND decision_due_on IS NOT NULL;
