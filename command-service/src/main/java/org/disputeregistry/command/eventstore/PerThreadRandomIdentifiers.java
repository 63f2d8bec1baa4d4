package org.disputeregistry.command.eventstore;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers (every command, event and result message has one) as random UUIDs,
 * like Axon's default, but each thread draws from a secure generator of its own. The default {@code
 * UUID.randomUUID()} shares one generator behind a lock: under load the request threads, the
 * back-fill and the relay queued on it (JFR: the most contended monitor, tens of ms a wait). Chosen
 * by Axon through {@code META-INF/services}.
 */
public final class PerThreadRandomIdentifiers extends IdentifierFactory {

  private static final ThreadLocal<RandomBytes> RANDOM = ThreadLocal.withInitial(RandomBytes::new);

  @Override
  public String generateIdentifier() {
    byte[] bytes = RANDOM.get().next16();
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (bytes[i] & 0xff);
      least = (least << 8) | (bytes[i + 8] & 0xff);
    }
    return new UUID(most, least).toString();
  }

  /** A thread's generator, drawn from in blocks: one generator call per 32 identifiers. */
  private static final class RandomBytes {
    private final SecureRandom generator = newGenerator();
    private final byte[] block = new byte[512];
    private int used = block.length;

    byte[] next16() {
      if (used == block.length) {
        generator.nextBytes(block);
        used = 0;
      }
      byte[] bytes = new byte[16];
      System.arraycopy(block, used, bytes, 0, 16);
      used += 16;
      return bytes;
    }
  }

  private static SecureRandom newGenerator() {
    try {
      // A deterministic random bit generator of the JDK, seeded from the system's entropy.
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK offers no DRBG", e);
    }
  }
}
