package org.disputeregistry.query.projection;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A batch began beyond where the read model stands on a partition: the consumer's position moved
 * past records whose projection never committed (the database restarted and lost them, or was
 * restored from a backup). Nothing of the batch was applied; the consumer must go back to the
 * stored offsets.
 */
class ConsumerAheadException extends RuntimeException {

  private final transient Map<TopicPartition, Long> storedOffsets;

  ConsumerAheadException(Map<TopicPartition, Long> storedOffsets) {
    super("The consumer is ahead of the read model's offsets " + storedOffsets);
    this.storedOffsets = Map.copyOf(storedOffsets);
  }

  /** The next offset to project of every partition in the batch, as the read model stores it. */
  Map<TopicPartition, Long> storedOffsets() {
    return storedOffsets;
  }
}
