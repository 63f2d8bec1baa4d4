package org.disputeregistry.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.disputeregistry.command.lifecycle.WrongOrganisation;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.web.security.Identity;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Organisation scope of the case API: a request about a stored case ({@code .../{caseId}...}: its
 * steps and its state) reaches its handler only if the caller acts for an organisation that may
 * write the case ({@link Ownership#mayWrite}); otherwise it is 403 {@code WRONG_ORGANISATION}
 * before its body is read, and nothing is recorded. It runs after the role check. An id of no case,
 * or of a case of another type, goes on to the handler's 404. Opening a case is checked by the case
 * itself, from the opening's own fields.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationScope implements HandlerInterceptor, WebMvcConfigurer {

  /** The collections of the case API and the type of their cases. */
  private static final Map<String, CaseType> COLLECTIONS =
      Map.of(
          "/api/reconsiderations/", CaseType.RECONSIDERATION,
          "/api/commercial-mediations/", CaseType.COMMERCIAL_MEDIATION,
          "/api/petitions/", CaseType.PETITION,
          "/api/service-contacts/", CaseType.SERVICE_CONTACT);

  private final CaseOwners owners;

  OrganisationScope(CaseOwners owners) {
    this.owners = owners;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // After the role check (order 0): a caller without the role is FORBIDDEN whatever the case.
    registry
        .addInterceptor(this)
        .addPathPatterns("/api/*/{caseId}", "/api/*/{caseId}/**")
        .order(10);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String caseId = variables == null ? null : variables.get("caseId");
    CaseType collection = collection(request.getRequestURI());
    if (caseId == null || collection == null) {
      return true;
    }
    owners
        .of(caseId)
        .filter(owner -> owner.caseType() == collection)
        .ifPresent(
            owner -> {
              Identity caller = Identity.current();
              String organisation = caller == null ? null : caller.organisation();
              if (!Ownership.mayWrite(organisation, owner.organisation())) {
                throw new WrongOrganisation(owner.organisation(), organisation);
              }
            });
    return true;
  }

  private static CaseType collection(String uri) {
    for (Map.Entry<String, CaseType> entry : COLLECTIONS.entrySet()) {
      if (uri.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }
}
