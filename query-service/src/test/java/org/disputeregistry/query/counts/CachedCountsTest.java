package org.disputeregistry.query.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedCountsTest {

  private final AtomicLong changes = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();

  private String read() {
    return "answer " + reads.incrementAndGet();
  }

  @Test
  void anAnswerIsKeptWhileTheCountersStandAndReadAgainOnceTheyChange() {
    CachedCounts cached = new CachedCounts(() -> new CachedCounts.Version(1, changes.get()), 10);

    assertThat(cached.get("key", this::read)).isEqualTo("answer 1");
    assertThat(cached.get("key", this::read)).isEqualTo("answer 1");
    changes.incrementAndGet();
    assertThat(cached.get("key", this::read)).isEqualTo("answer 2");
    assertThat(cached.get("other", this::read)).isEqualTo("answer 3");
    assertThat(cached.get("key", this::read)).isEqualTo("answer 2");
  }

  @Test
  void anotherCountersTableIsAnotherVersionWhateverItsChanges() {
    AtomicLong table = new AtomicLong(1);
    CachedCounts cached = new CachedCounts(() -> new CachedCounts.Version(table.get(), 7), 10);

    cached.get("key", this::read);
    table.set(2);

    assertThat(cached.get("key", this::read)).isEqualTo("answer 2");
  }

  @Test
  void theAnswersKeptAreBoundedByTheirNumber() {
    CachedCounts cached = new CachedCounts(() -> new CachedCounts.Version(1, 0), 5);

    for (int key = 0; key < 100; key++) {
      cached.get(key, this::read);
    }

    assertThat(cached.size()).isLessThanOrEqualTo(5);
  }
}
