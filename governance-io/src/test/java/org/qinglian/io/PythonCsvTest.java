package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.fixtures.Python;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Our CSV packages against Python's {@code csv} module, a CSV implementation we did not write
 * and the one data engineers produce files with: Python reads every file of a package of hostile
 * text and writes it again in another dialect (every cell quoted, or only those that need it; rows
 * ending in LF, a bare CR or CRLF; the same encoding and byte-order mark), and the rewritten package
 * reads back to the same dataset without an issue. A cell Python read differently from what we
 * wrote, or a dialect we read differently from Python, fails it. Runs wherever {@code python3} is
 * on the path (it needs nothing but the standard library); says so where it is not.
 */
class PythonCsvTest {

  private static final String NOT_RUN = "THE PYTHON CSV TEST DID NOT RUN: it needs python3 on the PATH";

  /** Reads each CSV file in the folders given and writes it again in the dialect given. */
  private static final String REWRITE = String.join("\n",
      "import csv, os, sys",
      "encoding, quoting, terminator = sys.argv[1], int(sys.argv[2]), sys.argv[3].replace('CR', '\\r').replace('LF', '\\n')",
      "for folder in sys.argv[4:]:",
      "    for name in sorted(os.listdir(folder)):",
      "        if not name.endswith('.csv'):",
      "            continue",
      "        path = os.path.join(folder, name)",
      "        raw = open(path, 'rb').read()",
      "        bom = raw.startswith(b'\\xef\\xbb\\xbf')",
      "        with open(path, encoding='utf-8-sig' if bom else encoding, newline='') as f:",
      "            rows = list(csv.reader(f, strict=True))",
      "        widths = {len(row) for row in rows}",
      "        if len(widths) != 1:",
      "            sys.exit(path + ': rows of ' + str(sorted(widths)) + ' cells')",
      "        with open(path, 'w', encoding='utf-8-sig' if bom else encoding, newline='') as f:",
      "            csv.writer(f, quoting=quoting, lineterminator=terminator).writerows(rows)",
      "");


  @TempDir
  Path dir;

  @BeforeAll
  static void pythonIsPresent() {
    Python.assumePresent("csv", NOT_RUN);
  }


  @Test
  void pythonReadsWhatWeWriteAndWeReadWhatPythonWrites() throws Exception {
    Gen<BigDecimal> amounts = Generate.longRange(0, 99_999_999_999L).zip(Generate.range(0, 2),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    Gen<String> text = CodecPropertiesTest.awkwardText();
    List<Dataset> datasets = new ArrayList<>();
    qt().withExamples(40).forAll(text, text, text, amounts).checkAssert((name, description, measures, amount) ->
        datasets.add(CodecPropertiesTest.awkward(name, description, measures, amount)));
    // Python's csv.QUOTE_MINIMAL is 0, csv.QUOTE_ALL 1. Minimal quoting only with CRLF: Python
    // quotes a cell for the characters of its own line terminator only, so with LF alone it
    // writes a cell's bare CR unquoted, which every reader (Python's too) takes for a row's end.
    rewritten(datasets, StandardCharsets.UTF_8, HeaderLanguage.ENGLISH, 1, "LF");
    rewritten(datasets, StandardCharsets.UTF_8, HeaderLanguage.CHINESE, 0, "CRLF");
    rewritten(datasets, CsvEncoding.GB18030, HeaderLanguage.CHINESE, 1, "CR");
    rewritten(datasets, CsvEncoding.GB18030, HeaderLanguage.ENGLISH, 0, "CRLF");
  }

  private void rewritten(List<Dataset> datasets, Charset charset, HeaderLanguage headers, int quoting, String terminator)
      throws IOException, InterruptedException {
    String dialect = charset + " " + headers + " quoting " + quoting + " " + terminator;
    List<String> arguments = new ArrayList<>(List.of(charset.name().toLowerCase(java.util.Locale.ROOT),
        String.valueOf(quoting), terminator));
    List<Path> folders = new ArrayList<>();
    for (Dataset dataset : datasets) {
      Path folder = Files.createTempDirectory(dir, "py");
      ExchangeWriter.write(dataset, folder, ExchangeFormat.CSV_FOLDER,
          WriteOptions.builder().headerLanguage(headers).encoding(charset).build());
      folders.add(folder);
      arguments.add(folder.toString());
    }
    Python.run(REWRITE, arguments);
    for (int i = 0; i < datasets.size(); i++) {
      ReadResult read = ExchangeReader.readDataset(folders.get(i), ReadOptions.defaults());
      assertEquals(List.of(), read.issues(), dialect);
      assertEquals(datasets.get(i), read.dataset().orElseThrow(), dialect);
    }
  }
}
