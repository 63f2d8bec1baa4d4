-- Every statement that appends events notifies the channel the relay listens on. PostgreSQL
-- delivers a notification only when its transaction commits (and folds a transaction's repeats
-- into one), so the relay wakes when new events are readable, never before.
CREATE FUNCTION notify_event_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('registry_event_commits', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER notify_event_commit
  AFTER INSERT ON DomainEventEntry
  FOR EACH STATEMENT EXECUTE FUNCTION notify_event_commit();
