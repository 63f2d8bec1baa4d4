package org.disputeregistry.query.statistics;

import java.nio.file.Path;
import java.util.Optional;
import org.disputeregistry.events.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Chinese and English labels of reference codes, for breakdowns and reports. */
@Component
public class Labels {

  private final ReferenceData data;

  Labels(@Value("${registry.reference-data:}") String file) {
    this.data = file.isBlank() ? ReferenceData.defaults() : ReferenceData.load(Path.of(file));
  }

  public ReferenceData.Label district() {
    return data.district();
  }

  /** The labels of a code of the dimension; a free-text value (an agency) labels itself. */
  public ReferenceData.Label of(Dimension dimension, String code) {
    Optional<ReferenceData.Label> label =
        switch (dimension) {
          case STREET ->
              data.street(code).map(s -> new ReferenceData.Label(s.code(), s.zh(), s.en()));
          case COMMUNITY ->
              data.streets().stream().flatMap(s -> s.community(code).stream()).findFirst();
          case CATEGORY -> data.category(code);
          case CENTRE -> data.mediationCentre(code);
          default -> Optional.empty();
        };
    return label.orElse(new ReferenceData.Label(code, code, code));
  }
}
