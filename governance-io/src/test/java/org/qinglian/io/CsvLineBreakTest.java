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
 * quote, in UTF-8 and in GB18030 alike; FastCSV 4.1, which read these files before, lost such a
 * cell when it was the last of its row and joined the row to the next.
 */
class CsvLineBreakTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GB18030"})
  void aBareCarriageReturnInAQuotedCellEndsNoRowAndLosesNothing(String encoding) throws IOException {
    Charset charset = Charset.forName(encoding);
    Path folder = Files.createDirectories(dir.resolve(encoding));
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.writeString(folder.resolve("units.csv"), "id,category,division_code,name\n"
        + "U-1,ORGAN,420102,\"第一\r党支部\"\n"
        + "U-2,ORGAN,420102,第二党支部\n", charset);
    ReadResult read = ExchangeReader.readDataset(folder, ReadOptions.defaults());
    Dataset dataset = read.dataset().orElseThrow();
    List<String> names = dataset.getUnits().stream().map(Unit::getName).toList();
    assertEquals(List.of("第一\r党支部", "第二党支部"), names, read.issues().toString());
    // Rows are located by the line they start on: the cell's CR is a line break.
    List<ReadIssue> issues = ExchangeReader.readDataset(withExtraCell(folder, charset), ReadOptions.defaults()).issues();
    assertEquals(1, issues.size(), issues.toString());
    assertEquals(OptionalLong.of(4), issues.get(0).location().line(), issues.toString());
  }

  private static Path withExtraCell(Path folder, Charset charset) throws IOException {
    Files.writeString(folder.resolve("units.csv"), "id,category,division_code,name\n"
        + "U-1,ORGAN,420102,\"第一\r党支部\"\n"
        + "U-2,ORGAN,420102,第二党支部,x\n", charset);
    return folder;
  }
}
