package org.disputeregistry.workbench.layout;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages of a refusal and of having signed out. */
@Controller
class StatusPages {

  /** Where Spring Security forwards a request the user's roles do not allow. */
  @GetMapping("/forbidden")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden() {
    return "forbidden";
  }

  /** Where the provider sends the browser back after signing out. */
  @GetMapping("/signed-out")
  String signedOut() {
    return "signed-out";
  }
}
