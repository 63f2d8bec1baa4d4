package org.disputeregistry.workbench.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's own page: what it offers. */
@Controller
class AdminController {

  @GetMapping("/admin")
  String index() {
    return "admin/index";
  }
}
