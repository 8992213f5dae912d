package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeSchema;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;

/**
 * read(write(d)) equals d for generated datasets in JSON, JSON Lines, CSV folder and CSV ZIP,
 * both header languages, UTF-8 and GB18030; and the exchange JSON Schema accepts every one.
 */
class GeneratedRoundTripTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ExchangeSchema.json(), InputFormat.JSON);

  @TempDir
  Path dir;

  private Dataset roundTrip(Dataset dataset, ExchangeFormat format, String name, HeaderLanguage language,
      Charset charset) {
    try {
      Path target = Files.createTempDirectory(dir, "rt").resolve(name);
      ExchangeWriter.write(dataset, target, format, WriteOptions.builder().headerLanguage(language).encoding(charset)
          .build());
      ReadResult result = ExchangeReader.readDataset(target, ReadOptions.defaults());
      assertEquals(List.of(), result.issues(), format + " " + language + " " + charset);
      return result.dataset().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatedDatasetsSurviveEveryEncoding() {
    Charset gb18030 = Charset.forName("GB18030");
    qt().withExamples(12).forAll(GeneratorPropertiesTest.datasets()).checkAssert(dataset -> {
      assertEquals(dataset, roundTrip(dataset, ExchangeFormat.JSON, "x.json", HeaderLanguage.ENGLISH, StandardCharsets.UTF_8));
      assertEquals(dataset, roundTrip(dataset, ExchangeFormat.JSON_LINES, "x.jsonl", HeaderLanguage.ENGLISH,
          StandardCharsets.UTF_8));
      for (HeaderLanguage language : HeaderLanguage.values()) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, gb18030)) {
          assertEquals(dataset, roundTrip(dataset, ExchangeFormat.CSV_FOLDER, "x", language, charset));
          assertEquals(dataset, roundTrip(dataset, ExchangeFormat.CSV_ZIP, "x.zip", language, charset));
        }
      }
    });
  }

  @Test
  void theJsonSchemaAcceptsEveryGeneratedDataset() {
    qt().withExamples(12).forAll(GeneratorPropertiesTest.datasets()).checkAssert(dataset -> {
      try {
        Path target = Files.createTempFile(dir, "s", ".json");
        ExchangeWriter.write(dataset, target, ExchangeFormat.JSON, WriteOptions.defaults());
        assertEquals(List.of(), SCHEMA.validate(Files.readString(target, StandardCharsets.UTF_8), InputFormat.JSON));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
