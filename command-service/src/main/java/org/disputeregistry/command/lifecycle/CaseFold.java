package org.disputeregistry.command.lifecycle;

/**
 * What a client sees of a case, built from its events one by one (oldest first) by {@link
 * CaseHistory}. A fold is used for one reading only.
 *
 * @param <V> the case's view
 */
public interface CaseFold<V> {

  void on(Object event);

  /**
   * @param version the sequence number of the case's last event (its ETag)
   */
  V view(long version);
}
