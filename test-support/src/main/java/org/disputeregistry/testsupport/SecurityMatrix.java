package org.disputeregistry.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security matrix of a service, generated from its OpenAPI document: every operation is called
 * by every kind of caller, and each answer is checked against the operation's declared roles
 * ({@code x-allowed-roles}): no token or a bad one (expired, of another issuer, unsigned, tampered
 * with) is 401 {@code UNAUTHENTICATED}; a valid token without an allowed role is 403 {@code
 * FORBIDDEN}; an allowed caller gets past security (an empty body may then be a 400, an unknown id
 * a 404: neither 401, 403 nor a 5xx). An operation that declares no roles is itself a violation, so
 * a new endpoint without a rule fails the matrix.
 */
public final class SecurityMatrix {

  /** The extension of an operation that lists the roles allowed to call it. */
  public static final String ROLES_EXTENSION = "x-allowed-roles";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Map<String, String> PATH_VARIABLES =
      Map.of(
          "{caseId}", "00000000-0000-4000-8000-00000000dead",
          "{id}", "999999999",
          "{version}", "1",
          "{year}", "2023");

  /** An operation of the document and the roles it declares (null: it declares none). */
  public record Operation(String method, String path, String contentType, List<String> roles) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Who calls: its token (null for none) and its roles (null for a token that is not valid). */
  public record Caller(String name, String token, Set<String> roles) {}

  private SecurityMatrix() {}

  /** Every operation of an OpenAPI document. */
  public static List<Operation> operations(String openApiJson) {
    try {
      List<Operation> operations = new ArrayList<>();
      JsonNode paths = JSON.readTree(openApiJson).path("paths");
      for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
        Map.Entry<String, JsonNode> path = p.next();
        for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
          Map.Entry<String, JsonNode> method = m.next();
          JsonNode operation = method.getValue();
          JsonNode declared = operation.get(ROLES_EXTENSION);
          List<String> roles = null;
          if (declared != null && declared.isArray() && operation.has("security")) {
            roles = new ArrayList<>();
            for (JsonNode role : declared) {
              roles.add(role.asText());
            }
          }
          Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
          operations.add(
              new Operation(
                  method.getKey().toUpperCase(java.util.Locale.ROOT),
                  path.getKey(),
                  types.hasNext() ? types.next() : null,
                  roles));
        }
      }
      return operations;
    } catch (IOException e) {
      throw new UncheckedIOException("Not an OpenAPI document", e);
    }
  }

  /** The bad tokens, then every demo account (every role, every organisation). */
  public static List<Caller> callers() {
    List<Caller> callers = new ArrayList<>();
    callers.add(new Caller("no token", null, null));
    callers.add(new Caller("expired token", Tokens.expired("admin.he"), null));
    callers.add(new Caller("token of another issuer", Tokens.ofAnotherIssuer("admin.he"), null));
    callers.add(new Caller("unsigned token (alg none)", Tokens.unsigned("admin.he"), null));
    callers.add(new Caller("tampered token", Tokens.tampered("analyst.liu"), null));
    callers.add(new Caller("garbage token", "not-a-jwt", null));
    Tokens.ACCOUNTS.values().stream()
        .sorted(java.util.Comparator.comparing(Tokens.Account::subject))
        .forEach(
            account ->
                callers.add(
                    new Caller(
                        account.subject() + " (" + account.organisation() + ")",
                        Tokens.forAccount(account.subject()),
                        Set.copyOf(account.roles()))));
    return callers;
  }

  /**
   * Calls every operation as every caller; returns what did not answer as its rule says (empty if
   * all did).
   */
  public static List<String> violations(String rootUri, List<Operation> operations) {
    List<String> violations = new ArrayList<>();
    List<Caller> callers = callers();
    for (Operation operation : operations) {
      if (operation.roles() == null) {
        violations.add(
            operation
                + ": declares no roles (@Allowed) and no security requirement; every"
                + " operation must say who may call it");
        continue;
      }
      for (Caller caller : callers) {
        String violation = check(rootUri, operation, caller);
        if (violation != null) {
          violations.add(operation + " as " + caller.name() + ": " + violation);
        }
      }
    }
    return violations;
  }

  private static String check(String rootUri, Operation operation, Caller caller) {
    HttpResponse<String> answer = call(rootUri, operation, caller.token(), Map.of());
    int status = answer.statusCode();
    if (caller.roles() == null) {
      return status == 401 && hasCode(answer, "UNAUTHENTICATED")
          ? null
          : "expected 401 UNAUTHENTICATED, got " + status + " " + answer.body();
    }
    boolean allowed = caller.roles().stream().anyMatch(operation.roles()::contains);
    if (!allowed) {
      return status == 403 && hasCode(answer, "FORBIDDEN")
          ? null
          : "expected 403 FORBIDDEN, got " + status + " " + answer.body();
    }
    return status == 401 || status == 403 || status >= 500
        ? "allowed, but answered " + status + " " + answer.body()
        : null;
  }

  /** Whether a problem-details answer has this {@code code}. */
  public static boolean hasCode(HttpResponse<String> answer, String code) {
    try {
      return code.equals(JSON.readTree(answer.body()).path("code").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Calls an operation with a token (null: none) and an empty body, its path variables from {@code
   * variables} (e.g. {@code {caseId}} of a stored case), else placeholders naming nothing stored.
   */
  public static HttpResponse<String> call(
      String rootUri, Operation operation, String token, Map<String, String> variables) {
    String path = operation.path();
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      path = path.replace(variable.getKey(), variable.getValue());
    }
    for (Map.Entry<String, String> variable : PATH_VARIABLES.entrySet()) {
      path = path.replace(variable.getKey(), variable.getValue());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(rootUri + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (operation.method().equals("GET")) {
      request.GET();
    } else {
      String type = operation.contentType() == null ? "application/json" : operation.contentType();
      request
          .header("Content-Type", type)
          .method(
              operation.method(),
              HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : ""));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot call " + operation, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted calling " + operation, e);
    }
  }
}
