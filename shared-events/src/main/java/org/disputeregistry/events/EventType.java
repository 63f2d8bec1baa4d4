package org.disputeregistry.events;

/**
 * A kind of event in the catalogue. The {@code name} is the stable wire name (never the Java class
 * name, so classes can move); the {@code revision} rises with every incompatible change of the
 * payload.
 */
public record EventType(
    String name, int revision, CaseType caseType, Class<? extends CaseEvent> javaType) {}
