package org.disputeregistry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory. The lock is the operating system's, so it goes with the
 * launcher's process however that ends (even kill -9): whoever gets it knows that anything still
 * running for the directory is a leftover.
 */
public final class LauncherLock {

  static final String FILE = "launcher.lock";

  private LauncherLock() {}

  /**
   * Takes the lock for the rest of this JVM's life.
   *
   * @throws IllegalStateException if another launcher holds it
   */
  public static FileLock acquire(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new IllegalStateException(
            "Another launcher is running on " + dataDirectory + "; stop it first (Ctrl-C)");
      }
      return lock;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + file, e);
    }
  }
}
