package org.disputeregistry.query.counts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers read from the counters, kept while the counters stand as they were read: a lookup first
 * reads the counters' version (one short query) and reads the counters again if an answer was read
 * under another one. The version is the identity of the {@code statistic_count} table (a rebuild
 * switches in another one) and the sum of {@code statistic_count_version}, which every transaction
 * that changes the counters raises, whoever writes them (V90's trigger); so replicas on one
 * database never serve what another's projection has changed. Reading the version before the
 * counters is what makes this safe: counters read after it are at least as new, and a change
 * committed in between only costs one more read later.
 */
@Component
class CachedCounts {

  private static final String VERSION =
      "SELECT 'statistic_count'::regclass::oid::bigint,"
          + " (SELECT coalesce(sum(n), 0) FROM statistic_count_version)";

  /** The counters' table and how many transactions have changed it. */
  record Version(long table, long changes) {}

  private record Entry(Version version, Object answer) {}

  private final Supplier<Version> version;
  private final Cache<Object, Entry> answers;

  @Autowired
  CachedCounts(JdbcTemplate jdbc, @Value("${registry.statistics.cached-answers:1000}") int size) {
    this(
        () -> jdbc.queryForObject(VERSION, (rs, row) -> new Version(rs.getLong(1), rs.getLong(2))),
        size);
  }

  /** Bounded by entries: a period is any pair of days, so the keys are not. */
  CachedCounts(Supplier<Version> version, int size) {
    this.version = version;
    this.answers = Caffeine.newBuilder().maximumSize(size).build();
  }

  /**
   * The answer under {@code key} (a record of everything it depends on) as the counters stand now:
   * the one kept if they have not changed since it was read, else {@code read}'s, then kept. The
   * answer must not change once returned.
   */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> read) {
    Version now = version.get();
    Entry kept = answers.getIfPresent(key);
    if (kept != null && kept.version().equals(now)) {
      return (T) kept.answer();
    }
    T answer = read.get();
    answers.put(key, new Entry(now, answer));
    return answer;
  }

  /** How many answers are kept (after pending evictions). */
  long size() {
    answers.cleanUp();
    return answers.estimatedSize();
  }
}
