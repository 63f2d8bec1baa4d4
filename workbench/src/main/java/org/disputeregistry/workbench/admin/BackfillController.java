package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.ApiUnavailable;
import org.disputeregistry.workbench.api.Uploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A back-fill file uploaded by an admin and sent on to {@code POST /api/backfills} as that admin.
 * The servlet container writes the upload to a temporary file as it arrives (never to memory:
 * {@code spring.servlet.multipart.file-size-threshold} 0) and refuses one larger than {@code
 * spring.servlet.multipart.max-file-size}; the file is then streamed to the command side, which
 * loads it line by line while it reads. The answer (the report, or the problem: 429 while another
 * upload runs, 413 with the line that broke a bound and what was loaded before it) is shown as a
 * fragment in place of the form's result; htmx swaps only 2xx answers, so the fragment is a 200
 * whatever the API said, the API's status shown in it.
 */
@Controller
class BackfillController {

  private static final Logger log = LoggerFactory.getLogger(BackfillController.class);

  static final String FRAGMENT = "admin/backfill :: result";
  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

  private final Uploads uploads;
  private final ObjectMapper json;
  private final DataSize maxFileSize;

  BackfillController(
      Uploads uploads,
      ObjectMapper json,
      @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
    this.uploads = uploads;
    this.json = json;
    this.maxFileSize = maxFileSize;
  }

  @GetMapping("/admin/backfill")
  String form(Model model) {
    model.addAttribute("maxBytes", maxFileSize.toBytes());
    model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
    return "admin/backfill";
  }

  @PostMapping(path = "/admin/backfill", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("noFile", true);
    } else {
      send(file, model);
    }
    if (htmx != null) {
      return FRAGMENT;
    }
    return form(model);
  }

  private void send(MultipartFile file, Model model) throws IOException {
    try (InputStream in = file.getInputStream()) {
      JsonNode answer = uploads.postToCommand("/api/backfills", NDJSON, file.getSize(), in);
      model.addAttribute("report", json.treeToValue(answer, BackfillReport.class));
    } catch (ApiProblem problem) {
      model.addAttribute("problem", problem);
      // 413: the line that broke a bound, and the report of the lines before it (loaded).
      if (problem.member("loaded").isObject()) {
        model.addAttribute(
            "report", json.treeToValue(problem.member("loaded"), BackfillReport.class));
      }
      model.addAttribute("retryAfter", problem.status() == 429);
    } catch (ApiUnavailable e) {
      log.warn("The command side did not answer a back-fill upload: {}", e.getCause().toString());
      model.addAttribute("unavailable", true);
    }
  }
}
