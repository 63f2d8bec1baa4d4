package org.disputeregistry.workbench.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.ApiUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
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
  String problem(ApiProblem problem, HttpServletResponse response, Model model) {
    response.setStatus(problem.status());
    model.addAttribute("problem", problem);
    return "problem";
  }

  @ExceptionHandler(ApiUnavailable.class)
  String unavailable(ApiUnavailable e, HttpServletResponse response) {
    log.warn("A service did not answer: {}", e.getCause().toString());
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return "unavailable";
  }

  /**
   * The session's token could not be refreshed (the provider forgot it, or the user was signed out
   * there): it was dropped, so the same page again starts a new sign-in. A sign-in that is required
   * is left to Spring Security's filter, which starts it.
   */
  @ExceptionHandler(ClientAuthorizationException.class)
  String reauthorize(ClientAuthorizationException e, HttpServletRequest request) {
    if (e instanceof ClientAuthorizationRequiredException required) {
      throw required;
    }
    log.info("The session's access token could not be renewed: {}", e.getError().getErrorCode());
    return "redirect:" + request.getRequestURI();
  }
}
