package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.validation.DatasetValidator;

/**
 * {@code samples/data/} holds the sample dataset as JSON and as a CSV package with Chinese
 * headers, exactly as the writers make them now, and both validate clean. Regenerate with
 * {@code mvn -B -pl samples -am test -Dtest=BundledDataTest -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}.
 */
class BundledDataTest {

  static final Path DATA = Path.of(System.getProperty("qinglian.root", "..")).resolve("samples/data");
  private static final String[] CSV_FILES = {"dataset.csv", "units.csv", "tasks.csv", "inspections.csv", "findings.csv",
      "actions.csv", "assessment_schemes.csv", "assessments.csv", "indicators.csv"};

  @TempDir
  Path dir;

  private static void write(Path json, Path csv) throws IOException {
    ExchangeWriter.write(SampleDatasets.xianyang2022(), json, ExchangeFormat.JSON,
        WriteOptions.builder().prettyJson(true).build());
    ExchangeWriter.write(SampleDatasets.xianyang2022(), csv, ExchangeFormat.CSV_FOLDER,
        WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
  }

  @Test
  void theBundledFilesAreCurrent() throws IOException {
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      write(DATA.resolve("xianyang-2022.json"), DATA.resolve("xianyang-2022-csv"));
    }
    write(dir.resolve("x.json"), dir.resolve("csv"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("x.json")), Files.readAllBytes(DATA.resolve("xianyang-2022.json")),
        "samples/data/xianyang-2022.json is stale");
    for (String file : CSV_FILES) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("csv").resolve(file)),
          Files.readAllBytes(DATA.resolve("xianyang-2022-csv").resolve(file)), file + " is stale");
    }
  }

  @Test
  void bothValidateWithoutAnyIssue() throws IOException {
    DatasetValidator validator = DatasetValidator.builder().build();
    for (String name : new String[] {"xianyang-2022.json", "xianyang-2022-csv"}) {
      assertEquals(List.of(), ExchangeReader.validate(DATA.resolve(name), ReadOptions.defaults(), validator).issues(), name);
    }
  }
}
