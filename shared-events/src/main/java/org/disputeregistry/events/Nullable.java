package org.disputeregistry.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an event that may be null on the wire, or absent from events recorded before it was
 * added. Every other field is always present and never null. The published JSON Schema of each
 * event is generated from this mark: a field without it is {@code required}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Nullable {}
