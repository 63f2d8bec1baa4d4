package org.disputeregistry.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The principals of the launcher's Kafka and what each may do, set on the cluster on every start
 * (idempotent: a data directory from before authentication is upgraded the same way), as the super
 * user, who authenticates without SCRAM ({@link KafkaSasl}).
 *
 * <ul>
 *   <li>{@code registry-relay}: write and describe the case-event topic, create it (the relay
 *       creates it with its configured partitions, replicas and retention if missing) and read its
 *       settings. Idempotent producers need no cluster permission since Kafka 2.8 (KIP-679).
 *   <li>{@code registry-query}: read and describe the topic, read with the consumer groups whose
 *       name starts with the configured group id (the live group and the rebuild's).
 *   <li>{@code registry-reader}: read and describe every topic and the cluster, read with
 *       console-consumer groups: operators' tools and tests, never the services' groups.
 * </ul>
 */
public final class KafkaAccess {

  private static final int SCRAM_ITERATIONS = 8192;

  private KafkaAccess() {}

  /** The ACLs above for the topic and the query-service's group id. */
  public static List<AclBinding> acls(String topic, String queryGroup) {
    List<AclBinding> acls = new ArrayList<>();
    ResourcePattern caseEvents = literal(ResourceType.TOPIC, topic);
    allow(acls, KafkaCredentials.RELAY, caseEvents, AclOperation.WRITE, AclOperation.DESCRIBE);
    allow(acls, KafkaCredentials.RELAY, caseEvents, AclOperation.CREATE);
    allow(acls, KafkaCredentials.RELAY, caseEvents, AclOperation.DESCRIBE_CONFIGS);
    allow(acls, KafkaCredentials.QUERY, caseEvents, AclOperation.READ, AclOperation.DESCRIBE);
    allow(
        acls,
        KafkaCredentials.QUERY,
        new ResourcePattern(ResourceType.GROUP, queryGroup, PatternType.PREFIXED),
        AclOperation.READ);
    ResourcePattern everyTopic = literal(ResourceType.TOPIC, ResourcePattern.WILDCARD_RESOURCE);
    allow(
        acls,
        KafkaCredentials.READER,
        everyTopic,
        AclOperation.READ,
        AclOperation.DESCRIBE,
        AclOperation.DESCRIBE_CONFIGS);
    allow(
        acls,
        KafkaCredentials.READER,
        new ResourcePattern(ResourceType.GROUP, "console-consumer-", PatternType.PREFIXED),
        AclOperation.READ);
    allow(
        acls,
        KafkaCredentials.READER,
        literal(ResourceType.CLUSTER, "kafka-cluster"),
        AclOperation.DESCRIBE);
    return List.copyOf(acls);
  }

  /**
   * Sets every principal's SCRAM credential to its kept password and creates the ACLs of {@link
   * #acls}, retrying until the cluster answers or {@code timeout} passes.
   */
  public static void provision(
      String bootstrapServers,
      KafkaCredentials credentials,
      String topic,
      String queryGroup,
      Duration timeout) {
    provision(bootstrapServers, credentials, acls(topic, queryGroup), timeout);
  }

  private static void provision(
      String bootstrapServers,
      KafkaCredentials credentials,
      List<AclBinding> acls,
      Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      try (Admin admin = Admin.create(adminConfig(bootstrapServers, credentials))) {
        admin
            .alterUserScramCredentials(credentialUpserts(credentials))
            .all()
            .get(30, TimeUnit.SECONDS);
        if (!acls.isEmpty()) {
          admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        }
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while setting Kafka's credentials", e);
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        last = e;
        sleepBriefly();
      }
    }
    throw new IllegalStateException("Cannot set Kafka's credentials and ACLs in time", last);
  }

  private static Map<String, Object> adminConfig(
      String bootstrapServers, KafkaCredentials credentials) {
    Map<String, Object> config = new HashMap<>(KafkaSasl.superUserClient(credentials));
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
    return config;
  }

  private static List<UserScramCredentialAlteration> credentialUpserts(KafkaCredentials c) {
    ScramCredentialInfo info =
        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS);
    return KafkaCredentials.SCRAM_USERS.stream()
        .<UserScramCredentialAlteration>map(
            user -> new UserScramCredentialUpsertion(user, info, c.password(user)))
        .toList();
  }

  private static ResourcePattern literal(ResourceType type, String name) {
    return new ResourcePattern(type, name, PatternType.LITERAL);
  }

  private static void allow(
      List<AclBinding> acls, String user, ResourcePattern resource, AclOperation... operations) {
    for (AclOperation operation : operations) {
      acls.add(
          new AclBinding(
              resource,
              new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
    }
  }

  private static void sleepBriefly() {
    try {
      TimeUnit.MILLISECONDS.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while setting Kafka's credentials", e);
    }
  }
}
