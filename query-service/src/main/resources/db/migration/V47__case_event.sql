-- Every event of every case (service-contact days aside) as published, in its case's order: what a
-- correction of a step folds the case's rows from again (its opening and its steps in effect). Cases
-- projected before this table existed have no history here; a correction of one is parked until a
-- rebuild (POST /api/admin/rebuild) has filled it.
CREATE TABLE case_event (
    case_id  UUID   NOT NULL,
    sequence BIGINT NOT NULL,
    envelope JSONB  NOT NULL,
    PRIMARY KEY (case_id, sequence)
);
