package org.disputeregistry.workbench.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.ApiUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page shows when a call to a service went wrong and the page did not handle it itself: the
 * problem's code and message with the service's status, or that the service does not answer.
 */
@ControllerAdvice
class ApiFailures {

  private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

  @ExceptionHandler(ApiProblem.class)
  String problem(
      ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
    LayoutAdvice.addTo(model, request);
    response.setStatus(problem.status());
    model.addAttribute("problem", problem);
    return "problem";
  }

  @ExceptionHandler(ApiUnavailable.class)
  String unavailable(
      ApiUnavailable e, HttpServletRequest request, HttpServletResponse response, Model model) {
    LayoutAdvice.addTo(model, request);
    log.warn("A service did not answer: {}", e.getCause().toString());
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return "unavailable";
  }

  /**
   * The session has no usable token (it could not be renewed: the provider forgot it or signed the
   * user out; or a service refused it): the user signs in again at the provider, and comes back to
   * this page if it was one to show.
   */
  @ExceptionHandler(ClientAuthorizationException.class)
  String signInAgain(
      ClientAuthorizationException e, HttpServletRequest request, HttpServletResponse response) {
    log.info(
        "A session's access token is gone or could not be renewed: {}",
        e.getError().getErrorCode());
    if ("GET".equals(request.getMethod())) {
      new HttpSessionRequestCache().saveRequest(request, response);
    }
    return "redirect:"
        + OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
        + "/"
        + e.getClientRegistrationId();
  }
}
