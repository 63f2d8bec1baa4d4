-- Service-contact logs claim "street/site/day" as their number, which can exceed 64 characters.
ALTER TABLE case_number_claim ALTER COLUMN case_number TYPE VARCHAR(160);
