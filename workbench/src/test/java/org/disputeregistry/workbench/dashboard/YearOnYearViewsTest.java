package org.disputeregistry.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.disputeregistry.workbench.dashboard.YearOnYearViews.Change;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The API's comparisons with a year earlier as the dashboard words them, with the workbench's own
 * messages: points for a rate (its two decimals kept), the percent of a count's change, nothing
 * divided when the API gave no percent, and the record's badge.
 */
class YearOnYearViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final YearOnYearViews views = new YearOnYearViews(messages());

  @BeforeEach
  void chinese() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void eachFigureIsWordedByItsKindAndARecordGetsItsBadge() throws Exception {
    Map<String, Change> changes =
        views.of(
            JSON.readTree(
                """
                {"from":"2023-01-01","figures":{"reconsideration":{
                 "mediationRate":{"kind":"RATE","value":51.11,"previous":46,"change":5.1,
                                  "percentChange":null,"record":"HIGHEST"},
                 "received":{"kind":"COUNT","value":135,"previous":120,"change":15,"percentChange":12.5},
                 "closed":{"kind":"COUNT","value":3,"previous":0,"change":3,"percentChange":null},
                 "daysToClose.mean":{"kind":"DAYS","value":40.5,"previous":42,"change":-1.5,
                                     "percentChange":-3.57,"record":"LOWEST"},
                 "openAtEnd":{"kind":"COUNT","value":null,"previous":4,"change":null}}}}"""));

    assertThat(changes.get("mediationRate"))
        .isEqualTo(new Change("较上年 +5.10 个百分点（上年 46.00%）", "up", "创历年新高"));
    assertThat(changes.get("received").text()).isEqualTo("较上年 +15（+12.5%），上年 120");
    assertThat(changes.get("closed").text()).isEqualTo("较上年 +3，上年 0");
    assertThat(changes.get("daysToClose"))
        .isEqualTo(new Change("较上年 -1.5（-3.57%），上年 42", "down", "创历年新低"));
    assertThat(changes.get("openAtEnd")).isEqualTo(new Change("上年 4，无法比较", "same", null));
  }

  @Test
  void inEnglishTooAndNothingWithoutAComparison() throws Exception {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(
            views
                .of(
                    JSON.readTree(
                        """
                        {"figures":{"petition":{"resolutionRate":{"kind":"RATE","value":99.6,
                         "previous":99.85,"change":-0.25,"percentChange":null}}}}"""))
                .get("resolutionRate")
                .text())
        .isEqualTo("-0.25 percentage points on the year before (99.85%)");
    assertThat(views.of(JSON.missingNode())).isEmpty();
  }

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
