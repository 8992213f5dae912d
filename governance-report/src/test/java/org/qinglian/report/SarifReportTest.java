package org.qinglian.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.ValidationSession;

/**
 * SARIF against the official OASIS 2.1.0 schema (networknt, draft-04), and what GitHub's
 * code scanning needs: rules with a name and help, a result in a ZIP package pointing at
 * the package (its member's line in the properties), relative URIs, a capped report said.
 */
class SarifReportTest {

  private static final Schema SARIF;

  static {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
      SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static ValidationReport report(DatasetValidator validator, int parseErrors) {
    ValidationSession session = validator.newSession();
    for (int i = 0; i < parseErrors; i++) {
      session.readIssue("UNKNOWN_FIELD", SourceLocation.inFile("delivery/pkg.zip!/units.csv", 3 + i, 7),
          Optional.of(RecordType.UNIT), Optional.of("colour"), Map.of("field", "colour" + i));
    }
    session.readIssue("UNKNOWN_FIELD", SourceLocation.inFile("delivery/plain.json", 12, 5).withPointer("/units/0/x"),
        Optional.of(RecordType.UNIT), Optional.of("x"), Map.of("field", "x"));
    return session.finish();
  }

  @Test
  void aCsvFieldNumberIsNoCharacterColumn() {
    DatasetValidator validator = DatasetValidator.builder().locale(Locale.ENGLISH).serviceLoader(null).build();
    ValidationSession session = validator.newSession();
    session.readIssue("UNKNOWN_FIELD", SourceLocation.inFile("delivery/units.csv", 3, 7),
        Optional.of(RecordType.UNIT), Optional.of("colour"), Map.of("field", "colour"));
    session.readIssue("UNKNOWN_FIELD", SourceLocation.inFile("delivery/plain.json", 12, 5).withPointer("/units/0/x"),
        Optional.of(RecordType.UNIT), Optional.of("x"), Map.of("field", "x"));
    String sarif = ReportWriter.of(session.finish(), validator).input("delivery").build().toString(ReportFormat.SARIF);
    assertEquals(List.of(), SARIF.validate(sarif, InputFormat.JSON));
    String csv = sarif.substring(sarif.indexOf("units.csv"), sarif.indexOf("plain.json"));
    assertTrue(csv.contains("\"startLine\" : 3") && !csv.contains("startColumn") && csv.contains("\"field\" : 7"), csv);
    String json = sarif.substring(sarif.indexOf("plain.json"));
    assertTrue(json.contains("\"startLine\" : 12, \"startColumn\" : 5") || json.contains("\"startColumn\" : 5"), json);
  }

  @Test
  void validByTheOfficialSchemaAndFitForCodeScanning() throws IOException {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      DatasetValidator validator = DatasetValidator.builder().locale(locale).serviceLoader(null).maxIssues(2).build();
      String sarif = ReportWriter.of(report(validator, 3), validator).input("delivery/pkg.zip").build()
          .toString(ReportFormat.SARIF);
      assertEquals(List.of(), SARIF.validate(sarif, InputFormat.JSON), sarif.substring(0, 400));
      assertFalse(SARIF.validate(sarif.replace("\"level\" : \"warning\"", "\"level\" : \"fatal\""), InputFormat.JSON)
          .isEmpty(), "the schema check can fail");
      assertTrue(sarif.contains("\"help\""), "GitHub requires help for every rule");
      assertTrue(sarif.contains("\"name\" : \"UnknownField\""), "a name that is not the id");
      assertTrue(sarif.contains("\"uri\" : \"delivery/pkg.zip\"") && sarif.contains("\"uriBaseId\" : \"%SRCROOT%\""),
          "relative to the working folder");
      assertTrue(sarif.contains("\"member\" : \"units.csv\"") && sarif.contains("\"memberLine\" : 3"), sarif);
      assertTrue(sarif.contains("toolExecutionNotifications"), "capped at 2 of 4: said");
      assertTrue(sarif.contains("\"totalResults\" : 4"), sarif);
      try (JsonParser parser = new JsonFactory().createParser(sarif)) {
        while (parser.nextToken() != null) {
          if ("startLine".equals(parser.currentName())) {
            parser.nextToken();
            assertNotEquals(3, parser.getIntValue(), "no line of a ZIP member on the package");
          }
        }
      }
      assertFalse(sarif.contains("file:///delivery"), "relative, not absolute");
    }
  }
}
