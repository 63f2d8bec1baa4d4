package org.disputeregistry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a data directory, and the only code allowed to delete one.
 *
 * <p>A marker file tells our directories apart from anything else, so that {@code --fresh} with a
 * mistyped path cannot wipe a directory the user cares about.
 */
public final class DataDirectory {

  static final String MARKER = ".dispute-registry-data";
  private static final String BINARIES = "postgres-binaries";

  private DataDirectory() {}

  public static Path postgresData(Path root) {
    return root.resolve("postgres");
  }

  public static Path kafkaLogs(Path root) {
    return root.resolve("kafka");
  }

  /** Pid files of the JVMs a launcher started for this directory. */
  public static Path pids(Path root) {
    return root.resolve("run").resolve("pids");
  }

  public static Path logs(Path root) {
    return root.resolve("logs");
  }

  static Path defaultBinariesDirectory(Path root) {
    return root.toAbsolutePath().normalize().resolve(BINARIES);
  }

  /** Creates the directory (and its marker) if needed; refuses a non-empty foreign directory. */
  public static void prepare(Path root, boolean fresh) {
    try {
      if (Files.isDirectory(root) && !isEmpty(root) && !Files.exists(root.resolve(MARKER))) {
        throw new IllegalStateException(
            root
                + " is not empty and was not created by the registry (no "
                + MARKER
                + " file); choose another data directory");
      }
      if (fresh) {
        wipeKeepingBinaries(root);
      }
      Files.createDirectories(root);
      Files.createDirectories(logs(root));
      if (!Files.exists(root.resolve(MARKER))) {
        Files.writeString(
            root.resolve(MARKER), "Data of the dispute registry's local stack. Safe to delete.\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare data directory " + root, e);
    }
  }

  /** Deletes a directory tree; a missing directory is fine. */
  public static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }

  private static void wipeKeepingBinaries(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(root)) {
      children = list.toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      // the lock is held by the launcher that wipes: a new file would be a second lock
      if (!name.equals(BINARIES) && !name.equals(LauncherLock.FILE)) {
        deleteRecursively(child);
      }
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.findAny().isEmpty();
    }
  }
}
