package org.disputeregistry.workbench.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The layout's model on every page: who is signed in, what they may do, the language. */
@ControllerAdvice
class LayoutAdvice {

  @ModelAttribute
  void layout(Model model, HttpServletRequest request) {
    addTo(model, request);
  }

  /**
   * Also for the pages of {@link ApiFailures}: an exception handler's model does not get the
   * advice's attributes.
   */
  static void addTo(Model model, HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    RegistryUser user =
        authentication != null && authentication.getPrincipal() instanceof RegistryUser signedIn
            ? signedIn
            : null;
    model.addAttribute("user", user);
    model.addAttribute("tasks", user == null ? List.of() : Task.of(user.roles()));
    // The page's own path and query (a search's filters), for the language switch's links.
    model.addAttribute("currentPath", currentPath(request));
    model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
  }

  /** The request's path and query without its {@code lang}, which the switch's links set. */
  static String currentPath(HttpServletRequest request) {
    try {
      return UriComponentsBuilder.fromPath(request.getRequestURI())
          .query(request.getQueryString())
          .replaceQueryParam(Languages.PARAMETER)
          .build(true)
          .toUriString();
    } catch (IllegalArgumentException notEncoded) {
      return request.getRequestURI(); // a query a browser would not send: the path alone
    }
  }
}
