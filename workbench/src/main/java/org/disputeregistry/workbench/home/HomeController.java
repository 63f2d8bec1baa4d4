package org.disputeregistry.workbench.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": the tasks of the user's roles (the layout's model), each a link once it exists. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
