package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.ImmutableAccountabilityAction;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;

/**
 * A planted resident id and person name appear in no report (any format), no error line, no
 * log record and no exception message — unless the caller opts in.
 */
class PersonalDataTest {

  /** Valid in form but with a wrong check character: every path that could print it is taken. */
  static final String PLANTED_ID = "11010519491231002X".substring(0, 17) + "5";
  static final String PLANTED_NAME = "欧阳秘密" + "名".repeat(100);

  @TempDir
  Path dir;

  private Path planted() throws IOException {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(200), 21).toDataset();
    List<AccountabilityAction> actions = new ArrayList<>(dataset.getActions());
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).getSubject() instanceof PersonSubject person) {
        actions.set(i, ImmutableAccountabilityAction.copyOf(actions.get(i)).withSubject(ImmutablePersonSubject
            .copyOf(person).withResidentId(ResidentId.lenient(PLANTED_ID)).withName(PLANTED_NAME)));
        break;
      }
    }
    Path file = dir.resolve("planted.json");
    ExchangeWriter.write(ImmutableDataset.copyOf(dataset).withActions(actions), file, ExchangeFormat.JSON,
        WriteOptions.defaults());
    // A second copy where the id is a JSON number: the read error must not repeat it either.
    Path number = dir.resolve("planted-number.json");
    Files.writeString(number, Files.readString(file, StandardCharsets.UTF_8)
        .replace("\"" + PLANTED_ID + "\"", PLANTED_ID.substring(0, 17) + "5"), StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNothingLeaks(String where, String text) {
    assertFalse(text.contains(PLANTED_ID), () -> "resident id leaked in " + where);
    assertFalse(text.contains("欧阳秘密"), () -> "name leaked in " + where);
  }

  @Test
  void noReportLineOrLogShowsThePlantedPerson() throws IOException {
    Path file = planted();
    List<String> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    try {
      for (String format : new String[] {"text", "json", "html", "sarif"}) {
        for (Path input : new Path[] {file, dir.resolve("planted-number.json")}) {
          Cli cli = Cli.run("validate", input.toString(), "--format", format);
          assertTrue(cli.status == 1 || cli.status == 2, cli::toString);
          assertNothingLeaks(format + " report of " + input.getFileName(), cli.out);
          assertNothingLeaks("standard error", cli.err);
        }
      }
      Path report = dir.resolve("report.html");
      Cli.run("validate", file.toString(), "--format", "html", "--output", report.toString());
      assertNothingLeaks("the report file", Files.readString(report, StandardCharsets.UTF_8));
      Cli.run("validate", dir.resolve("missing.json").toString(), "--debug");
    } finally {
      root.removeHandler(handler);
    }
    assertNothingLeaks("log records", String.join("\n", logged));
    Cli text = Cli.run("validate", file.toString());
    assertTrue(text.out.contains("RESIDENT_ID_INVALID"), text.out);
    assertTrue(text.out.contains(ResidentId.mask(PLANTED_ID)), "the masked form says which one: " + text.out);
  }

  @Test
  void theCallerCanOptIn() throws IOException {
    Cli cli = Cli.run("validate", planted().toString(), "--show-personal-data");
    assertTrue(cli.out.contains(PLANTED_ID), cli.out);
    assertTrue(cli.out.contains("欧阳秘密"), cli.out);
  }

  @Test
  void publicationCopiesAreMaskedAndExchangeCopiesAreNot() throws IOException {
    Path file = planted();
    Path published = dir.resolve("published.json");
    assertEquals(0, Cli.run("convert", file.toString(), published.toString(), "--mask-personal-data").status);
    assertNothingLeaks("a publication copy", Files.readString(published, StandardCharsets.UTF_8));
    Path exchange = dir.resolve("exchange.zip");
    assertEquals(0, Cli.run("convert", file.toString(), exchange.toString()).status);
    Path back = dir.resolve("back.json");
    assertEquals(0, Cli.run("convert", exchange.toString(), back.toString()).status);
    assertTrue(Files.readString(back, StandardCharsets.UTF_8).contains(PLANTED_ID), "the exchange keeps the id");
  }

  @Test
  void exceptionMessagesAndToStringMask() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ResidentId.of(PLANTED_ID);
    } catch (IllegalArgumentException e) {
      e.printStackTrace(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    assertTrue(bytes.size() > 0);
    assertNothingLeaks("an exception", bytes.toString(StandardCharsets.UTF_8));
    assertNothingLeaks("toString", ResidentId.lenient(PLANTED_ID).toString());
  }
}
