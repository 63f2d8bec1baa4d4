package org.disputeregistry.workbench.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is refused before any controller
 * sees it (the back-fill's is the workbench's only upload): its result says so, with the bound. The
 * page checks the file's size before sending it, so this is the answer to a client that did not.
 */
@ControllerAdvice
class UploadTooLarge {

  private final DataSize maxFileSize;

  UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    if (request.getHeader("HX-Request") == null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
    model.addAttribute("tooLarge", true);
    model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
    return BackfillController.FRAGMENT;
  }
}
