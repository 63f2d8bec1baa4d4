package org.disputeregistry.infra.launcher;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.disputeregistry.infra.FreePorts;
import org.disputeregistry.infra.launcher.LaunchOptions.InvalidOptionsException;
import org.disputeregistry.infra.supervision.ShutdownSequence;
import org.disputeregistry.infra.supervision.SupervisedGroup;

/**
 * What every part's start shares: the console, the shutdown sequence each part joins as it starts
 * (so that Ctrl-C at any moment stops exactly what runs), new supervised groups, and the leftovers
 * of a killed launcher to adopt.
 */
record Startup(
    PrintStream out,
    ShutdownSequence shutdown,
    Supplier<SupervisedGroup> groups,
    LeftoversToAdopt leftovers) {

  /** A new step of the shutdown sequence, stopped before the steps started earlier. */
  SupervisedGroup group(String name) {
    return shutdown.start(name, groups);
  }

  /** Fails with the variable to set if a port the launcher must listen on is taken. */
  static void requireFreePort(int port, String what, String variable) {
    if (!FreePorts.isFree(port)) {
      throw new InvalidOptionsException(
          "Port "
              + port
              + " for "
              + what
              + " is already in use (is the registry already running?). Stop that process or"
              + " set "
              + variable
              + ".");
    }
  }
}
