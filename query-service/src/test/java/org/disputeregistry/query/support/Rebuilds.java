package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Runs a rebuild of every read model through the admin API and waits until it is switched in. */
public final class Rebuilds {

  private Rebuilds() {}

  public static void rebuildAndWait(TestRestTemplate http) {
    assertThat(http.postForEntity("/api/admin/rebuild", null, String.class).getStatusCode().value())
        .isEqualTo(202);
    await("the rebuild")
        .atMost(Duration.ofMinutes(3))
        .until(() -> phase(http).matches("DONE|FAILED"));
    assertThat(phase(http)).isEqualTo("DONE");
  }

  private static String phase(TestRestTemplate http) {
    return JsonPath.read(http.getForObject("/api/admin/rebuild", String.class), "$.phase");
  }
}
