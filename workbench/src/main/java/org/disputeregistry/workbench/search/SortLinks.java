package org.disputeregistry.workbench.search;

import java.util.List;
import org.disputeregistry.workbench.caselist.ListQuery;

/**
 * The results' column headers: each a link that sorts by its column (ascending, or descending when
 * it is already the ascending order), saying which one sorts the list now.
 */
final class SortLinks {

  /** The API's columns the results show, in their order; each one sorts the list. */
  static final List<String> COLUMNS =
      List.of(
          "caseNumber",
          "caseType",
          "state",
          "street",
          "community",
          "category",
          "organisation",
          "handler",
          "receivedOn",
          "closedOn",
          "nextDueOn");

  /** The API's order when none is asked for. */
  private static final String DEFAULT_SORT = "receivedOn,desc";

  private SortLinks() {}

  /**
   * A column header: the column's name in the API, its link and its {@code aria-sort} ({@code
   * ascending}, {@code descending} or {@code none}).
   */
  record Header(String column, String link, String sorted) {}

  static List<Header> of(ListQuery query, String path) {
    String[] current = query.get("sort").isEmpty() ? DEFAULT_SORT.split(",") : split(query);
    return COLUMNS.stream()
        .map(
            column -> {
              boolean sorted = column.equals(current[0]);
              boolean ascending = sorted && current[1].equals("asc");
              String next = column + (ascending ? ",desc" : ",asc");
              return new Header(
                  column,
                  query.with("sort", next).with("page", null).link(path),
                  !sorted ? "none" : ascending ? "ascending" : "descending");
            })
        .toList();
  }

  private static String[] split(ListQuery query) {
    String[] parts = query.get("sort").split(",", 2);
    return new String[] {parts[0], parts.length == 2 ? parts[1] : "asc"};
  }
}
