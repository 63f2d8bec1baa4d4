-- Person-times served (服务人次), pre-aggregated per site and day as the batches arrive: a year is
-- a few thousand rows to sum, whatever the number of contacts.
CREATE TABLE service_contact_day (
    case_id   UUID         NOT NULL PRIMARY KEY,
    site      VARCHAR(200) NOT NULL,
    street    VARCHAR(32)  NOT NULL,
    community VARCHAR(32)  NOT NULL,
    served_on DATE         NOT NULL,
    batches   INTEGER      NOT NULL DEFAULT 0,
    persons   BIGINT       NOT NULL DEFAULT 0,
    -- A void of more than was logged contradicts the log: the event is parked, not applied.
    CHECK (batches >= 0 AND persons >= 0)
);
CREATE INDEX service_contact_day_served_on ON service_contact_day (served_on, street);
