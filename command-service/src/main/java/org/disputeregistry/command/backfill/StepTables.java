package org.disputeregistry.command.backfill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every case type's {@link StepTable}, by the {@code type} a line names. */
@Component
class StepTables {

  private final Map<String, StepTable> byType;

  StepTables(List<StepTable> tables) {
    // toMap refuses two tables of the same type at start-up.
    this.byType = tables.stream().collect(Collectors.toMap(StepTable::type, Function.identity()));
  }

  Optional<StepTable> forType(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  SortedSet<String> types() {
    return new TreeSet<>(byType.keySet());
  }
}
