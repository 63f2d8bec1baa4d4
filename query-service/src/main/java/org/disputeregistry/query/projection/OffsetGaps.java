package org.disputeregistry.query.projection;

import org.apache.kafka.common.TopicPartition;

/** Whether a batch may begin beyond the offset the read model stores for its partition. */
@FunctionalInterface
interface OffsetGaps {

  /** For a consumer that positioned itself from the stored offsets (a rebuild from the start). */
  OffsetGaps ACCEPTED = (partition, storedOffset) -> true;

  /**
   * @param storedOffset the next offset to project, as stored with the read model
   * @return true if the records from {@code storedOffset} up to the batch's first are known to be
   *     absent from the topic, false if the consumer must go back to {@code storedOffset}
   */
  boolean absentFromTopic(TopicPartition partition, long storedOffset);
}
