package org.disputeregistry.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.events.reconsideration.RespondentLevel;

/**
 * The district's streets, communities, case categories and commercial mediation centres, the
 * directories of respondent agencies and petition departments (canonical names and the spellings
 * that mean them), with their Chinese and English labels. Configuration, not code: the default
 * ships with the contract, a deployment may load its own.
 */
public record ReferenceData(
    Label district,
    List<Street> streets,
    List<Label> categories,
    List<Label> mediationCentres,
    List<Agency> respondentAgencies,
    List<Department> petitionDepartments) {

  public ReferenceData {
    // Older files lack the later lists; an absent list is an empty one, not a null.
    mediationCentres = orEmpty(mediationCentres);
    respondentAgencies = orEmpty(respondentAgencies);
    petitionDepartments = orEmpty(petitionDepartments);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** A code on the wire and its labels for reports. */
  public record Label(String code, String zh, String en) {}

  public record Street(String code, String zh, String en, List<Label> communities) {

    public Optional<Label> community(String code) {
      return communities.stream().filter(c -> c.code().equals(code)).findFirst();
    }
  }

  /**
   * An administrative body that can be a reconsideration respondent: its canonical Chinese name
   * ({@code zh}), its level, and the other spellings officers type for it ({@code aliases}).
   */
  public record Agency(
      String code, String zh, String en, RespondentLevel level, List<String> aliases) {

    public Agency {
      aliases = orEmpty(aliases);
    }

    public Label label() {
      return new Label(code, zh, en);
    }
  }

  /** A department petitions are assigned to (交办), with the other spellings that mean it. */
  public record Department(String code, String zh, String en, List<String> aliases) {

    public Department {
      aliases = orEmpty(aliases);
    }

    public Label label() {
      return new Label(code, zh, en);
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

  public Optional<Agency> respondentAgency(String code) {
    return respondentAgencies.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public Optional<Department> petitionDepartment(String code) {
    return petitionDepartments.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
