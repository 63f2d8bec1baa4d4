package org.disputeregistry.infra.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a killed launcher left running that this one would start again, by part name: each part
 * takes its own leftover and adopts it if it is exactly what would start and healthy ({@link
 * Adoption}); otherwise the leftover is stopped, the console says why, and the part starts afresh.
 */
final class LeftoversToAdopt {

  private final Map<String, ProcessHandle> leftovers = new HashMap<>();
  private final PrintStream out;

  LeftoversToAdopt(PrintStream out) {
    this.out = out;
  }

  void offer(Map<String, ProcessHandle> processes) {
    leftovers.putAll(processes);
  }

  /**
   * The leftover called {@code name} if it is fit to be adopted ({@code whyNotAdopt} says nothing
   * against it); otherwise empty, the leftover stopped.
   */
  Optional<ProcessHandle> take(
      String name, Path root, Function<ProcessHandle, Optional<String>> whyNotAdopt) {
    ProcessHandle leftover = leftovers.remove(name);
    if (leftover == null) {
      return Optional.empty();
    }
    Optional<String> reason = whyNotAdopt.apply(leftover);
    if (reason.isPresent()) {
      LeftoverProcesses.replace(name, leftover, reason.get(), root, out);
      return Optional.empty();
    }
    sayAdopted(name, leftover);
    return Optional.of(leftover);
  }

  void sayAdopted(String name, ProcessHandle process) {
    out.println(
        "Adopted " + name + " (pid " + process.pid() + ") left running by an earlier launcher");
    out.flush();
  }
}
