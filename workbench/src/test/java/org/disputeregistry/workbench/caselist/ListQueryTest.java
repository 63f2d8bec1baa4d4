package org.disputeregistry.workbench.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

  @Test
  void blankValuesTheWorkbenchsOwnAndNamesNoApiHasAreNotPassedOn() {
    Map<String, String> request = new LinkedHashMap<>();
    request.put("numberPrefix", " 光明复 ");
    request.put("street", "");
    request.put("lang", "en");
    request.put("{x}", "1");
    request.put("figure", "mediationRate.numerator");

    ListQuery query = ListQuery.of(request);

    assertThat(query.parameters())
        .containsExactly(
            Map.entry("numberPrefix", "光明复"), Map.entry("figure", "mediationRate.numerator"));
  }

  @Test
  void valuesAreSentAndLinkedEncodedNeverAsPartOfTheTemplate() {
    ListQuery query =
        ListQuery.of(Map.of("organisation", "CENTRE:SCIENCE_CITY")).with("handler", "a&b={c}%");

    assertThat(query.template("/api/cases")).isEqualTo("/api/cases?organisation={v0}&handler={v1}");
    assertThat(query.values()).containsExactly("CENTRE:SCIENCE_CITY", "a&b={c}%");
    assertThat(query.link("/search"))
        .isEqualTo("/search?organisation=CENTRE%3ASCIENCE_CITY&handler=a%26b%3D%7Bc%7D%25");
    assertThat(query.with("handler", null).link("/search"))
        .isEqualTo("/search?organisation=CENTRE%3ASCIENCE_CITY");
  }
}
