package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapSamplerTest {

  @Test
  void readsTheHeapInUseFromTheActuatorsAnswer() {
    String answer =
        """
        {"name":"jvm.memory.used","description":"The amount of used memory","baseUnit":"bytes",\
        "measurements":[{"statistic":"VALUE","value":1.23456789E8}],\
        "availableTags":[{"tag":"id","values":["G1 Eden Space","G1 Old Gen"]}]}""";

    assertThat(HeapSampler.bytes(answer)).hasValue(123_456_789L);
  }

  @Test
  void anAnswerWithoutAMeasurementIsNoSample() {
    assertThat(HeapSampler.bytes("{\"status\":404,\"error\":\"Not Found\"}")).isEmpty();
  }
}
