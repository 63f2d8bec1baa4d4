package org.disputeregistry.query.deadletter;

import java.util.Optional;
import org.disputeregistry.query.projection.Outcome;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.projection.Targets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a dead letter through the projector again and settles it in the same transaction: removed
 * once it applies or turns out to be a repeat, kept with the new reason if it still fails.
 */
@Component
public class DeadLetterReplay {

  private final DeadLetterStore store;
  private final Projector projector;
  private final Targets targets;

  DeadLetterReplay(DeadLetterStore store, Projector projector, Targets targets) {
    this.store = store;
    this.projector = projector;
    this.targets = targets;
  }

  @Transactional
  public Optional<ReplayResult> replay(long id) {
    // First, as every live transaction: a rebuild's switch must not find this one half done.
    targets.enter(Target.LIVE);
    return store.lock(id).map(this::replay);
  }

  private ReplayResult replay(DeadLetter letter) {
    Outcome outcome = projector.replay(letter.record());
    if (outcome.kind() == Outcome.Kind.PARKED) {
      store.reparked(letter.id(), outcome.reason());
      return new ReplayResult(letter.id(), outcome.kind(), outcome.reason(), false);
    }
    store.delete(letter.id());
    return new ReplayResult(letter.id(), outcome.kind(), null, true);
  }
}
