-- Everything the reconsideration statistics count, one row per case (docs/statistics.md).
ALTER TABLE reconsideration_case
    ADD COLUMN act_kind        VARCHAR(40),
    ADD COLUMN procedure       VARCHAR(16),
    ADD COLUMN accepted_on     DATE,
    ADD COLUMN not_accepted_on DATE,
    ADD COLUMN redirected_on   DATE,
    ADD COLUMN abandoned_on    DATE,
    ADD COLUMN decision_due_on DATE,
    ADD COLUMN suspended_on    DATE,
    -- The ending step (审结) of an accepted case, and its kind (mediation, decision outcome, ...).
    ADD COLUMN closed_on       DATE,
    ADD COLUMN ending          VARCHAR(40),
    ADD COLUMN closed_on_time  BOOLEAN;

CREATE INDEX reconsideration_case_accepted_on ON reconsideration_case (accepted_on);
CREATE INDEX reconsideration_case_closed_on ON reconsideration_case (closed_on);
