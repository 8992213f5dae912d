package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.unit.Unit;

/**
 * A quoted cell may hold a bare carriage return (an old Mac line break, or one a program wrote
 * into a text field) in a file whose rows end in LF. The row ends at the LF after the closing
 * quote, in every encoding; FastCSV 4.1, which read these files before, lost such a
 * cell when it was the last of its row and joined the row to the next.
 */
class CsvLineBreakTest {

  @TempDir
  Path dir;

  /** Detected, and given by the caller: Big5 and UTF-16 reach the reader transcoded to UTF-8. */
  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GB18030", "UTF-8 given", "GB18030 given", "Big5 given", "UTF-16LE given"})
  void aBareCarriageReturnInAQuotedCellEndsNoRowAndLosesNothing(String encoding) throws IOException {
    Charset charset = Charset.forName(encoding.replace(" given", ""));
    ReadOptions options = encoding.endsWith(" given") ? ReadOptions.builder().encoding(charset).build()
        : ReadOptions.defaults();
    // Big5 has no simplified characters.
    String first = charset.newEncoder().canEncode("党") ? "第一\r党支部" : "第一\r黨支部";
    String second = charset.newEncoder().canEncode("党") ? "第二党支部" : "第二黨支部";
    Path folder = Files.createDirectories(dir.resolve(encoding));
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    String rows = "id,category,division_code,name\n"
        + "U-1,ORGAN,420102,\"" + first + "\"\n"
        + "U-2,ORGAN,420102," + second;
    if (encoding.endsWith(" given")) {
      CsvStopTest.inEncoding(folder, charset, "units.csv");
    }
    Files.writeString(folder.resolve("units.csv"), rows + "\n", charset);
    ReadResult read = ExchangeReader.readDataset(folder, options);
    Dataset dataset = read.dataset().orElseThrow();
    List<String> names = dataset.getUnits().stream().map(Unit::getName).toList();
    assertEquals(List.of(first, second), names, read.issues().toString());
    // Rows are located by the line they start on: the cell's CR is a line break.
    Files.writeString(folder.resolve("units.csv"), rows + ",x\n", charset);
    List<ReadIssue> issues = ExchangeReader.readDataset(folder, options).issues();
    assertEquals(1, issues.size(), issues.toString());
    assertEquals(OptionalLong.of(4), issues.get(0).location().line(), issues.toString());
  }
}
