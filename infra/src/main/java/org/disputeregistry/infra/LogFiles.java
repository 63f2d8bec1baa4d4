package org.disputeregistry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Logs are appended to across restarts, so that the log of a crash is still there after the
 * restart; a log that grew past a limit is rotated first ({@code x.log.1} newest, a few kept).
 */
public final class LogFiles {

  static final long MAX_BYTES = 20L * 1024 * 1024;
  static final int KEPT = 3;

  private LogFiles() {}

  /** Rotates {@code log} if it is larger than {@link #MAX_BYTES}; the caller then appends to it. */
  public static void prepareForAppend(Path log) {
    try {
      Files.createDirectories(log.getParent());
      if (!Files.isRegularFile(log) || Files.size(log) <= MAX_BYTES) {
        return;
      }
      Files.deleteIfExists(numbered(log, KEPT));
      for (int i = KEPT - 1; i >= 1; i--) {
        if (Files.exists(numbered(log, i))) {
          Files.move(numbered(log, i), numbered(log, i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(log, numbered(log, 1), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rotate " + log, e);
    }
  }

  static Path numbered(Path log, int number) {
    return log.resolveSibling(log.getFileName() + "." + number);
  }
}
