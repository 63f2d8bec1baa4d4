package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Unfiltered figures and breakdowns by the summary dimension come from the statistic counters; a
 * filter sends the same question to the case table. Both must agree on every column.
 */
public final class CountedBreakdowns {

  private CountedBreakdowns() {}

  /**
   * For a year and a range starting mid-year: each row of the breakdown by {@code dimension} equals
   * the one-row breakdown filtered to that value.
   */
  public static void assertAgreeWithTheCaseTable(
      TestRestTemplate http, String api, String dimension) {
    for (String period : List.of("year=2023", "from=2022-03-15&to=2023-02-10")) {
      String breakdown = api + "/breakdown?by=" + dimension + "&" + period;
      List<String> counted = csv(http, breakdown);
      assertThat(counted).as(breakdown).hasSizeGreaterThan(2);
      for (String row : counted.subList(1, counted.size())) {
        String value = row.substring(0, row.indexOf(','));
        String filtered = breakdown + "&" + dimension + "=" + value;
        List<String> alone = csv(http, filtered);
        assertThat(alone).as(filtered).hasSize(2);
        assertThat(nonZero(alone.get(0), alone.get(1)))
            .as(filtered)
            .isEqualTo(nonZero(counted.get(0), row));
      }
    }
  }

  /**
   * A row's values by column, zeros left out: a table has a column for every currency that occurs
   * in any of its rows, so one row alone may lack columns that are zero in a longer table.
   */
  private static Map<String, String> nonZero(String header, String row) {
    String[] names = header.split(",", -1);
    String[] values = row.split(",", -1);
    Map<String, String> byName = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      if (!values[i].equals("0")) {
        byName.put(names[i], values[i]);
      }
    }
    return byName;
  }

  public static List<String> csv(TestRestTemplate http, String url) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf("text/csv")));
    return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getBody()
        .lines()
        .toList();
  }
}
