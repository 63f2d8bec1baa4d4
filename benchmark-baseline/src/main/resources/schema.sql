-- The shape of the suite's raw JDBC baseline table (benchmark Raw): an event store's essentials.
CREATE TABLE IF NOT EXISTS raw_event (
  global_index BIGSERIAL PRIMARY KEY,
  case_id VARCHAR(255) NOT NULL,
  sequence_number BIGINT NOT NULL,
  event_id VARCHAR(255) NOT NULL UNIQUE,
  payload BYTEA NOT NULL,
  UNIQUE (case_id, sequence_number));
