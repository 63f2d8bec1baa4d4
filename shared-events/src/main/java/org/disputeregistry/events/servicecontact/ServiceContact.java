package org.disputeregistry.events.servicecontact;

import org.disputeregistry.events.Nullable;

/**
 * One contact at a service site: what for, how many people came together, and the field (a category
 * code of the reference data, or null when it fits none).
 */
public record ServiceContact(ServiceContactKind kind, int persons, @Nullable String category) {}
