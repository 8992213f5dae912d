package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.dataset.Dataset;

/**
 * Runs in its own surefire execution whose classpath lacks governance-validation and
 * Hibernate Validator: reading, converting and writing work without them, read errors
 * included.
 */
class WithoutValidatorTest {

  @TempDir
  Path dir;

  @Test
  void convertsWithoutTheRuleEngine() throws IOException {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.qinglian.validation.DatasetValidator"));

    Dataset dataset = org.qinglian.model.fixtures.Fixtures.dataset();
    Path json = dir.resolve("in.json");
    ExchangeWriter.write(dataset, json, ExchangeFormat.JSON, WriteOptions.defaults());
    Path zip = dir.resolve("out.zip");
    ReadResult read = ExchangeReader.readDataset(json, ReadOptions.defaults());
    assertEquals(java.util.List.of(), read.issues());
    ExchangeWriter.write(read.dataset().orElseThrow(), zip, ExchangeFormat.CSV_ZIP,
        WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    assertEquals(dataset, ExchangeReader.readDataset(zip, ReadOptions.defaults()).dataset().orElseThrow());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"header\": [");
    ReadResult bad = ExchangeReader.readDataset(broken, ReadOptions.defaults());
    ReadIssue issue = bad.issues().get(0);
    assertEquals(ReadIssue.PARSE_ERROR, issue.code());
    assertTrue(issue.describe(Locale.SIMPLIFIED_CHINESE).contains("JSON"), issue.describe(Locale.SIMPLIFIED_CHINESE));
  }
}
