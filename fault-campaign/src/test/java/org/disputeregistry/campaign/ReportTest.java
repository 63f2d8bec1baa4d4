package org.disputeregistry.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static RunResult run(int n, Optional<Duration> caughtUp) {
    return new RunResult(n, FaultKind.POSTGRES, 10, 0, Findings.none(), caughtUp, caughtUp, "");
  }

  @Test
  void percentilesAreNearestRank() {
    List<RunResult> runs =
        IntStream.rangeClosed(1, 100)
            .mapToObj(i -> run(i, Optional.of(Duration.ofSeconds(i))))
            .toList();

    assertThat(Report.percentile(runs, RunResult::caughtUp, 0.50)).isEqualTo("50.0 s");
    assertThat(Report.percentile(runs, RunResult::caughtUp, 0.99)).isEqualTo("99.0 s");
    assertThat(Report.percentile(runs, RunResult::caughtUp, 1.0)).isEqualTo("100.0 s");
  }

  @Test
  void aRunThatNeverRecoveredIsLongerThanAnyThatDid() {
    List<RunResult> runs =
        List.of(run(1, Optional.empty()), run(2, Optional.of(Duration.ofSeconds(3))));

    assertThat(Report.percentile(runs, RunResult::caughtUp, 0.50)).isEqualTo("3.0 s");
    assertThat(Report.percentile(runs, RunResult::caughtUp, 1.0)).isEqualTo("never");
  }

  @Test
  void theTableHasARowPerKindRunAndTotals() {
    String markdown =
        Report.markdown(List.of(run(1, Optional.of(Duration.ofSeconds(2)))), "header");

    assertThat(markdown)
        .contains("| PostgreSQL postmaster | 1 | 10 | 0 | 0 | 0 | 0 | 0 | 0 |")
        .contains("| **all** | 1 |");
  }
}
