package org.disputeregistry.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputeregistry.web.ProblemCode;
import org.disputeregistry.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a request reaches its handler only if the handler declares {@link Allowed} roles
 * and the caller has one of them. A handler without a rule is refused to everyone (a programming
 * error, logged), so a new endpoint is closed until someone decides who may call it.
 */
final class AllowedRoles implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(AllowedRoles.class);

  private final SecurityProblems problems;

  AllowedRoles(SecurityProblems problems) {
    this.problems = problems;
  }

  /** The rule of a handler: on its method, else on its controller; null if it has none. */
  static Allowed ruleOf(HandlerMethod handler) {
    Allowed onMethod =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Allowed.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allowed.class);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true; // static resources: none are served outside the public paths
    }
    Allowed rule = ruleOf(method);
    if (rule == null) {
      log.error("{} declares no @Allowed roles: denied to everyone", method.getShortLogMessage());
      problems.write(
          request,
          response,
          Problems.of(ProblemCode.FORBIDDEN, "This operation is not open to any role"));
      return false;
    }
    Identity identity = Identity.current();
    if (identity == null || !identity.hasAny(rule.value())) {
      problems.write(
          request,
          response,
          Problems.of(
              ProblemCode.FORBIDDEN, "The access token's roles do not allow this operation"));
      return false;
    }
    return true;
  }
}
