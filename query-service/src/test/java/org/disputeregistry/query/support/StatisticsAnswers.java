package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the statistics ITs share: reading figures from the API (every percentage with exactly two
 * decimals), periods and counts over the histories' facts, and waiting until every case published
 * is counted.
 */
public final class StatisticsAnswers {

  /** Every case's steps lie far inside this range. */
  private static final String ALL_TIME = "from=1990-01-01&to=2100-12-31";

  private StatisticsAnswers() {}

  /** The answer of a figures URL, which must give every percentage with exactly two decimals. */
  public static DocumentContext figures(TestRestTemplate http, String url) {
    String body = http.getForObject(url, String.class);
    assertThat(body)
        .as("every percentage has exactly two decimals")
        .doesNotContainPattern("\"percent\":(\\d+|\\d+\\.\\d|\\d+\\.\\d{3,})[,}]");
    return JsonPath.parse(body);
  }

  /** Puts each named count of the answer's figures into {@code got}. */
  public static void counts(DocumentContext answer, List<String> names, Map<String, Object> got) {
    for (String count : names) {
      got.put(count, ((Number) answer.read("$.figures." + count)).longValue());
    }
  }

  /**
   * Puts each named rate of the answer's figures, as {@link CaseStreams#rate}, into {@code got}.
   */
  public static void rates(DocumentContext answer, List<String> names, Map<String, Object> got) {
    for (String rate : names) {
      got.put(
          rate,
          List.of(
              ((Number) answer.read("$.figures." + rate + ".numerator")).longValue(),
              ((Number) answer.read("$.figures." + rate + ".denominator")).longValue(),
              CaseStreams.plain(answer.read("$.figures." + rate + ".percent"))));
    }
  }

  /** Waits until the figure over all time is {@code expected}: every case published counted. */
  public static void awaitAllTime(TestRestTemplate http, String api, String figure, long expected) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                JsonPath.parse(http.getForObject(api + "?" + ALL_TIME, String.class))
                        .read("$.figures." + figure, Long.class)
                    == expected);
  }

  public static boolean in(LocalDate date, LocalDate from, LocalDate to) {
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }

  public static LocalDate[] year(int year) {
    return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
  }

  public static <T> long count(Collection<T> cases, Predicate<T> p) {
    return cases.stream().filter(p).count();
  }
}
