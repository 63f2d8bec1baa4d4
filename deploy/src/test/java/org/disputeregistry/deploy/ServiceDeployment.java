package org.disputeregistry.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One service as a deployment file runs it.
 *
 * @param service the service (its module's name)
 * @param where the file and platform, for messages
 * @param onKubernetes whether Spring Boot sees Kubernetes (it then enables the probe groups)
 * @param environment every variable set for the service's container, with its value where the file
 *     gives one ("" for a secret)
 * @param containerPorts the ports the file expects the service to listen on
 * @param probes the health checks, as port and path
 * @param stopGrace how long the platform waits between SIGTERM and SIGKILL, less any pre-stop delay
 * @param heapMiB the maximum heap the JVM options give the service
 */
record ServiceDeployment(
    String service,
    String where,
    boolean onKubernetes,
    Map<String, String> environment,
    Set<Integer> containerPorts,
    List<Probe> probes,
    Duration stopGrace,
    long heapMiB) {

  record Probe(int port, String path) {}
}
