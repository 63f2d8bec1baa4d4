package org.disputeregistry.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Every size a caller controls is bounded while the request is read, before anything is built from
 * it: the body's bytes (a larger body is a 413, counted as it streams in, chunked or not) and what
 * the JSON reader takes (string and number length, nesting, tokens: a huge array is refused after
 * {@code max-token-count} tokens, not materialised and then found too long by {@code @Size}).
 */
@Configuration(proxyBeanMethods = false)
public class RequestLimits {

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(
      @Value("${registry.http.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${registry.http.unbounded-paths:}") List<String> unboundedPaths) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(maxBodySize.toBytes(), unboundedPaths));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Collections are read up to their {@code @Size(max)}, or this many elements without one. */
  @Bean
  com.fasterxml.jackson.databind.Module boundedCollections(
      @Value("${registry.json.max-collection-size:1000}") int maxCollectionSize) {
    return BoundedCollections.module(maxCollectionSize);
  }

  /**
   * Deliberate limits for the JSON reader, far above any valid request (the longest text is 500
   * characters, the longest list 1,000 entries, the deepest nesting 4) and far below what hurts.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonReadLimits(
      @Value("${registry.json.max-string-length:100000}") int maxStringLength,
      @Value("${registry.json.max-number-length:100}") int maxNumberLength,
      @Value("${registry.json.max-nesting-depth:32}") int maxNestingDepth,
      @Value("${registry.json.max-document-length:1048576}") long maxDocumentLength,
      @Value("${registry.json.max-token-count:100000}") long maxTokenCount) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxStringLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .maxNestingDepth(maxNestingDepth)
            .maxDocumentLength(maxDocumentLength)
            .maxTokenCount(maxTokenCount)
            .maxNameLength(1000)
            .build();
    return builder ->
        builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(constraints));
  }
}
