-- The counters' version (counts package): answers read from statistic_count are cached, and a
-- cached answer holds only while the sum of n here is what it was read under. Every transaction
-- that changes statistic_count adds one, whoever writes it (the projection, a migration's recount,
-- an operator's SQL), through the statement trigger below; in one of 16 slots picked by its
-- transaction id, so that two writers at once rarely wait for each other's row.
CREATE TABLE statistic_count_version (
    slot SMALLINT PRIMARY KEY,
    n    BIGINT   NOT NULL
);

-- Once per transaction and schema (a transaction-local setting remembers it), before the
-- statement's first row: the slot's row is locked before any counter's, as by every writer.
-- The version table is the one beside the changed counters (a rebuild writes its shadow copies).
CREATE FUNCTION statistic_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('registry.statistic_count_changed', true) IS DISTINCT FROM TG_TABLE_SCHEMA THEN
    PERFORM set_config('registry.statistic_count_changed', TG_TABLE_SCHEMA, true);
    EXECUTE format(
      'INSERT INTO %I.statistic_count_version AS v (slot, n) VALUES ($1, 1)'
        || ' ON CONFLICT (slot) DO UPDATE SET n = v.n + 1',
      TG_TABLE_SCHEMA)
    USING (txid_current() % 16)::smallint;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER statistic_count_changed
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON statistic_count
    FOR EACH STATEMENT EXECUTE FUNCTION statistic_count_changed();
