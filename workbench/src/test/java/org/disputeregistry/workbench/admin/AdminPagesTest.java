package org.disputeregistry.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.disputeregistry.workbench.signin.RegistryUserForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the administration pages show for each answer of the APIs, against a stand-in for both
 * services (a JDK HTTP server answering as they do): the back-fill's report, its 429 and its 413
 * (the line and what was loaded before it), the file arriving whole with the admin's token, the
 * rebuild's 409.
 */
@SpringBootTest(properties = "REGISTRY_WORKBENCH_CLIENT_SECRET=test-secret")
@AutoConfigureMockMvc
class AdminPagesTest {

  private static final HttpServer SERVICES = services();

  /** What the stand-in answers, by "METHOD path": status and JSON. */
  private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();

  /** What it was sent, by "METHOD path". */
  private static final Map<String, Received> RECEIVED = new ConcurrentHashMap<>();

  record Answer(int status, String json) {}

  record Received(String authorization, String contentType, byte[] body) {}

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    String url = "http://localhost:" + SERVICES.getAddress().getPort();
    properties.add("registry.workbench.command-url", () -> url);
    properties.add("registry.workbench.query-url", () -> url);
  }

  @AfterAll
  static void stop() {
    SERVICES.stop(0);
  }

  /** The registration as the provider's discovery would give it, without asking it. */
  @TestConfiguration
  static class Provider {
    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
      String provider = "http://provider.invalid";
      return new InMemoryClientRegistrationRepository(
          ClientRegistration.withRegistrationId("registry")
              .clientId("workbench")
              .clientSecret("test-secret")
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
              .scope("openid")
              .authorizationUri(provider + "/oauth2/authorize")
              .tokenUri(provider + "/oauth2/token")
              .jwkSetUri(provider + "/oauth2/jwks")
              .userNameAttributeName("sub")
              .build());
    }
  }

  @Autowired MockMvc mvc;

  private static RequestPostProcessor admin() {
    return signedIn("admin.he", Role.ADMIN);
  }

  private static RequestPostProcessor signedIn(String account, Role role) {
    OidcIdToken idToken =
        new OidcIdToken("id", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", account));
    return oidcLogin()
        .oidcUser(
            RegistryUserForTests.of(
                new DefaultOidcUser(Set.of(), idToken),
                new Identity(account, "DISTRICT", Set.of(role))));
  }

  @Test
  void everyAdministrationPageIsForAdminsOnlyAndNothingIsCalledForOthers() throws Exception {
    RECEIVED.clear();
    RequestPostProcessor analyst = signedIn("analyst.liu", Role.ANALYST);
    for (String page :
        new String[] {
          "/admin",
          "/admin/backfill",
          "/admin/dead-letters",
          "/admin/rebuild",
          "/admin/publications"
        }) {
      mvc.perform(get(page).with(analyst)).andExpect(status().isForbidden());
    }
    mvc.perform(post("/admin/rebuild").with(analyst).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/publications/2023").with(analyst).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(multipart("/admin/backfill").file(file("{}\n")).with(analyst).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(RECEIVED).isEmpty();
  }

  private static MockMultipartFile file(String text) {
    return new MockMultipartFile(
        "file", "cases.ndjson", "application/x-ndjson", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theFileReachesTheCommandSideWholeWithTheAdminsTokenAndItsReportIsATable() throws Exception {
    ANSWERS.put(
        "POST /api/backfills",
        new Answer(
            200,
            """
            {"lines":3,"casesRecorded":2,"casesAlreadyLoaded":0,"eventsAppended":4,"rejected":1,
             "rejections":[{"line":2,"caseId":"c2","step":"open","code":"MISSING_FIELD",
                            "field":"servedOn","message":"must not be null"}],
             "rejectedByCode":{"MISSING_FIELD":1},"elapsed":"PT0.2S"}"""));
    String text = "{\"line\":1}\n{\"line\":2}\n{\"line\":3}\n";

    mvc.perform(
            multipart("/admin/backfill")
                .file(file(text))
                .with(admin())
                .with(csrf())
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"report-lines\">3<"),
                        containsString("id=\"rejection-2\""),
                        containsString("servedOn"),
                        containsString("此项必填。"),
                        not(containsString("<html")))));

    Received sent = RECEIVED.get("POST /api/backfills");
    assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(sent.contentType()).isEqualTo("application/x-ndjson");
    assertThat(sent.authorization()).startsWith("Bearer ");
  }

  @Test
  void anotherUploadRunningIsSaidSoAndAskedToWait() throws Exception {
    ANSWERS.put(
        "POST /api/backfills",
        new Answer(
            429,
            """
            {"status":429,"code":"BACKFILL_RUNNING",
             "detail":"Another back-fill upload for the same organisation is running"}"""));

    mvc.perform(
            multipart("/admin/backfill")
                .file(file("{}\n"))
                .with(admin())
                .with(csrf())
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "id=\"backfill-problem-code\" class=\"mono\">BACKFILL_RUNNING<"),
                        containsString("同一机构的另一次导入正在进行。"),
                        containsString("请稍后再上传"))));
  }

  @Test
  void aLineOverTheBoundNamesItsLineAndWhatWasLoadedBeforeIt() throws Exception {
    // As the command side answers it: the report of the lines before, with its 1,000 rejections
    // in detail, far larger than a plain problem (about 215 KB measured).
    StringBuilder rejections = new StringBuilder();
    for (int line = 1; line <= 1000; line++) {
      rejections
          .append(line == 1 ? "" : ",")
          .append(
              """
              {"line":%d,"caseId":null,"step":null,"code":"MALFORMED_JSON","field":null,              "message":"Unrecognized token 'x': was expecting JSON String, Number, Array,               Object or token 'null', 'true' or 'false'"}"""
                  .formatted(line));
    }
    ANSWERS.put(
        "POST /api/backfills",
        new Answer(
            413,
            """
            {"status":413,"code":"TOO_MANY_LINES","detail":"line 1000001 is one more",
             "errors":[{"field":"line 1000001","code":"TOO_MANY_LINES","message":"too many"}],
             "line":1000001,
             "loaded":{"lines":1000000,"casesRecorded":0,"casesAlreadyLoaded":0,
                       "eventsAppended":0,"rejected":1000000,"rejections":[%s],
                       "rejectedByCode":{"MALFORMED_JSON":1000000},"elapsed":"PT5.5S"}}"""
                .formatted(rejections)));

    mvc.perform(
            multipart("/admin/backfill")
                .file(file("{}\n"))
                .with(admin())
                .with(csrf())
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(">TOO_MANY_LINES<"),
                        containsString("id=\"backfill-problem-line\">1000001<"),
                        containsString("出错行之前的各行已经载入"),
                        containsString("id=\"report-rejected\">1000000<"),
                        containsString("id=\"rejection-1000\""),
                        containsString("仅列出前 1,000 行"))));
  }

  @Test
  void aRebuildAlreadyRunningIsShownAsSuch() throws Exception {
    ANSWERS.put(
        "POST /api/admin/rebuild",
        new Answer(
            409,
            """
            {"status":409,"code":"REBUILD_RUNNING",
             "detail":"A rebuild is running on this instance"}"""));

    mvc.perform(post("/admin/rebuild").with(admin()).with(csrf()))
        .andExpect(redirectedUrl("/admin/rebuild"))
        .andExpect(flash().attribute("refusedCode", "REBUILD_RUNNING"));

    ANSWERS.put(
        "GET /api/admin/rebuild",
        new Answer(
            200,
            """
            {"phase":"CATCHING_UP","startedAt":"2026-12-05T03:00:00Z","eventsRead":120,
             "eventsBehind":30,"partitions":[]}"""));
    mvc.perform(get("/admin/rebuild/progress").with(admin()))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("hx-trigger=\"every 2s\""),
                        containsString("追赶主题中"),
                        containsString("id=\"rebuild-behind\">30<"))));

    // Done: the fragment asks for nothing more, the polling stops.
    ANSWERS.put(
        "GET /api/admin/rebuild",
        new Answer(
            200,
            """
            {"phase":"DONE","startedAt":"2026-12-05T03:00:00Z","finishedAt":"2026-12-05T03:01:00Z",
             "eventsRead":150,"eventsBehind":0,"partitions":[]}"""));
    mvc.perform(get("/admin/rebuild/progress").with(admin()))
        .andExpect(
            content()
                .string(
                    allOf(
                        not(containsString("hx-trigger")),
                        not(containsString("hx-get")),
                        containsString("已完成"),
                        containsString("id=\"rebuild-read\">150<"))));
  }

  @Test
  void publishingAppendsAVersionAndThePageListsTheCasesChangedSinceCaseByCase() throws Exception {
    ANSWERS.put(
        "POST /api/publications/2023",
        new Answer(
            201,
            """
            {"year":2023,"version":2,"publishedAt":"2026-12-05T06:00:00Z",
             "publishedBy":"admin.he","organisation":"DISTRICT","current":true}"""));
    mvc.perform(post("/admin/publications/2023").with(admin()).with(csrf()))
        .andExpect(redirectedUrl("/admin/publications?year=2023"))
        .andExpect(
            flash().attribute("published", new com.fasterxml.jackson.databind.node.IntNode(2)));
    assertThat(RECEIVED.get("POST /api/publications/2023").authorization()).startsWith("Bearer ");

    ANSWERS.put(
        "GET /api/publications/2023",
        new Answer(
            200,
            """
            {"year":2023,"current":2,"versions":[
              {"year":2023,"version":2,"publishedAt":"2026-12-05T06:00:00Z","publishedBy":"admin.he",
               "organisation":"DISTRICT","current":true},
              {"year":2023,"version":1,"publishedAt":"2026-12-01T06:00:00Z","publishedBy":"admin.he",
               "organisation":"DISTRICT","current":false}],"page":0,"size":20,"total":2}"""));
    ANSWERS.put(
        "GET /api/publications/2023/changes",
        new Answer(
            200,
            """
            {"year":2023,"version":2,"publishedAt":"2026-12-05T06:00:00Z","current":true,
             "cases":[{"caseType":"RECONSIDERATION","caseId":"0b1a0000-0000-4000-8000-0000000000ff",
               "caseNumber":"光明复〔2023〕99号","changes":[
                 {"figure":"received","zh":"收案","change":1,"breakdown":null},
                 {"figure":"mediationRate.numerator","zh":"调解率·分子","change":1,"breakdown":null}]},
              {"caseType":"SERVICE_CONTACT","caseId":"0b1a0000-0000-4000-8000-0000000000ee",
               "caseNumber":null,"changes":[
                 {"figure":"personTimesServed","zh":"服务人次","change":-12,"breakdown":null}]}],
             "page":0,"size":100,"total":2}"""));
    mvc.perform(get("/admin/publications?year=2023").with(admin()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"version-2\""),
                        containsString("id=\"version-1\""),
                        containsString("第2版公布以来的变动"),
                        containsString("共 2 件案件"),
                        containsString("光明复〔2023〕99号"),
                        containsString("调解率·分子"),
                        containsString(">+1<"),
                        containsString(">-12<"),
                        containsString("（服务接待日）"))));
  }

  @Test
  void aYearNeverPublishedSaysSoAndOffersToPublishIt() throws Exception {
    ANSWERS.put(
        "GET /api/publications/2019",
        new Answer(
            200,
            """
            {"year":2019,"current":null,"versions":[],"page":0,"size":20,"total":0}"""));
    mvc.perform(get("/admin/publications?year=2019").with(admin()))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("2019年度统计数据尚未公布"),
                        containsString("id=\"publish\""),
                        not(containsString("id=\"changes\"")))));
    mvc.perform(get("/admin/publications?year=20x9").with(admin()))
        .andExpect(content().string(containsString("请输入四位年份")));
  }

  @Test
  void theReportPageSaysWhichFiguresItShows() throws Exception {
    ANSWERS.put(
        "GET /api/publications/2023",
        new Answer(
            200,
            """
            {"year":2023,"current":2,"versions":[
              {"year":2023,"version":2,"publishedAt":"2026-12-05T06:00:00Z","publishedBy":"admin.he",
               "organisation":"DISTRICT","current":true}],"page":0,"size":1,"total":2}"""));
    RequestPostProcessor analyst = signedIn("analyst.liu", Role.ANALYST);
    mvc.perform(get("/report?year=2023").with(analyst))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("本页显示已公布的第2版数据（公布于 2026-12-05T06:00:00Z）"),
                        containsString("/report/2023.html?figures=published"))));
    mvc.perform(get("/report?year=2023&figures=live").with(analyst))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("本页显示实时数据；已公布的最新版本为第2版。"),
                        containsString("/report/2023.md?figures=live"))));
  }

  private static HttpServer services() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext("/", AdminPagesTest::answer);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    try (InputStream in = exchange.getRequestBody()) {
      RECEIVED.put(
          key,
          new Received(
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              in.readAllBytes()));
    }
    Answer answer = ANSWERS.getOrDefault(key, new Answer(404, "{\"code\":\"NOT_FOUND\"}"));
    byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set(
            "Content-Type",
            answer.status() < 400 ? "application/json" : "application/problem+json");
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
