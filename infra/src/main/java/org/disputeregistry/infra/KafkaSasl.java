package org.disputeregistry.infra;

import java.util.Map;

/**
 * How the launcher's brokers authenticate and authorise. Clients use SASL/SCRAM-SHA-512 on the
 * broker listener; the broker principal (brokers and controllers among themselves, and the launcher
 * setting up the others) uses SASL/PLAIN with a password from the brokers' own configuration, the
 * only identity PLAIN knows: SCRAM credentials live in the metadata log, which a cluster must be up
 * to read, so a new cluster, or one that ran without authentication, starts with nothing to
 * bootstrap. Every request is authorised by KRaft's {@code StandardAuthorizer} against ACLs ({@link
 * KafkaAccess}); without an ACL nothing is allowed, and the broker principal is the only super
 * user. Plaintext transport: the listeners are on the loopback interface.
 */
final class KafkaSasl {

  static final String BROKER_LISTENER = "BROKER";
  static final String PROTOCOL = "SASL_PLAINTEXT";
  static final String BROKER_MECHANISM = "PLAIN";
  static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";
  static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";

  private KafkaSasl() {}

  static Map<String, String> brokerSettings(KafkaCredentials credentials) {
    String broker = KafkaCredentials.BROKER;
    String password = credentials.password(broker);
    String plain =
        KafkaCredentials.jaas(
            PLAIN_LOGIN, broker, password, " user_" + broker + "=\"" + password + "\"");
    String listener = "listener.name." + BROKER_LISTENER.toLowerCase() + ".";
    String controller = "listener.name." + KafkaNode.CONTROLLER_LISTENER.toLowerCase() + ".";
    String scram = KafkaCredentials.MECHANISM.toLowerCase();
    return Map.ofEntries(
        Map.entry(
            listener + "sasl.enabled.mechanisms",
            KafkaCredentials.MECHANISM + "," + BROKER_MECHANISM),
        Map.entry(listener + scram + ".sasl.jaas.config", SCRAM_LOGIN + " required;"),
        Map.entry(listener + "plain.sasl.jaas.config", plain),
        Map.entry("sasl.mechanism.inter.broker.protocol", BROKER_MECHANISM),
        Map.entry(controller + "sasl.enabled.mechanisms", BROKER_MECHANISM),
        Map.entry(controller + "plain.sasl.jaas.config", plain),
        Map.entry("sasl.mechanism.controller.protocol", BROKER_MECHANISM),
        Map.entry(
            "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
        Map.entry("allow.everyone.if.no.acl.found", "false"),
        Map.entry("super.users", "User:" + broker));
  }

  /** A client's settings as the broker principal, the super user. */
  static Map<String, Object> superUserClient(KafkaCredentials credentials) {
    return Map.of(
        "security.protocol",
        PROTOCOL,
        "sasl.mechanism",
        BROKER_MECHANISM,
        "sasl.jaas.config",
        KafkaCredentials.jaas(
            PLAIN_LOGIN,
            KafkaCredentials.BROKER,
            credentials.password(KafkaCredentials.BROKER),
            ""));
  }
}
