package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Axon's default serializer, XStream, is kept off the classpath (excluded from axon-messaging in
 * the root pom): every serializer of the service is Jackson, so a dependency that brings XStream
 * back fails here rather than widening what the service could deserialise.
 */
class NoXStreamTest {

  @Test
  void xstreamIsNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
