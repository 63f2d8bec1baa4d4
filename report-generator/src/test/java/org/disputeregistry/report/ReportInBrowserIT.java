package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML report in a real headless Chromium: it loads without console errors, the figures are in
 * the rendered page, and a screenshot is taken ({@code target/report-screenshots/}). CI installs
 * Debian's chromium and sets REGISTRY_REQUIRE_BROWSER=true; without a browser elsewhere the test
 * says so and is skipped.
 */
class ReportInBrowserIT {

  private static final Path OUT = Path.of("target", "report-screenshots");

  @ParameterizedTest
  @EnumSource(Language.class)
  void reportOpensInChromiumWithoutErrors(Language language) throws Exception {
    Path chromium = chromium();
    RenderedReport report = new ReportRenderer().render(ReportGoldenTest.totals2023(), language);
    report.writeTo(OUT);
    Path html = OUT.resolve(report.baseName() + ".html").toAbsolutePath();
    Path screenshot = OUT.resolve(report.baseName() + ".png").toAbsolutePath();
    Files.deleteIfExists(screenshot);

    Run shot = run(chromium, html, "--screenshot=" + screenshot, "--window-size=1200,3000");
    Run dom = run(chromium, html, "--dump-dom");

    assertThat(shot.exitCode()).as(shot.stderr()).isZero();
    assertThat(screenshot).exists();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(png.length).as("a screenshot of a whole page").isGreaterThan(20_000);
    assertThat(dom.exitCode()).isZero();
    assertThat(dom.stdout()).contains("51.11%").contains("99.60%").contains("<svg");
    assertThat(shot.stderr() + dom.stderr())
        .as("console messages of the page")
        .doesNotContain("CONSOLE")
        .doesNotContain("Uncaught");
  }

  private static Path chromium() {
    Path path = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    boolean present = Files.isExecutable(path);
    if (Boolean.parseBoolean(System.getenv("REGISTRY_REQUIRE_BROWSER"))) {
      assertTrue(present, "No Chromium at " + path + " (apt-get install chromium)");
    }
    assumeTrue(present, "No Chromium at " + path + ": install Debian's chromium to run this test");
    return path;
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(Path chromium, Path html, String... actions) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile")));
    command.addAll(List.of(actions));
    command.add(html.toUri().toString());
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = Files.createTempFile("chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("Chromium did not finish within 120 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
