package org.disputeregistry.query.statistics.web;

import org.disputeregistry.query.statistics.Table;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer of a paged list, the same for every list of the read side. */
public final class Pages {

  private Pages() {}

  /**
   * The page's rows; {@code Link: <...page=n+1>; rel="next"} (the same request, next page) when a
   * next page has any.
   */
  public static ResponseEntity<Table> linked(Table rows, boolean more, int page) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (more) {
      String next =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("page", page + 1)
              .build()
              .toUriString();
      answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return answer.body(rows);
  }
}
