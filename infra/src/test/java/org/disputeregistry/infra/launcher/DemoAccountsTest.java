package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountsTest {

  @TempDir Path directory;

  @Test
  void readsTheAccountsClientsAndOrganisationNamesFromTheServersJar() throws IOException {
    Path jar =
        jarWith(
            DemoAccounts.ENTRY,
            """
            {"password":"demo",
             "organisations":[{"code":"DISTRICT","nameZh":"全区","nameEn":"District"},
                              {"code":"STREET:GUANGMING","nameZh":"光明街道信访办","nameEn":"Guangming"}],
             "accounts":[{"username":"petition.wang","roles":["PETITION_OFFICER"],
                          "org":"STREET:GUANGMING"}],
             "clients":[{"clientId":"demo-loader","roles":["ADMIN"],"org":"DISTRICT"}]}
            """);

    DemoAccounts accounts = DemoAccounts.of(jar);

    assertThat(accounts.password()).isEqualTo("demo");
    assertThat(accounts.entries())
        .containsExactly(
            new DemoAccounts.Entry(
                "petition.wang",
                false,
                List.of("PETITION_OFFICER"),
                "STREET:GUANGMING",
                "光明街道信访办",
                "Guangming"),
            new DemoAccounts.Entry(
                "demo-loader", true, List.of("ADMIN"), "DISTRICT", "全区", "District"));
  }

  @Test
  void aJarWithoutTheDirectoryOrNoJarListsNone() throws IOException {
    assertThat(DemoAccounts.of(jarWith("BOOT-INF/classes/other.json", "{}")))
        .isEqualTo(DemoAccounts.NONE);
    assertThat(DemoAccounts.of(directory.resolve("missing.jar"))).isEqualTo(DemoAccounts.NONE);
  }

  private Path jarWith(String entry, String content) throws IOException {
    Path jar = directory.resolve("server.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }
}
