package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputeregistry.workbench.forms.FieldSpec;
import org.disputeregistry.workbench.forms.FormSpec;
import org.disputeregistry.workbench.forms.Forms;
import org.springframework.stereotype.Component;

/**
 * The name of the step ({@code decision}) a recorded step's event ({@code ReconsiderationDecided})
 * is, which an amendment names in {@code amended.step}. The timeline says the event's type, not the
 * step's name; a step's event carries the fields of the step's request under the same names, so the
 * step is the one of the collection whose required fields the event all has, and most of its
 * others. Two steps that fit as well are no answer: the page then offers no amendment.
 */
@Component
class StepNames {

  /** The operations on a case that are not steps. */
  static final Set<String> CORRECTIONS = Set.of("amendment", "retraction");

  private final Forms forms;

  StepNames(Forms forms) {
    this.forms = forms;
  }

  Optional<String> of(CaseCollection collection, JsonNode recorded) {
    String best = null;
    int bestScore = -1;
    boolean tie = false;
    for (String step : forms.steps(collection.path())) {
      if (CORRECTIONS.contains(step)) {
        continue;
      }
      Optional<FormSpec> form = forms.form(CaseSteps.path(collection, step));
      int score = form.map(f -> score(f.fields(), recorded)).orElse(-1);
      if (score > bestScore) {
        best = step;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score >= 0) {
        tie = true;
      }
    }
    return tie || bestScore < 1 ? Optional.empty() : Optional.ofNullable(best);
  }

  /** How many of the step's fields the event has; -1 if it lacks a required one. */
  private static int score(List<FieldSpec> fields, JsonNode recorded) {
    int score = 0;
    for (FieldSpec field : fields) {
      boolean has = recorded.hasNonNull(field.name());
      if (field.required() && !has) {
        return -1;
      }
      score += has ? 1 : 0;
    }
    return score;
  }
}
