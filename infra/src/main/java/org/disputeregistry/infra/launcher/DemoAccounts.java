package org.disputeregistry.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The demo accounts and self-acting clients the banner lists, with their roles and organisation (zh
 * and en), read from the directory file inside the authorization server's jar: the server's own
 * reference data, so the banner cannot disagree with it.
 */
record DemoAccounts(String password, List<Entry> entries) {

  /** Where the directory file sits in the server's Spring Boot jar. */
  static final String ENTRY = "BOOT-INF/classes/demo-directory.json";

  static final DemoAccounts NONE = new DemoAccounts("", List.of());

  /** An account or ({@code client}) a client acting for itself. */
  record Entry(
      String name, boolean client, List<String> roles, String org, String orgZh, String orgEn) {}

  /** The jar's demo accounts; none (and the banner lists none) if it has no readable directory. */
  static DemoAccounts of(Path serverJar) {
    try (ZipFile jar = new ZipFile(serverJar.toFile())) {
      ZipEntry entry = jar.getEntry(ENTRY);
      if (entry == null) {
        return NONE;
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return parse(new ObjectMapper().readTree(in));
      }
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  static DemoAccounts parse(JsonNode directory) {
    List<Entry> entries = new ArrayList<>();
    directory.path("accounts").forEach(a -> entries.add(entry(directory, a, "username", false)));
    directory.path("clients").forEach(c -> entries.add(entry(directory, c, "clientId", true)));
    return new DemoAccounts(directory.path("password").asText(""), List.copyOf(entries));
  }

  private static Entry entry(
      JsonNode directory, JsonNode subject, String nameField, boolean client) {
    String org = subject.path("org").asText();
    JsonNode organisation = MissingNode.getInstance();
    for (JsonNode candidate : directory.path("organisations")) {
      if (candidate.path("code").asText().equals(org)) {
        organisation = candidate;
      }
    }
    List<String> roles = new ArrayList<>();
    subject.path("roles").forEach(r -> roles.add(r.asText()));
    return new Entry(
        subject.path(nameField).asText(),
        client,
        List.copyOf(roles),
        org,
        organisation.path("nameZh").asText(""),
        organisation.path("nameEn").asText(""));
  }
}
