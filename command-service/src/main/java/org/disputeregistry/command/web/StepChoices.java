package org.disputeregistry.command.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.annotation.Annotation;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes a field that holds one of a case type's steps, named in its {@code step} as in a
 * back-fill line (an amendment's {@code amended}): one of the steps' own request schemas, each with
 * the name that chooses it, read from the field's Jackson subtypes. Without it the document would
 * say only "an object", and a client could not build or check the body from the document alone.
 */
@Component
class StepChoices implements PropertyCustomizer {

  @Override
  public Schema customize(Schema property, AnnotatedType type) {
    JsonTypeInfo named = annotation(type, JsonTypeInfo.class);
    JsonSubTypes steps = annotation(type, JsonSubTypes.class);
    if (named == null || steps == null) {
      return property;
    }
    ComposedSchema choice = new ComposedSchema();
    for (JsonSubTypes.Type step : steps.value()) {
      Schema<?> name =
          new ObjectSchema()
              .addProperty(named.property(), new StringSchema()._enum(List.of(step.name())))
              .addRequiredItem(named.property());
      choice.addOneOfItem(
          new ComposedSchema()
              .addAllOfItem(new Schema<>().$ref(schemaName(step.value())))
              .addAllOfItem(name));
    }
    choice.setDescription(property.getDescription());
    return choice;
  }

  /** The name springdoc gives a request record's schema: its {@code @Schema(name)}, or its own. */
  private static String schemaName(Class<?> body) {
    io.swagger.v3.oas.annotations.media.Schema schema =
        body.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : body.getSimpleName();
  }

  private static <A extends Annotation> A annotation(AnnotatedType type, Class<A> kind) {
    if (type.getCtxAnnotations() == null) {
      return null;
    }
    for (Annotation annotation : type.getCtxAnnotations()) {
      if (kind.isInstance(annotation)) {
        return kind.cast(annotation);
      }
    }
    return null;
  }
}
