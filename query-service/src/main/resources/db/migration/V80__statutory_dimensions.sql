-- The dimensions of the statutory tables (docs/statistics.md, "Respondents, applicants, departments
-- and parties"). A code of the reference data, or an explicit UNKNOWN / UNMAPPED / NOT_ASSIGNED:
-- never null, so no case drops out of a breakdown. The respondent of a case projected before is
-- mapped from its stored text on the next start; applicants, parties and departments were not
-- stored, so those cases count as UNKNOWN until a rebuild (POST /api/admin/rebuild) reads them again.
ALTER TABLE reconsideration_case
    ADD COLUMN respondent       VARCHAR(64)    NOT NULL DEFAULT 'UNMAPPED',
    ADD COLUMN respondent_level VARCHAR(32)    NOT NULL DEFAULT 'UNMAPPED',
    -- Each kind present once: a case with two natural persons counts once under PERSON.
    ADD COLUMN applicant_kinds  VARCHAR(32)[]  NOT NULL DEFAULT '{UNKNOWN}';
UPDATE reconsideration_case SET act_kind = 'UNKNOWN' WHERE act_kind IS NULL;
ALTER TABLE reconsideration_case
    ALTER COLUMN act_kind SET DEFAULT 'UNKNOWN',
    ALTER COLUMN act_kind SET NOT NULL;

ALTER TABLE petition_case
    ADD COLUMN department      VARCHAR(64)  NOT NULL DEFAULT 'NOT_ASSIGNED',
    -- The department as the assignment named it: what an UNMAPPED code was mapped from.
    ADD COLUMN department_text VARCHAR(200);
UPDATE petition_case SET department = 'UNKNOWN' WHERE assigned_on IS NOT NULL;

ALTER TABLE commercial_mediation_case
    ADD COLUMN party_origins VARCHAR(32)[] NOT NULL DEFAULT '{UNKNOWN}';
