package org.disputeregistry.command.backfill;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.StepRequest;

/**
 * One case type's part of the back-fill file format: the {@code type} a line names, the request
 * that opens the case ({@code open}) and each step by the name a line gives it ({@code step}). The
 * requests are the API's own bodies, and each becomes its command as over HTTP ({@link
 * OpenRequest#toCommand()}, {@link StepRequest#toCommand}). Each case type declares its table as a
 * bean; the names are the file format, written out there once (a test keeps them equal to the API's
 * path segments, so renaming a URL is a visible change of the format, not a silent one).
 */
public final class StepTable {

  private final String type;
  private final Class<? extends OpenRequest> open;
  private final Map<String, Class<? extends StepRequest>> steps;

  private StepTable(
      String type,
      Class<? extends OpenRequest> open,
      Map<String, Class<? extends StepRequest>> steps) {
    this.type = type;
    this.open = open;
    this.steps = steps;
  }

  /** A case type named {@code type} in the file, opened with the body {@code open}. */
  public static StepTable of(String type, Class<? extends OpenRequest> open) {
    return new StepTable(type, open, Map.of());
  }

  /** This table with one more step, named {@code name} in the file, with the body {@code body}. */
  public StepTable step(String name, Class<? extends StepRequest> body) {
    if (steps.containsKey(name)) {
      throw new IllegalArgumentException(type + " has the step " + name + " twice");
    }
    Map<String, Class<? extends StepRequest>> more = new LinkedHashMap<>(steps);
    more.put(name, body);
    return new StepTable(type, open, Collections.unmodifiableMap(more));
  }

  String type() {
    return type;
  }

  Class<? extends OpenRequest> open() {
    return open;
  }

  /** The steps by name, in the order they were declared. */
  Map<String, Class<? extends StepRequest>> steps() {
    return steps;
  }
}
