package org.disputeregistry.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository's own text files: everything under its root except build output, run data, the git
 * directory and editor settings (what {@code .gitignore} keeps out of a commit), and binary files
 * (a NUL byte).
 */
final class RepositoryFiles {

  private static final Set<String> NOT_OURS =
      Set.of(".git", "target", ".data", ".idea", ".vscode", "node_modules");

  private final Path root;

  RepositoryFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  List<Path> textFiles() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(this::ours)
          .filter(RepositoryFiles::isText)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private boolean ours(Path file) {
    for (Path part : root.relativize(file)) {
      if (NOT_OURS.contains(part.toString())) {
        return false;
      }
    }
    String name = file.getFileName().toString();
    return !name.contains(".received.") && !name.equals(".env") && !name.endsWith(".log");
  }

  private static boolean isText(Path file) {
    try {
      for (byte b : Files.readAllBytes(file)) {
        if (b == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
