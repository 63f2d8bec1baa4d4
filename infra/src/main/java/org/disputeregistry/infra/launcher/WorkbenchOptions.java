package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The workbench to run, if any: its jar ({@code --workbench-jar}), its port
 * (REGISTRY_WORKBENCH_PORT) and whether the launcher's environment gives its client secret
 * (REGISTRY_WORKBENCH_CLIENT_SECRET, needed with an external provider; the embedded one generates
 * it).
 */
record WorkbenchOptions(Optional<Path> jar, int port, boolean secretInEnvironment) {

  static final int DEFAULT_PORT = 8080;

  String url() {
    return "http://localhost:" + port;
  }
}
