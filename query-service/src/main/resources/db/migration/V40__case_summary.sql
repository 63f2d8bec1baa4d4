-- One row per case of every type but service-contact days, for the case list (GET /api/cases): what
-- a case is, where it stands and who handles it; no personal data (the events carry none).
CREATE TABLE case_summary (
    case_id            UUID         NOT NULL PRIMARY KEY,
    -- RECONSIDERATION, COMMERCIAL_MEDIATION or PETITION (shared-events' CaseType).
    case_type          VARCHAR(32)  NOT NULL,
    case_number        VARCHAR(64)  NOT NULL,
    -- The state as the command side names it (RECEIVED, UNDER_REVIEW, CLOSED, ...).
    state              VARCHAR(32)  NOT NULL,
    -- Null for a commercial mediation from outside the district.
    street             VARCHAR(32),
    community          VARCHAR(32),
    -- The category (领域); a commercial mediation's dispute type.
    category           VARCHAR(64)  NOT NULL,
    -- The organisation that owns the case, as the access token's org claim names it.
    organisation       VARCHAR(80)  NOT NULL,
    -- The appointed mediator, the department a petition is assigned to; null if none.
    handler            VARCHAR(200),
    received_on        DATE         NOT NULL,
    accepted_on        DATE,
    -- The day the case ended (an ending step, a non-acceptance, redirection or abandonment) and how.
    closed_on          DATE,
    outcome            VARCHAR(40),
    -- The due date of the statutory time limit running now, if one does.
    next_due_on        DATE,
    last_business_date DATE         NOT NULL,
    -- The sequence number of the case's last event.
    version            BIGINT       NOT NULL
);
CREATE INDEX case_summary_received_on ON case_summary (received_on, case_id);
CREATE INDEX case_summary_case_number ON case_summary (case_number text_pattern_ops);
CREATE INDEX case_summary_organisation ON case_summary (organisation, received_on);
CREATE INDEX case_summary_closed_on ON case_summary (closed_on);
CREATE INDEX case_summary_next_due_on ON case_summary (next_due_on) WHERE next_due_on IS NOT NULL;

-- A database that already holds cases: their rows as far as the case tables tell (a reconsideration
-- awaiting correction shows as RECEIVED, a petition's department is not known, the last business
-- date is the latest date kept). A rebuild (POST /api/admin/rebuild) makes them exact; every later
-- event of a case keeps its row exact from then on.
INSERT INTO case_summary
SELECT c.case_id, 'RECONSIDERATION', c.case_number,
       CASE WHEN c.closed_on IS NOT NULL THEN 'CLOSED'
            WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED'
            WHEN c.redirected_on IS NOT NULL THEN 'REDIRECTED'
            WHEN c.abandoned_on IS NOT NULL THEN 'ABANDONED'
            WHEN c.suspended_on IS NOT NULL THEN 'SUSPENDED'
            WHEN c.accepted_on IS NOT NULL THEN 'UNDER_REVIEW'
            ELSE 'RECEIVED' END,
       c.street, c.community, c.category, 'RECONSIDERATION_OFFICE', NULL,
       c.received_on, c.accepted_on,
       coalesce(c.closed_on, c.not_accepted_on, c.redirected_on, c.abandoned_on),
       CASE WHEN c.closed_on IS NOT NULL THEN c.ending
            WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED'
            WHEN c.redirected_on IS NOT NULL THEN 'REDIRECTED'
            WHEN c.abandoned_on IS NOT NULL THEN 'ABANDONED' END,
       CASE WHEN c.closed_on IS NULL AND c.suspended_on IS NULL THEN c.decision_due_on END,
       greatest(c.received_on, c.accepted_on, c.not_accepted_on, c.redirected_on, c.abandoned_on,
                c.suspended_on, c.closed_on),
       p.last_sequence
FROM reconsideration_case c JOIN case_progress p ON p.case_id = c.case_id;

INSERT INTO case_summary
SELECT c.case_id, 'COMMERCIAL_MEDIATION', c.case_number,
       CASE WHEN c.conclusion = 'AGREEMENT' THEN 'AGREED'
            WHEN c.conclusion IS NOT NULL THEN c.conclusion
            WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED'
            WHEN c.accepted_on IS NOT NULL THEN 'ACCEPTED'
            ELSE 'RECEIVED' END,
       c.street, c.community, c.dispute_type, 'CENTRE:' || c.centre, c.mediator,
       c.received_on, c.accepted_on,
       coalesce(c.concluded_on, c.not_accepted_on),
       CASE WHEN c.conclusion IS NOT NULL THEN c.conclusion
            WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED' END,
       NULL,
       greatest(c.received_on, c.accepted_on, c.not_accepted_on, c.concluded_on,
                c.confirmation_applied_on, c.confirmation_ruled_on, c.performed_on),
       p.last_sequence
FROM commercial_mediation_case c JOIN case_progress p ON p.case_id = c.case_id;

INSERT INTO case_summary
SELECT c.case_id, 'PETITION', c.case_number,
       CASE WHEN c.re_review_decided_on IS NOT NULL THEN 'CONCLUDED'
            WHEN c.re_review_requested_on IS NOT NULL THEN 'UNDER_RE_REVIEW'
            WHEN c.review_decided_on IS NOT NULL THEN 'REVIEWED'
            WHEN c.review_requested_on IS NOT NULL THEN 'UNDER_REVIEW'
            WHEN c.replied_on IS NOT NULL THEN 'REPLIED'
            WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED'
            WHEN c.redirected_on IS NOT NULL THEN 'REDIRECTED'
            WHEN c.accepted_on IS NOT NULL THEN 'ACCEPTED'
            ELSE 'REGISTERED' END,
       c.street, c.community, c.category, 'STREET:' || c.street, NULL,
       c.registered_on, c.accepted_on,
       coalesce(c.resolution_on, c.not_accepted_on, c.redirected_on),
       coalesce(c.resolution, CASE WHEN c.not_accepted_on IS NOT NULL THEN 'NOT_ACCEPTED'
                                   WHEN c.redirected_on IS NOT NULL THEN 'REDIRECTED' END),
       CASE WHEN c.re_review_requested_on IS NOT NULL THEN
                 CASE WHEN c.re_review_decided_on IS NULL THEN c.re_review_due_on END
            WHEN c.review_requested_on IS NOT NULL THEN
                 CASE WHEN c.review_decided_on IS NULL THEN c.review_due_on END
            WHEN c.replied_on IS NOT NULL OR c.not_accepted_on IS NOT NULL
                 OR c.redirected_on IS NOT NULL THEN NULL
            WHEN c.accepted_on IS NOT NULL THEN c.reply_due_on
            ELSE c.acceptance_due_on END,
       greatest(c.registered_on, c.accepted_on, c.not_accepted_on, c.redirected_on, c.assigned_on,
                c.replied_on, c.resolution_on, c.rated_on, c.review_requested_on,
                c.review_decided_on, c.re_review_requested_on, c.re_review_decided_on),
       p.last_sequence
FROM petition_case c JOIN case_progress p ON p.case_id = c.case_id;
