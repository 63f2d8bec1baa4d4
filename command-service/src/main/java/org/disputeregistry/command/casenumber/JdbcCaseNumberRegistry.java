package org.disputeregistry.command.casenumber;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCaseNumberRegistry implements CaseNumberRegistry {

  private final JdbcTemplate jdbc;

  JdbcCaseNumberRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void claim(CaseType type, int year, String caseNumber, CaseId caseId) {
    // ON CONFLICT keeps the transaction usable, so a refusal is a clean rule violation.
    int inserted =
        jdbc.update(
            "INSERT INTO case_number_claim (case_type, case_year, case_number, case_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            type.name(),
            year,
            caseNumber,
            caseId.value());
    if (inserted != 1) {
      requireHeldBy(type, year, caseNumber, caseId);
    }
  }

  @Override
  public void claimAll(List<Claim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    // One statement for the whole list; the few it could not insert are checked one by one.
    List<Claim> inserted =
        jdbc.query(
            connection -> {
              PreparedStatement statement =
                  connection.prepareStatement(
                      "INSERT INTO case_number_claim (case_type, case_year, case_number, case_id)"
                          + " SELECT * FROM unnest(?::varchar[], ?::int[], ?::varchar[],"
                          + " ?::uuid[]) ON CONFLICT DO NOTHING"
                          + " RETURNING case_type, case_year, case_number, case_id");
              statement.setArray(1, array(connection, "varchar", claims, c -> c.type().name()));
              statement.setArray(2, array(connection, "int4", claims, Claim::year));
              statement.setArray(3, array(connection, "varchar", claims, Claim::caseNumber));
              statement.setArray(4, array(connection, "uuid", claims, c -> c.caseId().value()));
              return statement;
            },
            (row, i) ->
                new Claim(
                    CaseType.valueOf(row.getString(1)),
                    row.getInt(2),
                    row.getString(3),
                    new CaseId(row.getObject(4, UUID.class))));
    if (inserted.size() == claims.size()) {
      return;
    }
    Set<Claim> made = new HashSet<>(inserted);
    for (Claim claim : claims) {
      if (!made.contains(claim)) {
        requireHeldBy(claim.type(), claim.year(), claim.caseNumber(), claim.caseId());
      }
    }
  }

  private static Array array(
      Connection connection, String type, List<Claim> claims, Function<Claim, Object> field)
      throws SQLException {
    return connection.createArrayOf(type, claims.stream().map(field).toArray());
  }

  private void requireHeldBy(CaseType type, int year, String caseNumber, CaseId caseId) {
    List<UUID> holder =
        jdbc.queryForList(
            "SELECT case_id FROM case_number_claim"
                + " WHERE case_type = ? AND case_year = ? AND case_number = ?",
            UUID.class,
            type.name(),
            year,
            caseNumber);
    if (!holder.equals(List.of(caseId.value()))) {
      throw new RuleViolation(
          ErrorCode.CASE_NUMBER_TAKEN,
          "caseNumber",
          "Case number " + caseNumber + " is already used by another case of " + year);
    }
  }
}
