package org.disputeregistry.workbench.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The layout's model on every page: who is signed in, what they may do, the language. */
@ControllerAdvice
class LayoutAdvice {

  @ModelAttribute("user")
  RegistryUser user(@AuthenticationPrincipal RegistryUser user) {
    return user;
  }

  @ModelAttribute("tasks")
  List<Task> tasks(@AuthenticationPrincipal RegistryUser user) {
    return user == null ? List.of() : Task.of(user.roles());
  }

  /** The page's own path, for the language switch's links. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @ModelAttribute("language")
  String language() {
    return LocaleContextHolder.getLocale().getLanguage();
  }
}
