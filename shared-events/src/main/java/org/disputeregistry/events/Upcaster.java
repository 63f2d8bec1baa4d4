package org.disputeregistry.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * Turns the payload of one revision of an event type into the next revision, on the JSON, before it
 * is read as a record: events stored long ago stay readable after their record changed.
 */
public interface Upcaster {

  /** The wire name of the event type. */
  String type();

  /** The revision this upcaster reads; it produces {@code fromRevision() + 1}. */
  int fromRevision();

  /** The payload in the next revision; may change {@code payload} in place. */
  ObjectNode upcast(ObjectNode payload);

  static Upcaster of(String type, int fromRevision, UnaryOperator<ObjectNode> transform) {
    return new Upcaster() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public int fromRevision() {
        return fromRevision;
      }

      @Override
      public ObjectNode upcast(ObjectNode payload) {
        return transform.apply(payload);
      }
    };
  }
}
