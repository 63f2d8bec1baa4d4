package org.disputeregistry.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One language's report: Markdown that links its SVG charts, and a self-contained HTML page with
 * the same text and the charts inline.
 *
 * @param charts relative path (as linked from the Markdown) → SVG
 */
public record RenderedReport(
    Language language, String markdown, String html, Map<String, String> charts) {

  /**
   * Writes {@code report.<lang>.md}, {@code report.<lang>.html} and the charts into {@code dir}.
   */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(baseName() + ".md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(baseName() + ".html"), html, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> chart : charts.entrySet()) {
      Path file = dir.resolve(chart.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, chart.getValue(), StandardCharsets.UTF_8);
    }
  }

  public String baseName() {
    return "report." + language.code();
  }
}
