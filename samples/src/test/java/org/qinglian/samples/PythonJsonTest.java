package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.fixtures.Python;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;

/**
 * Our JSON and JSON Lines against Python's {@code json} module, which we did not write: Python
 * parses what we write (so it is JSON), then writes it as a Python producer would — members in
 * sorted order (the header no longer first, a line's {@code type} in the middle or last), every
 * character beyond ASCII escaped ({@code 𠮷} as the two escapes of its surrogate pair) or none,
 * indented or with spaces after separators, decimals as strings, JSON Lines rows ending in CRLF
 * and the last without a line end — and each reads back to the dataset that went in, without an
 * issue. Python splits the lines with {@code str.splitlines}, which also breaks at U+0085, U+2028
 * and U+2029: our JSON Lines writes those escaped. Runs wherever {@code python3} is on the path; says so where it is not.
 */
class PythonJsonTest {

  private static final String NOT_RUN = "THE PYTHON JSON TEST DID NOT RUN: it needs python3 on the PATH";

  private static final String REWRITE = String.join("\n",
      "import json, sys",
      "for path in sys.argv[1:]:",
      "    with open(path, encoding='utf-8') as f:",
      "        text = f.read()",
      "    if path.endswith('.jsonl'):",
      "        rows = [json.loads(line, parse_float=str) for line in text.splitlines() if line.strip()]",
      "        out = '\\r\\n'.join(json.dumps(row, ensure_ascii=(i % 2 == 0), sort_keys=True, separators=(', ', ': '))",
      "                            for i, row in enumerate(rows))",
      "    else:",
      "        out = json.dumps(json.loads(text, parse_float=str), ensure_ascii=True, sort_keys=True, indent=1)",
      "    with open(path, 'w', encoding='utf-8', newline='') as f:",
      "        f.write(out)",
      "");


  @TempDir
  Path dir;

  @BeforeAll
  static void pythonIsPresent() {
    Python.assumePresent("json", NOT_RUN);
  }


  @Test
  void pythonReadsWhatWeWriteAndWeReadWhatPythonWrites() throws Exception {
    List<Dataset> datasets = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      Dataset generated = DatasetGenerator.of(Plan.ofSize(400), seed).toDataset();
      Unit first = generated.getUnits().get(0);
      // Characters beyond the BMP, JavaScript's line separator, a C1 control, an escape-worthy quote.
      datasets.add(ImmutableDataset.copyOf(generated).withUnits(concat(
          ImmutableUnit.copyOf(first).withName(first.getName() + "𠮷\u2028\u0085\"\\/"), generated.getUnits())));
    }
    List<String> arguments = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      for (ExchangeFormat format : List.of(ExchangeFormat.JSON, ExchangeFormat.JSON_LINES)) {
        Path file = dir.resolve(i + (format == ExchangeFormat.JSON ? ".json" : ".jsonl"));
        ExchangeWriter.write(datasets.get(i), file, format, WriteOptions.defaults());
        files.add(file);
        arguments.add(file.toString());
      }
    }
    Python.run(REWRITE, arguments);
    for (int i = 0; i < files.size(); i++) {
      ReadResult read = ExchangeReader.readDataset(files.get(i), ReadOptions.defaults());
      assertEquals(List.of(), read.issues(), files.get(i).toString());
      assertEquals(datasets.get(i / 2), read.dataset().orElseThrow(), files.get(i).toString());
    }
  }

  private static List<Unit> concat(Unit first, List<Unit> units) {
    List<Unit> all = new ArrayList<>(units);
    all.set(0, first);
    return all;
  }
}
