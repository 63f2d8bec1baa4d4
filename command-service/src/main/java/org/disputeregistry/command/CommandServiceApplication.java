package org.disputeregistry.command;

import org.disputeregistry.web.RequestLimits;
import org.disputeregistry.web.RequestProblemsAdvice;
import org.disputeregistry.web.security.RegistrySecurity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The registry's write side: case workers log every step of every case here. */
@SpringBootApplication
@Import({RequestProblemsAdvice.class, RequestLimits.class, RegistrySecurity.class})
@ConfigurationPropertiesScan
public class CommandServiceApplication {

  /** Axon's switch for the event store's shared producer cache (EmbeddedEventStore). */
  static final String SHARED_PRODUCER_CACHE = "optimize-event-consumption";

  static {
    // The relay is the event store's one stream. Axon's shared producer cache read ahead for it
    // up to 10,000 events, payloads deserialised (a day's contacts: 1,000 objects), on a thread of
    // its own: the producer thread ran out of the 512 MiB heap during the demo back-fill (562,580
    // events in a minute). Without it each stream reads the store in batches (read-batch-size).
    // Set here, before Spring builds the store (tests included); -D overrides it.
    if (System.getProperty(SHARED_PRODUCER_CACHE) == null) {
      System.setProperty(SHARED_PRODUCER_CACHE, "false");
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(CommandServiceApplication.class, args);
  }
}
