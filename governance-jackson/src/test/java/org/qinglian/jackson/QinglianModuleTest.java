package org.qinglian.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.unit.Unit;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * A plain Jackson 2 mapper with the module writes every generated record exactly as the
 * exchange document holds it, and reads it back equal. A failure prints QuickTheories' seed.
 */
class QinglianModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new QinglianModule());

  @Test
  void everyGeneratedRecordRoundTripsAndMatchesTheExchangeWriter() {
    qt().withExamples(10).forAll(longs().between(1, Long.MAX_VALUE)).checkAssert(seed -> {
      try {
        Dataset dataset = DatasetGenerator.of(Plan.ofSize(120), seed).toDataset();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        ExchangeWriter.write(dataset, document, ExchangeFormat.JSON, WriteOptions.defaults());
        JsonNode tree = new ObjectMapper().readTree(document.toByteArray());
        for (RecordType type : RecordType.values()) {
          List<? extends GovernanceRecord> records = dataset.records(type);
          for (int i = 0; i < records.size(); i++) {
            GovernanceRecord record = records.get(i);
            String json = MAPPER.writeValueAsString(record);
            assertEquals(tree.get(type.jsonName()).get(i), new ObjectMapper().readTree(json), type + " " + i);
            assertEquals(record, MAPPER.readValue(json, record.getClass().getSuperclass()), type + " " + i);
          }
        }
        assertEquals(tree.get("header"), new ObjectMapper().readTree(MAPPER.writeValueAsString(dataset.getHeader())));
        assertEquals(dataset.getHeader(), MAPPER.readValue(MAPPER.writeValueAsString(dataset.getHeader()),
            DatasetHeader.class));
        assertEquals(dataset, MAPPER.readValue(MAPPER.writeValueAsString(dataset), Dataset.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void identifiersAndCodesAreTheirText() throws IOException {
    assertEquals("\"420102\"", MAPPER.writeValueAsString(DivisionCode.of("420102")));
    assertEquals(CreditCode.lenient("91350100M000100Y44"), MAPPER.readValue("\"91350100M000100Y44\"", CreditCode.class),
        "kept as given for the validator");
    assertEquals("\"COMPLETED\"", MAPPER.writeValueAsString(TaskStatus.COMPLETED));
    assertEquals(TaskStatus.COMPLETED, MAPPER.readValue("\"已完成\"", TaskStatus.class), "a Chinese label reads too");
  }

  @Test
  void aBadValueFailsWithItsPointer() {
    String json = "{\"id\":\"U-1\",\"name\":\"某单位\",\"category\":\"ORGAN\",\"divisionCode\":\"420102\","
        + "\"demonstration\":{\"level\":\"GALACTIC\",\"status\":\"ACTIVE\",\"year\":2022}}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Unit.class));
    assertTrue(e.getMessage().contains("/demonstration/level"), e.getMessage());
  }

  @Test
  void aReportIsWrittenAsItsSchemaSays() throws IOException {
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    Dataset dataset = SampleDatasets.xianyang2022();
    ValidationReport report = validator.validate(dataset);
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(report));
    assertTrue(json.get("valid").asBoolean());
    assertEquals(0, json.get("issues").size());
    assertTrue(json.get("recordsRead").get("units").asInt() > 0);
  }
}
