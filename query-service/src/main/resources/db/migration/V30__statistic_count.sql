-- Counters the projection keeps beside the case tables (counts package): per case type, value of
-- the type's summary dimension ('' = all cases), business day, measure and detail, the number of
-- cases and the sum of their amounts. A year's figures read these, not every case of the year.
CREATE TABLE statistic_count (
    case_type       VARCHAR(32) NOT NULL,
    dimension_value VARCHAR(64) NOT NULL,
    day             DATE        NOT NULL,
    measure         VARCHAR(32) NOT NULL,
    detail          VARCHAR(40) NOT NULL,
    cases           BIGINT      NOT NULL,
    amount          NUMERIC     NOT NULL,
    PRIMARY KEY (case_type, dimension_value, day, measure, detail)
);
-- Open cases are counted from everything accepted and closed before a day: those measures are
-- also read across all earlier days, which this index keeps to their own rows.
CREATE INDEX statistic_count_measure ON statistic_count (case_type, dimension_value, measure, day);
