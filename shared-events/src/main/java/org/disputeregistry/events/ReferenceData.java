package org.disputeregistry.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The district's streets, communities, case categories and commercial mediation centres, with their
 * Chinese and English labels. Configuration, not code: the default ships with the contract, a
 * deployment may load its own.
 */
public record ReferenceData(
    Label district, List<Street> streets, List<Label> categories, List<Label> mediationCentres) {

  public ReferenceData {
    // Older files have no centres; an absent list is an empty one, not a null.
    mediationCentres = mediationCentres == null ? List.of() : List.copyOf(mediationCentres);
  }

  /** A code on the wire and its labels for reports. */
  public record Label(String code, String zh, String en) {}

  public record Street(String code, String zh, String en, List<Label> communities) {

    public Optional<Label> community(String code) {
      return communities.stream().filter(c -> c.code().equals(code)).findFirst();
    }
  }

  private static final String DEFAULT = "reference-data.json";

  /** The reference data that ships with the contract (Guangming District). */
  public static ReferenceData defaults() {
    try (InputStream in = ReferenceData.class.getResourceAsStream(DEFAULT)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the default reference data", e);
    }
  }

  /** Reference data of another deployment, in the same JSON form as the default. */
  public static ReferenceData load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference data from " + file, e);
    }
  }

  private static ReferenceData read(InputStream in) throws IOException {
    ObjectMapper json = RegistryJson.mapper();
    return json.readValue(in, ReferenceData.class);
  }

  public Optional<Street> street(String code) {
    return streets.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public Optional<Label> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<Label> mediationCentre(String code) {
    return mediationCentres.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
