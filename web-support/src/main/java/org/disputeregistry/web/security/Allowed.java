package org.disputeregistry.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation: the one place that says it, on each handler method (or on its
 * controller, for all of its methods). A handler without it is denied to everyone (403) and has no
 * security requirement in the OpenAPI document, which the security matrix test refuses.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

  /** The roles that may call it; a caller needs one of them. */
  Role[] value();
}
