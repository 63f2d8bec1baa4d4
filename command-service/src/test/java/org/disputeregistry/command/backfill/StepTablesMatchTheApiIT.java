package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The back-fill file format and the HTTP API name the same case types and steps with the same
 * bodies: a step the API offers that a back-fill line cannot name (or the other way round) fails
 * here, so that renaming a URL or adding a step is a deliberate change of the file format too.
 */
class StepTablesMatchTheApiIT extends ApiTestBase {

  private static final Pattern OPEN = Pattern.compile("/api/([^/{}]+)");
  private static final Pattern STEP = Pattern.compile("/api/([^/{}]+)/\\{caseId}/([^/{}]+)");

  @Autowired List<StepTable> tables;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyCaseTypeAndStepOfTheApiIsInTheStepTablesUnderTheSameNameWithTheSameBody() {
    SortedSet<String> api = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
        continue;
      }
      Class<?> body = bodyType(mapping.getValue());
      for (String path : mapping.getKey().getPatternValues()) {
        Matcher open = OPEN.matcher(path);
        Matcher step = STEP.matcher(path);
        if (open.matches() && body != null && OpenRequest.class.isAssignableFrom(body)) {
          api.add(open.group(1) + " opened by " + body.getName());
        } else if (step.matches() && body != null && StepRequest.class.isAssignableFrom(body)) {
          api.add(step.group(1) + " step " + step.group(2) + " " + body.getName());
        }
      }
    }
    SortedSet<String> backfill = new TreeSet<>();
    for (StepTable table : tables) {
      backfill.add(table.type() + " opened by " + table.open().getName());
      table
          .steps()
          .forEach(
              (name, body) -> backfill.add(table.type() + " step " + name + " " + body.getName()));
    }

    assertThat(api).as("the API's case types and steps").hasSizeGreaterThan(40);
    assertThat(backfill).isEqualTo(api);
  }

  /** An amendment names its step as a back-fill line does: each case type's steps, no other. */
  @Test
  void everyAmendmentNamesTheStepsOfItsCaseTypeAsTheStepTablesDo() throws Exception {
    SortedSet<String> api = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      for (String path : mapping.getKey().getPatternValues()) {
        Matcher step = STEP.matcher(path);
        if (step.matches() && step.group(2).equals("amendment")) {
          JsonSubTypes amended =
              bodyType(mapping.getValue())
                  .getDeclaredField("amended")
                  .getAnnotation(JsonSubTypes.class);
          for (JsonSubTypes.Type type : amended.value()) {
            api.add(step.group(1) + " step " + type.name() + " " + type.value().getName());
          }
        }
      }
    }
    SortedSet<String> backfill = new TreeSet<>();
    for (StepTable table : tables) {
      table
          .steps()
          .forEach(
              (name, body) -> backfill.add(table.type() + " step " + name + " " + body.getName()));
    }

    assertThat(api).as("the steps amendments name").hasSizeGreaterThan(39);
    assertThat(api)
        .isEqualTo(
            backfill.stream()
                .filter(s -> !s.startsWith("service-contacts"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  private static Class<?> bodyType(HandlerMethod handler) {
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return parameter.getParameterType();
      }
    }
    return null;
  }
}
