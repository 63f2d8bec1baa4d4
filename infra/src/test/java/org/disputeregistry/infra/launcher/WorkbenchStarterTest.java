package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchStarterTest {

  @TempDir Path data;

  @Test
  void theWorkbenchCallsTheFirstServicesWithTheSecretTheServerGenerated() throws Exception {
    Path auth = Files.createDirectories(data.resolve("auth"));
    Files.writeString(
        auth.resolve(WorkbenchStarter.SECRETS_FILE),
        "#secrets\nreport-generator=r\nworkbench=s3cret\n");
    LaunchOptions options =
        LaunchOptions.parse(
            List.of(
                "--command-jar=c.jar",
                "--query-jar=q.jar",
                "--auth-jar=a.jar",
                "--workbench-jar=w.jar",
                "--data-dir=" + data,
                "--instances=2"),
            Map.of(),
            Path.of("/"));
    List<ChildSpec> services =
        ChildSpec.plan(
            options,
            new Endpoints(
                "jdbc:c", "jdbc:q", Optional.empty(), Optional.empty(), Optional.empty(), "k:1"),
            data.resolve("logs"));

    ChildSpec workbench =
        WorkbenchStarter.spec(
            options,
            "http://localhost:9000",
            Optional.of(WorkbenchStarter.secret(auth.resolve(WorkbenchStarter.SECRETS_FILE))),
            services);

    assertThat(workbench.name()).isEqualTo("workbench");
    assertThat(workbench.isWorkbench()).isTrue();
    assertThat(workbench.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(workbench.jvmOptions()).containsExactly("-Xmx256m");
    assertThat(workbench.logFile()).isEqualTo(data.resolve("logs/workbench.log"));
    assertThat(workbench.environment())
        .containsEntry("SERVER_PORT", "8080")
        .containsEntry("REGISTRY_OIDC_ISSUER_URI", "http://localhost:9000")
        .containsEntry("REGISTRY_WORKBENCH_CLIENT_SECRET", "s3cret")
        .containsEntry("REGISTRY_COMMAND_URL", "http://localhost:8081")
        .containsEntry("REGISTRY_QUERY_URL", "http://localhost:8082");
  }

  @Test
  void aSecretsFileWithoutTheWorkbenchIsAnError() throws Exception {
    Path file = Files.writeString(data.resolve("secrets"), "demo-loader=x\n");
    assertThatThrownBy(() -> WorkbenchStarter.secret(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No secret of the workbench client")
        .hasMessageNotContaining("x");
  }
}
