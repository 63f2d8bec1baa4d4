package org.disputeregistry.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.events.ReferenceData;
import org.junit.jupiter.api.Test;

class FormLabelsTest {

  @Test
  void referenceFieldsGetTheChoicesOfTheirNameAndOtherFieldsNone() {
    Schema<?> request =
        new ObjectSchema()
            .addProperty("street", new StringSchema().maxLength(32))
            .addProperty("community", new StringSchema())
            .addProperty("reason", new StringSchema());
    OpenAPI document = new OpenAPI().components(new Components().addSchemas("Request", request));

    new FormLabels(new ReferenceCodes(ReferenceData.defaults())).customise(document);

    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> streets =
        (Map<String, Map<String, String>>)
            request.getProperties().get("street").getExtensions().get(FormLabels.EXTENSION);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> communities =
        (Map<String, Map<String, String>>)
            request.getProperties().get("community").getExtensions().get(FormLabels.EXTENSION);
    assertThat(streets).containsKey("GUANGMING").hasSize(6);
    assertThat(communities).hasSize(31);
    assertThat(communities.get("BIYAN")).containsEntry("street", "GUANGMING");
    assertThat(request.getProperties().get("street").getMaxLength()).isEqualTo(32);
    assertThat(request.getProperties().get("reason").getExtensions()).isNull();
  }
}
