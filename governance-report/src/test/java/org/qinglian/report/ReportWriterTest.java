package org.qinglian.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/** The report writers as a library: every format to a stream, in each language; JSON by its schema. */
class ReportWriterTest {

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @Test
  void everyFormatInEveryLanguage() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(ROOT.resolve("docs/report.schema.json")), InputFormat.JSON);
    var units = new java.util.ArrayList<>(Fixtures.dataset().getUnits());
    units.set(0, ImmutableUnit.copyOf(units.get(0)).withName(" "));
    var dataset = org.qinglian.model.dataset.ImmutableDataset.copyOf(Fixtures.dataset()).withUnits(units);
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
      DatasetValidator validator = DatasetValidator.builder().locale(locale).serviceLoader(null).build();
      ValidationReport report = validator.validate(dataset);
      ReportWriter writer = ReportWriter.of(report, validator).input("platform/upload.json").seconds(0.25).build();
      for (ReportFormat format : ReportFormat.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(format, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("FIELD_REQUIRED"), format + " " + locale);
        if (format == ReportFormat.JSON) {
          assertEquals(List.of(), schema.validate(text, InputFormat.JSON));
        }
      }
      String html = writer.toString(ReportFormat.HTML);
      assertTrue(html.contains("lang=\"" + org.qinglian.model.text.Localization.tag(locale) + "\""), html);
      assertFalse(html.contains("<script"), "self-contained, no script");
      // Traditional pages prefer Taiwan's fonts: the style names the language tag the page declares.
      assertTrue(html.contains(":lang(" + org.qinglian.model.text.Localization.tag(Locale.TRADITIONAL_CHINESE)
          + ") body{font-family:\"Noto Sans CJK TC\""), html);
    }
  }
}
