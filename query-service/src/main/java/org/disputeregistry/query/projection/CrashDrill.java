package org.disputeregistry.query.projection;

import java.util.concurrent.atomic.AtomicLong;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the crash test only, and absent unless its property is set: halts the JVM like a power cut
 * (no shutdown hooks, no commit) in the middle of a batch, after this many events were applied.
 */
@Component
@ConditionalOnProperty(CrashDrill.PROPERTY)
public class CrashDrill implements Projection {

  public static final String PROPERTY = "registry.projection.crash-drill.halt-after-events";
  public static final int EXIT_STATUS = 86;

  private final long haltAfter;
  private final AtomicLong applied = new AtomicLong();

  CrashDrill(@Value("${" + PROPERTY + "}") long haltAfter) {
    this.haltAfter = haltAfter;
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    if (applied.incrementAndGet() >= haltAfter) {
      LoggerFactory.getLogger(CrashDrill.class).warn("Crash drill: halting after {}", haltAfter);
      Runtime.getRuntime().halt(EXIT_STATUS);
    }
  }

  @Override
  public void forget(CaseId caseId) {
    // Keeps no rows.
  }
}
