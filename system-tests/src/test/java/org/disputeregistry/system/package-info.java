/**
 * End-to-end tests of the system as it ships: the launcher and the service jars as processes on
 * real PostgreSQL and Kafka, driven over HTTP, with parts killed on purpose (PostgreSQL, a broker,
 * a service, the launcher itself). The one non-obvious rule: a check is always end to end, from the
 * HTTP answer a client got to the event store, the topic and the read model, because each guarantee
 * (nothing acknowledged is lost, each step counted once) is only as strong as its weakest hop.
 */
package org.disputeregistry.system;
