package org.disputeregistry.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.events.ReferenceData.Label;

/**
 * The Chinese and English labels of what the wire carries as codes: each event type of the {@link
 * EventCatalog} (what happened: 受理 / Accepted), each constant of the contract's enumerations (by
 * the enumeration's simple name), and each step of the command API (by its collection, such as
 * {@code reconsiderations}, and path segment), and the codes of the command side's case views
 * beyond the contract's enumerations (each case type's {@code state}, the reconsideration's {@code
 * ending}: by collection and field). Names on the wire stay English codes; screens and reports show
 * these. Kept beside the reference data, in one file that tests hold complete.
 */
public record Labels(
    List<Label> events,
    Map<String, List<Label>> enums,
    Map<String, List<Label>> steps,
    Map<String, Map<String, List<Label>>> views) {

  private static final Labels DEFAULTS = read();

  public Labels {
    events = List.copyOf(events);
    enums = Map.copyOf(enums);
    steps = Map.copyOf(steps);
    views = Map.copyOf(views);
  }

  /** The labels that ship with the contract. */
  public static Labels defaults() {
    return DEFAULTS;
  }

  /** The label of an event type, by its wire name. */
  public Optional<Label> event(String typeName) {
    return events.stream().filter(label -> label.code().equals(typeName)).findFirst();
  }

  /** The labels of an enumeration's constants, in the file's order; empty if it has none. */
  public List<Label> of(Class<? extends Enum<?>> enumeration) {
    return enums.getOrDefault(enumeration.getSimpleName(), List.of());
  }

  /** The label of a step of the command API, by its collection and path segment. */
  public Optional<Label> step(String collection, String segment) {
    return steps.getOrDefault(collection, List.of()).stream()
        .filter(label -> label.code().equals(segment))
        .findFirst();
  }

  /** The label of a code of a case view's field ({@code state}, {@code ending}) by collection. */
  public Optional<Label> view(String collection, String field, String code) {
    return views.getOrDefault(collection, Map.of()).getOrDefault(field, List.of()).stream()
        .filter(label -> label.code().equals(code))
        .findFirst();
  }

  private static Labels read() {
    try (InputStream in = Labels.class.getResourceAsStream("labels.json")) {
      ObjectMapper json = RegistryJson.mapper();
      return json.readValue(in, Labels.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the labels", e);
    }
  }
}
