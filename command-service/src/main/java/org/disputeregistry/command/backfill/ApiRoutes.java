package org.disputeregistry.command.backfill;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's case collections and their steps, read from the controllers themselves: a back-fill
 * line names the collection ({@code reconsiderations}) and each step by its path segment ({@code
 * acceptance}) and carries the same body as the API, so the two can never drift apart.
 */
@Component
class ApiRoutes {

  private static final String PREFIX = "/api/";
  private static final String STEP_PREFIX = "/{caseId}/";

  /** A case collection of the API: how to open one, and its steps by name. */
  record Collection(
      Class<? extends OpenRequest> open, Map<String, Class<? extends StepRequest>> steps) {}

  private final Map<String, Collection> collections = new HashMap<>();

  // Reads the controllers' types, not the beans: the back-fill's own controller depends on this.
  ApiRoutes(ApplicationContext context) {
    for (String bean : context.getBeanNamesForAnnotation(RestController.class)) {
      Class<?> type = ClassUtils.getUserClass(context.getType(bean));
      RequestMapping mapping =
          AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
      if (mapping == null
          || mapping.value().length != 1
          || !mapping.value()[0].startsWith(PREFIX)) {
        continue;
      }
      read(mapping.value()[0].substring(PREFIX.length()), type);
    }
  }

  @SuppressWarnings("unchecked")
  private void read(String name, Class<?> controller) {
    Class<? extends OpenRequest> open = null;
    Map<String, Class<? extends StepRequest>> steps = new HashMap<>();
    for (Method method : controller.getDeclaredMethods()) {
      PostMapping post = method.getAnnotation(PostMapping.class);
      Class<?> body = bodyType(method);
      if (post == null || body == null) {
        continue;
      }
      if (post.value().length == 0 && OpenRequest.class.isAssignableFrom(body)) {
        open = (Class<? extends OpenRequest>) body;
      } else if (post.value().length == 1
          && post.value()[0].startsWith(STEP_PREFIX)
          && StepRequest.class.isAssignableFrom(body)) {
        steps.put(
            post.value()[0].substring(STEP_PREFIX.length()), (Class<? extends StepRequest>) body);
      }
    }
    if (open != null) {
      collections.put(name, new Collection(open, Map.copyOf(steps)));
    }
  }

  private static Class<?> bodyType(Method method) {
    for (int i = 0; i < method.getParameterCount(); i++) {
      for (var annotation : method.getParameterAnnotations()[i]) {
        if (annotation instanceof RequestBody) {
          return method.getParameterTypes()[i];
        }
      }
    }
    return null;
  }

  Optional<Collection> collection(String name) {
    return Optional.ofNullable(collections.get(name));
  }

  java.util.Set<String> names() {
    return collections.keySet();
  }
}
