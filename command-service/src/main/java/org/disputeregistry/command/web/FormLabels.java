package org.disputeregistry.command.web;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.events.Labels;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.ReferenceData.Label;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives every coded field of the OpenAPI document its choices with their Chinese and English
 * labels, as the extension {@value #EXTENSION}: {@code {"ORDINARY": {"zh": "普通程序", "en": "Ordinary
 * procedure"}, ...}}. Enumerations take them from the contract's {@link Labels}; the fields that
 * name reference data ({@code street}, {@code community}, {@code category}, {@code centre}) from
 * the deployment's reference data, each community with its {@code street}. So a form built from a
 * request schema needs nothing but the document to offer its choices.
 */
@Component
class FormLabels implements PropertyCustomizer, OpenApiCustomizer {

  static final String EXTENSION = "x-labels";

  private static final Pattern STEP_PATH = Pattern.compile("/api/([a-z-]+)/\\{caseId}/([a-z-]+)");

  private final ReferenceData reference;

  FormLabels(ReferenceCodes codes) {
    this.reference = codes.data();
  }

  /** An enumeration's labels depend on its type only, so they go on as its schema is made. */
  @Override
  public Schema customize(Schema property, AnnotatedType type) {
    JavaType javaType = TypeFactory.defaultInstance().constructType(type.getType());
    if (javaType.isCollectionLikeType() && property.getItems() != null) {
      label(property.getItems(), javaType.getContentType());
    } else {
      label(property, javaType);
    }
    return property;
  }

  @SuppressWarnings("unchecked")
  private static void label(Schema<?> schema, JavaType javaType) {
    Class<?> raw = javaType.getRawClass();
    if (raw.isEnum()) {
      schema.addExtension(EXTENSION, choices(Labels.defaults().of((Class<Enum<?>>) raw)));
    }
  }

  /**
   * A reference field's choices depend on its name, so they go on once the document is made (the
   * generator may share one schema among alike string fields; springdoc hands the customisers a
   * copy of the document, where each field has its own).
   */
  @Override
  public void customise(OpenAPI document) {
    labelSteps(document);
    if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
      return;
    }
    for (Schema<?> schema : document.getComponents().getSchemas().values()) {
      Map<String, Schema> properties = schema.getProperties();
      if (properties == null) {
        continue;
      }
      properties.forEach(
          (name, property) -> {
            Map<String, Map<String, String>> choices = referenceChoices(name);
            if (choices != null && isString(property)) {
              property.addExtension(EXTENSION, choices);
            }
          });
    }
  }

  /** Each step's operation gets the title of its form: {@code {"zh": "受理", "en": "Accept"}}. */
  private static void labelSteps(OpenAPI document) {
    if (document.getPaths() == null) {
      return;
    }
    document
        .getPaths()
        .forEach(
            (path, item) -> {
              Matcher step = STEP_PATH.matcher(path);
              if (step.matches() && item.getPost() != null) {
                Labels.defaults()
                    .step(step.group(1), step.group(2))
                    .ifPresent(label -> item.getPost().addExtension(EXTENSION, wording(label)));
              }
            });
  }

  private static boolean isString(Schema<?> schema) {
    return "string".equals(schema.getType())
        || (schema.getTypes() != null && schema.getTypes().contains("string"));
  }

  private Map<String, Map<String, String>> referenceChoices(String name) {
    return switch (name) {
      case "street" -> choices(reference.streets().stream().map(s -> label(s)).toList());
      case "category" -> choices(reference.categories());
      case "centre" -> choices(reference.mediationCentres());
      case "community" -> communities();
      default -> null;
    };
  }

  private Map<String, Map<String, String>> communities() {
    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    for (ReferenceData.Street street : reference.streets()) {
      for (Label community : street.communities()) {
        Map<String, String> choice = wording(community);
        choice.put("street", street.code());
        choices.put(community.code(), choice);
      }
    }
    return choices;
  }

  private static Label label(ReferenceData.Street street) {
    return new Label(street.code(), street.zh(), street.en());
  }

  private static Map<String, Map<String, String>> choices(List<Label> labels) {
    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    for (Label label : labels) {
      choices.put(label.code(), wording(label));
    }
    return choices;
  }

  private static Map<String, String> wording(Label label) {
    Map<String, String> wording = new LinkedHashMap<>();
    wording.put("zh", label.zh());
    wording.put("en", label.en());
    return wording;
  }
}
