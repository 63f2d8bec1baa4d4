package org.disputeregistry.command.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.web.security.Identity;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives controller methods the {@link Caller} of a request: the actor and its organisation from the
 * access token (subject and {@code org}; an {@code X-Actor} header is ignored, so the audit trail
 * cannot be typed in), and the expected version of the case from {@code If-Match} (the ETag of a
 * previous answer, e.g. {@code "3"}; absent or {@code *} for "whatever the current version").
 */
@Configuration(proxyBeanMethods = false)
class CallerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Caller resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    Identity identity = Identity.current();
    if (identity == null) {
      // Security lets no request without a valid token reach a controller.
      throw new IllegalStateException("A write without an authenticated caller");
    }
    return new Caller(
        identity.subject(),
        identity.organisation(),
        expectedVersion(request.getHeader(HttpHeaders.IF_MATCH)));
  }

  static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    Matcher matcher = VERSION.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new RuleViolation(
          ErrorCode.INVALID_IF_MATCH,
          HttpHeaders.IF_MATCH,
          "If-Match must be the ETag of the case, e.g. \"3\"");
    }
    return Long.parseLong(matcher.group(1));
  }
}
