package org.disputeregistry.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docs/operations.md: the variables its tables document. */
final class OperationsDoc {

  private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

  private final String text;

  OperationsDoc(Path file) {
    try {
      this.text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The variables named in the first cell of a table row. */
  Set<String> documentedVariables() {
    Set<String> variables = new TreeSet<>();
    text.lines()
        .filter(line -> line.startsWith("|"))
        .map(line -> line.substring(1, Math.max(1, line.indexOf('|', 1))))
        .forEach(
            cell -> {
              Matcher matcher = VARIABLE.matcher(cell);
              while (matcher.find()) {
                variables.add(matcher.group(1));
              }
            });
    return variables;
  }

  boolean mentions(String text) {
    return this.text.contains(text);
  }
}
