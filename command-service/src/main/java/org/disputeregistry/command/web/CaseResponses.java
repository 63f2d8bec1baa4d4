package org.disputeregistry.command.web;

import java.net.URI;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The shape of every answer of the case API: status, Location and the case's ETag. */
public final class CaseResponses {

  private CaseResponses() {}

  /** 201 with the case's Location when opened, 200 when the same case was already open. */
  public static ResponseEntity<Recorded> opened(String collection, Recorded recorded) {
    ResponseEntity.BodyBuilder response =
        recorded.outcome() == Receipt.RECORDED
            ? ResponseEntity.created(URI.create(collection + "/" + recorded.caseId()))
            : ResponseEntity.ok();
    return response.eTag(etag(recorded.version())).body(recorded);
  }

  /** 201 when the step was recorded, 200 when this step was already recorded. */
  public static ResponseEntity<Recorded> stepped(Recorded recorded) {
    HttpStatus status = recorded.outcome() == Receipt.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).eTag(etag(recorded.version())).body(recorded);
  }

  public static <V> ResponseEntity<V> current(V view, long version) {
    return ResponseEntity.ok().eTag(etag(version)).body(view);
  }

  private static String etag(long version) {
    return "\"" + version + "\"";
  }
}
