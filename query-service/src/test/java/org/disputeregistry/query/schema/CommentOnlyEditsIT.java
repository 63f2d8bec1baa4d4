package org.disputeregistry.query.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputeregistry.query.schema.CommentOnlyEdits.Edit;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database that an earlier release migrated (the three edited scripts recorded with their old
 * checksums) validates and migrates with the new scripts; any other checksum still fails.
 */
@SpringBootTest(properties = "registry.kafka.topic=comment-only-edits-it")
@WithRealInfrastructure
class CommentOnlyEditsIT {

  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void recordTheCurrentChecksums() {
    CommentOnlyEdits.EDITS.forEach(e -> record(e.version(), e.after()));
  }

  @Test
  void theNewChecksumsAreThoseFlywayComputesForTheScriptsAsTheyAre() {
    for (Edit edit : CommentOnlyEdits.EDITS) {
      assertThat(recorded(edit.version())).as("V" + edit.version()).isEqualTo(edit.after());
    }
  }

  @Test
  void aDatabaseMigratedWithTheOldScriptsStartsWithTheNewOnes() {
    CommentOnlyEdits.EDITS.forEach(e -> record(e.version(), e.before()));
    assertThat(withoutTheCallback().validateWithResult().validationSuccessful)
        .as("without the callback the old checksums fail validation")
        .isFalse();

    flyway.migrate();

    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    for (Edit edit : CommentOnlyEdits.EDITS) {
      assertThat(recorded(edit.version())).as("V" + edit.version()).isEqualTo(edit.after());
    }
  }

  @Test
  void anyOtherChecksumStillFailsValidation() {
    record("10", 12_345);

    assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
    assertThat(recorded("10")).isEqualTo(12_345);
  }

  private Flyway withoutTheCallback() {
    return Flyway.configure()
        .configuration(flyway.getConfiguration())
        .callbacks(new Callback[0])
        .load();
  }

  private int recorded(String version) {
    return jdbc.queryForObject(
        "SELECT checksum FROM flyway_schema_history WHERE version = ?", Integer.class, version);
  }

  private void record(String version, int checksum) {
    jdbc.update(
        "UPDATE flyway_schema_history SET checksum = ? WHERE version = ?", checksum, version);
  }
}
