package org.disputeregistry.workbench.caselist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of a case list as the page's URL holds them, passed on to {@code GET /api/cases}
 * as they are: the API checks them, and names the one it refuses. Empty values (a form's fields
 * left blank), the workbench's own ({@code lang}) and names no API has are dropped.
 */
public final class ListQuery {

  /** The page's own parameters, never the API's. */
  private static final Set<String> OWN = Set.of("lang");

  /** What the API's parameter names look like; others are no parameter of a list. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.]{0,63}");

  /** Far more than the API takes; a longer query is no list's. */
  private static final int MAX_PARAMETERS = 40;

  private final Map<String, String> parameters;

  private ListQuery(Map<String, String> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  public static ListQuery of(Map<String, String> request) {
    Map<String, String> kept = new LinkedHashMap<>();
    request.forEach(
        (name, value) -> {
          if (value != null
              && !value.isBlank()
              && !OWN.contains(name)
              && NAME.matcher(name).matches()
              && kept.size() < MAX_PARAMETERS) {
            kept.put(name, value.strip());
          }
        });
    return new ListQuery(kept);
  }

  public Map<String, String> parameters() {
    return parameters;
  }

  public String get(String name) {
    return parameters.getOrDefault(name, "");
  }

  /** The same query with {@code name} set to {@code value}, or left out when it is null. */
  public ListQuery with(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(parameters);
    if (value == null) {
      changed.remove(name);
    } else {
      changed.put(name, value);
    }
    return new ListQuery(changed);
  }

  /** A URI template of {@code path} with the parameters, whose values are {@link #values()}. */
  public String template(String path) {
    StringBuilder template = new StringBuilder(path);
    int i = 0;
    for (String name : parameters.keySet()) {
      template.append(i == 0 ? '?' : '&').append(name).append("={v").append(i++).append('}');
    }
    return template.toString();
  }

  /** The values of {@link #template}'s variables, in order: encoded as values when sent. */
  public Object[] values() {
    List<Object> values = new ArrayList<>(parameters.values());
    return values.toArray();
  }

  /** A link to {@code path} with these parameters, encoded. */
  public String link(String path) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
    return uri.encode().buildAndExpand(parameters).toUriString();
  }
}
