package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.web.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * Every error code a client can meet is documented and defined once: the error tables of the file
 * named by {@link #ERROR_TABLES} list exactly the constants of the code enums (the domain's {@link
 * ErrorCode}, web-support's {@link ProblemCode}, the back-fill's {@link BackfillCode}), each under
 * the status it is answered with, and no main source spells a code as a string literal.
 */
class ErrorCodesTest {

  /** The document with the error tables ({@code | status | codes |}), from this module. */
  static final Path ERROR_TABLES = Path.of("../README.md");

  private static final Pattern TABLE_HEADER =
      Pattern.compile("\\|\\s*status\\s*\\|\\s*codes\\s*\\|");
  // One word (FORBIDDEN) or several joined by underscores.
  private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`");
  private static final Pattern STATUS = Pattern.compile("\\|\\s*(\\d{3})\\s*\\|");

  private static final Map<ErrorCode.Kind, Integer> STATUS_OF_KIND =
      Map.of(
          ErrorCode.Kind.INVALID,
          400,
          ErrorCode.Kind.CONFLICT,
          409,
          ErrorCode.Kind.PRECONDITION,
          412);

  @Test
  void theErrorTablesListEveryCodeOfTheEnumsAndNoOther() throws IOException {
    Set<String> documented = documented().keySet();

    assertThat(documented).as("codes listed in " + ERROR_TABLES).isNotEmpty();
    assertThat(new TreeSet<>(documented))
        .as("the codes listed in %s's error tables, against the enums' constants", ERROR_TABLES)
        .isEqualTo(defined());
  }

  @Test
  void eachCodeIsListedUnderTheStatusItIsAnsweredWith() throws IOException {
    Map<String, Integer> documented = documented();
    for (ProblemCode code : ProblemCode.values()) {
      if (documented.get(code.name()) != null) {
        assertThat(documented.get(code.name())).as(code.name()).isEqualTo(code.status().value());
      }
    }
    for (ErrorCode code : ErrorCode.values()) {
      if (documented.get(code.name()) != null) {
        assertThat(documented.get(code.name()))
            .as(code.name())
            .isEqualTo(STATUS_OF_KIND.get(code.kind()));
      }
    }
  }

  @Test
  void noMainSourceSpellsACodeAsAStringLiteral() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../web-support/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            for (String code : defined()) {
              if (lines.get(i).contains('"' + code + '"')) {
                literals.add(file + ":" + (i + 1) + " \"" + code + "\"");
              }
            }
          }
        }
      }
    }
    assertThat(literals).as("use the enum constant instead").isEmpty();
  }

  /** Every code the error tables list, with the status of its row (null for a row without one). */
  private static Map<String, Integer> documented() throws IOException {
    Map<String, Integer> codes = new HashMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(ERROR_TABLES, StandardCharsets.UTF_8)) {
      if (TABLE_HEADER.matcher(line).lookingAt()) {
        inTable = true;
        continue;
      }
      if (!line.startsWith("|")) {
        inTable = false;
      }
      if (inTable) {
        Matcher status = STATUS.matcher(line);
        Integer rowStatus = status.lookingAt() ? Integer.valueOf(status.group(1)) : null;
        Matcher code = CODE.matcher(line);
        while (code.find()) {
          codes.put(code.group(1), rowStatus);
        }
      }
    }
    return codes;
  }

  private static Set<String> defined() {
    Set<String> codes = new TreeSet<>();
    EnumSet.allOf(ErrorCode.class).forEach(c -> codes.add(c.name()));
    EnumSet.allOf(ProblemCode.class).forEach(c -> codes.add(c.name()));
    EnumSet.allOf(BackfillCode.class).forEach(c -> codes.add(c.name()));
    return codes;
  }
}
