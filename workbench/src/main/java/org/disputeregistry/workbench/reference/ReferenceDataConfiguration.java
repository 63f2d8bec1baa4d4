package org.disputeregistry.workbench.reference;

import java.nio.file.Path;
import org.disputeregistry.events.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The same reference data as the command side's ({@code registry.reference-data}). */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

  @Bean
  ReferenceData referenceData(@Value("${registry.reference-data:}") String file) {
    return file.isBlank() ? ReferenceData.defaults() : ReferenceData.load(Path.of(file));
  }
}
