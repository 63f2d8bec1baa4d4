package org.disputeregistry.query.statistics;

import java.nio.file.Path;
import org.disputeregistry.events.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data of this deployment: the contract's default, or the file it names. */
@Configuration
class ReferenceDataConfiguration {

  @Bean
  ReferenceData referenceData(@Value("${registry.reference-data:}") String file) {
    return file.isBlank() ? ReferenceData.defaults() : ReferenceData.load(Path.of(file));
  }
}
