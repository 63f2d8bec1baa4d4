package org.disputeregistry.workbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withBadRequest;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** A paged list's pages: whether the API links a next one, and its CSV copied as it comes. */
class ApiListTest {

  private static final String NEXT = "<http://query/api/cases?page=1>; rel=\"next\"";

  private final RestClient.Builder builder = RestClient.builder().baseUrl("http://query");
  private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
  private final Api api = new Api(builder.build(), new ObjectMapper());

  @Test
  void aPageSaysWhetherTheApiLinksANextOne() {
    HttpHeaders more = new HttpHeaders();
    more.add(HttpHeaders.LINK, NEXT);
    server
        .expect(requestTo("http://query/api/cases?numberPrefix=%E5%85%89&page=0"))
        .andRespond(withSuccess("{\"rows\":[]}", MediaType.APPLICATION_JSON).headers(more));
    server
        .expect(requestTo("http://query/api/cases?numberPrefix=%E5%85%89&page=1"))
        .andRespond(withSuccess("{\"rows\":[]}", MediaType.APPLICATION_JSON));

    assertThat(api.list("/api/cases?numberPrefix={v0}&page={v1}", "光", "0").more()).isTrue();
    assertThat(api.list("/api/cases?numberPrefix={v0}&page={v1}", "光", "1").more()).isFalse();
    server.verify();
  }

  @Test
  void aLaterPagesCsvLosesItsColumnNames() {
    HttpHeaders more = new HttpHeaders();
    more.add(HttpHeaders.LINK, NEXT);
    MediaType csv = MediaType.parseMediaType("text/csv");
    server
        .expect(requestTo("http://query/api/cases?page=0"))
        .andExpect(header(HttpHeaders.ACCEPT, "text/csv"))
        .andRespond(withSuccess("\uFEFFcaseNumber\r\nA\r\n", csv).headers(more));
    server
        .expect(requestTo("http://query/api/cases?page=1"))
        .andRespond(withSuccess("\uFEFFcaseNumber\r\nB\r\n", csv));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(api.csv("/api/cases?page={v0}", out, false, "0")).isTrue();
    assertThat(api.csv("/api/cases?page={v0}", out, true, "1")).isFalse();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFcaseNumber\r\nA\r\nB\r\n");
  }

  @Test
  void aRefusedCsvIsTheApisProblemAndNothingIsCopied() {
    server
        .expect(requestTo("http://query/api/cases?open=yes"))
        .andRespond(
            withBadRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    "{\"code\":\"INVALID_QUERY\",\"errors\":[{\"field\":\"open\","
                        + "\"code\":\"INVALID_QUERY\",\"message\":\"open must be true or false\"}]}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> api.csv("/api/cases?open={v0}", out, false, "yes"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> assertThat(problem.errors().get(0).field()).isEqualTo("open"));
    assertThat(out.size()).isZero();
  }
}
