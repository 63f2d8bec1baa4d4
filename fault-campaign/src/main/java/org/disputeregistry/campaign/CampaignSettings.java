package org.disputeregistry.campaign;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the campaign was asked to do, from -Dcampaign.* system properties. */
record CampaignSettings(
    Path launcherJar,
    Path commandJar,
    Path queryJar,
    Path authJar,
    List<String> launcherArgs,
    Path output,
    int runs,
    long seed,
    int clients,
    Duration recoveryTimeout,
    Duration stuckTimeout) {

  static CampaignSettings fromSystemProperties() {
    return new CampaignSettings(
        existing("campaign.launcher-jar"),
        existing("campaign.command-jar"),
        existing("campaign.query-jar"),
        existing("campaign.auth-jar"),
        Arrays.stream(System.getProperty("campaign.launcher-args", "").trim().split("\\s+"))
            .filter(arg -> !arg.isBlank())
            .toList(),
        Path.of(System.getProperty("campaign.output", "target/campaign")).toAbsolutePath(),
        Integer.getInteger("campaign.runs", 100),
        Long.getLong("campaign.seed", 20261204L),
        Integer.getInteger("campaign.clients", 4),
        Duration.ofSeconds(Long.getLong("campaign.recovery-timeout-seconds", 180)),
        Duration.ofSeconds(Long.getLong("campaign.stuck-timeout-seconds", 60)));
  }

  Path dataDirectory() {
    return output.resolve("data");
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    if (value == null || !Path.of(value).toFile().isFile()) {
      throw new IllegalArgumentException(
          "-D"
              + property
              + " must name a built jar (run through ./mvnw -Pfault-campaign): "
              + value);
    }
    return Path.of(value).toAbsolutePath();
  }
}
