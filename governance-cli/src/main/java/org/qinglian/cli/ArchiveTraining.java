package org.qinglian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Mutations;
import org.qinglian.samples.Plan;

/**
 * 类共享存档训练 — the run the launchers ({@code bin/qinglian}, {@code bin\qinglian.bat}) make
 * their class-data-sharing archive from, once, before the first command: {@code java
 * -XX:ArchiveClassesAtExit=… -cp qinglian.jar org.qinglian.cli.ArchiveTraining}. The archive
 * holds the classes a run loaded; made from whatever command came first, it held only what
 * that command needed ({@code --version} first, and every later {@code validate} loaded its
 * three hundred classes from the jar again). This run goes through the commands people run —
 * {@code --version}; {@code validate} of small generated exchanges in each format (JSON, JSON
 * Lines, a CSV package zipped and as a folder, a workbook), valid and broken (the broken one
 * loads the validator that explains a record), with each kind of report; {@code convert} to a
 * workbook and to CSV — through {@link Main#run}, as the command line does, output thrown away,
 * its temporary files deleted. Not for people to run; harmless if they do.
 */
final class ArchiveTraining {

  private ArchiveTraining() {}

  /**
   * Says on standard error that the one-off training runs (else the first command is silent for
   * seconds), in the language the user's command asks for, then runs the training commands; exit
   * status 0, or 2 when one of them did not end as expected (the launchers then use whatever
   * archive was made, or none).
   *
   * @param args the user's command as the launcher got it, read only for its {@code --locale}
   */
  public static void main(String[] args) {
    try {
      new PrintStream(System.err, true, StandardCharsets.UTF_8)
          .println(CliTexts.get(CliTexts.choose(args, System.getenv()), "training.notice"));
    } catch (RuntimeException e) {
      // Only a courtesy: the training runs without it.
    }
    int status;
    try {
      status = train();
    } catch (IOException | RuntimeException | Error e) {
      // Standard error now reaches the user: a failed training stays silent, and the command runs without an archive.
      status = ExitCodes.UNREADABLE;
    }
    System.exit(status);
  }

  /** Runs the commands; 0 when each ended as expected. */
  static int train() throws IOException {
    Path dir = Files.createTempDirectory("qinglian-training");
    try {
      Dataset valid = DatasetGenerator.of(Plan.ofSize(20), 20221231L).toDataset();
      Dataset broken = Mutations.forCode("FIELD_REQUIRED").orElseThrow().apply(valid);
      Path json = write(valid, dir.resolve("valid.json"), ExchangeFormat.JSON);
      Path lines = write(valid, dir.resolve("valid.jsonl"), ExchangeFormat.JSON_LINES);
      Path csv = write(valid, dir.resolve("valid.zip"), ExchangeFormat.CSV_ZIP);
      Path bad = write(broken, dir.resolve("broken.json"), ExchangeFormat.JSON);
      List<List<String>> commands = List.of(
          List.of("--version"),
          List.of("validate", json.toString()),
          List.of("validate", lines.toString(), "--format", "sarif"),
          List.of("validate", csv.toString(), "--format", "json"),
          List.of("validate", bad.toString(), "--format", "html", "--output", dir.resolve("report.html").toString()),
          List.of("convert", json.toString(), dir.resolve("valid.xlsx").toString(), "--to", "xlsx"),
          List.of("validate", dir.resolve("valid.xlsx").toString()),
          List.of("convert", json.toString(), dir.resolve("valid-csv").toString(), "--to", "csv"),
          List.of("validate", dir.resolve("valid-csv").toString()));
      int[] expected = {ExitCodes.OK, ExitCodes.OK, ExitCodes.OK, ExitCodes.OK, ExitCodes.FAILED, ExitCodes.OK,
          ExitCodes.OK, ExitCodes.OK, ExitCodes.OK};
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      int status = ExitCodes.OK;
      for (int i = 0; i < commands.size(); i++) {
        // The environment as a plain run in the default locale sees it, whatever this one says.
        if (Main.run(commands.get(i).toArray(new String[0]), nowhere, nowhere, Map.of()) != expected[i]) {
          status = ExitCodes.UNREADABLE;
        }
      }
      return status;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static Path write(Dataset dataset, Path target, ExchangeFormat format) throws IOException {
    ExchangeWriter.write(dataset, target, format, WriteOptions.defaults());
    return target;
  }
}
