package org.qinglian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadIssue;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordSink;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.validation.Codes;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.report.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * 转换 — any readable encoding to any other, nothing lost (unknown fields included). Streams
 * in constant memory: records are spooled per type to temporary JSON Lines files, then
 * written in the format's order.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out")
  Path out;

  @Option(names = "--to", paramLabel = "json|jsonl|csv|zip|xlsx")
  String to;

  /** Default: en, but zh for a workbook (its sheets are then named 清廉单元 …). */
  @Option(names = "--header-lang", paramLabel = "en|zh")
  String headerLanguage;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gb18030")
  String encoding;

  @Option(names = "--no-bom")
  boolean noBom;

  @Option(names = "--pretty")
  boolean pretty;

  @Option(names = "--mask-personal-data")
  boolean mask;

  @Override
  public Integer call() throws IOException {
    boolean workbook = to != null ? to.equals("xlsx") : org.qinglian.excel.ExcelExchange.isWorkbook(out);
    ExchangeFormat format = workbook ? null : target();
    WriteOptions options = WriteOptions.builder()
        .headerLanguage(Options.headerLanguage(parent, spec, headerLanguage != null ? headerLanguage : workbook ? "zh" : "en"))
        .encoding(Options.charset(parent, spec, encoding)).bom(!noBom).prettyJson(pretty).maskPersonalData(mask).build();
    if (Outputs.overlaps(in, out)) {
      parent.err.println(parent.text("error.prefix") + parent.text("error.outputIsInput", "out", out, "in", in));
      return ExitCodes.UNREADABLE;
    }
    Path spool = Spool.create();
    try {
      Spooler spooler = new Spooler(spool);
      if (org.qinglian.excel.ExcelExchange.isWorkbook(in)) {
        org.qinglian.excel.ExcelExchange.read(in, ReadOptions.defaults(), spooler);
      } else {
        ExchangeReader.read(in, ReadOptions.defaults(), spooler);
      }
      spooler.close();
      if (spooler.header == null) {
        parent.err.println(Terminal.safe(parent.text("error.prefix") + parent.text("convert.noHeader", "path", in,
            "problem", firstProblem(spooler))));
        return ExitCodes.UNREADABLE;
      }
      long unreadable = spooler.issues.stream().filter(i -> !i.code().equals(Codes.UNKNOWN_FIELD)).count();
      if (unreadable > 0) {
        // Nothing is written: a converted file that lacks what could not be read must not stand as the result.
        parent.err.println(Terminal.safe(parent.text("error.prefix") + parent.text("convert.partsMissing",
            "count", unreadable, "path", in, "out", out, "problem", firstProblem(spooler))));
        return ExitCodes.UNREADABLE;
      }
      if (format == null || format == ExchangeFormat.CSV_FOLDER || format == ExchangeFormat.CSV_ZIP) {
        for (Map.Entry<RecordType, List<String>> keys : spooler.extensionKeys().entrySet()) {
          if (keys.getValue().size() > options.maxCsvExtensionColumns()) {
            parent.err.println(parent.text("error.prefix") + parent.text("convert.tooManyColumns",
                "type", keys.getKey().jsonName(), "count", keys.getValue().size(),
                "limit", options.maxCsvExtensionColumns()));
            return ExitCodes.UNREADABLE;
          }
        }
      }
      if (format == null) {
        for (Map.Entry<RecordType, Long> count : spooler.byType.entrySet()) {
          if (count.getValue() > org.qinglian.excel.ExcelExchange.MAX_RECORDS_PER_SHEET) {
            parent.err.println(parent.text("error.prefix") + parent.text("convert.tooManyRows",
                "type", count.getKey().jsonName(), "count", count.getValue(),
                "limit", org.qinglian.excel.ExcelExchange.MAX_RECORDS_PER_SHEET));
            return ExitCodes.UNREADABLE;
          }
        }
      }
      write(spooler, format, options);
      parent.out.println(parent.text(spooler.issues.isEmpty() ? "convert.done" : "convert.doneKept",
          "in", in, "out", out, "records", spooler.records, "kept", spooler.issues.size()));
      return ExitCodes.OK;
    } finally {
      Spool.delete(spool);
    }
  }

  private String firstProblem(Spooler spooler) {
    Locale language = parent.language(spec);
    return spooler.issues.stream().filter(i -> !i.code().equals(Codes.UNKNOWN_FIELD)).findFirst()
        .map(i -> parent.text("convert.problem", "code", i.code(), "location", i.location(),
            "reason", i.describe(language)))
        .orElse("");
  }

  private ExchangeFormat target() {
    if (to == null) {
      return ExchangeFormat.detect(out).or(() -> out.getFileName() != null && !out.getFileName().toString().contains(".")
          ? Optional.of(ExchangeFormat.CSV_FOLDER) : Optional.empty())
          .orElseThrow(() -> parent.usage(spec, "error.targetFormat", "path", out));
    }
    switch (to) {
      case "json": return ExchangeFormat.JSON;
      case "jsonl": return ExchangeFormat.JSON_LINES;
      case "csv": return ExchangeFormat.CSV_FOLDER;
      case "zip": return ExchangeFormat.CSV_ZIP;
      case "xlsx": return null; // a workbook: governance-excel writes it
      default: throw parent.usage(spec, "error.to", "value", to);
    }
  }

  private void write(Spooler spooler, ExchangeFormat format, WriteOptions options) throws IOException {
    try (ExchangeWriter writer = format == null
        ? org.qinglian.excel.ExcelExchange.open(out, options, spooler.extensionKeys())
        : ExchangeWriter.open(out, format, options, spooler.extensionKeys())) {
      writer.header(spooler.header);
      if (spooler.totals != null) {
        writer.declaredTotals(spooler.totals);
      }
      for (Map.Entry<String, String> extension : spooler.datasetExtensions.entrySet()) {
        writer.datasetExtension(extension.getKey(), extension.getValue());
      }
      for (RecordType type : RecordType.values()) {
        Path file = spooler.files.get(type);
        if (file != null) {
          ExchangeReader.read(file, ReadOptions.builder().format(ExchangeFormat.JSON_LINES).build(), new Forward(writer));
        }
      }
    }
  }

  /** Reads once, spooling each type to its own JSON Lines file. */
  private static final class Spooler implements RecordSink {
    private final Path dir;
    private final Map<RecordType, ExchangeWriter> writers = new EnumMap<>(RecordType.class);
    final Map<RecordType, Path> files = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Set<String>> extensionKeys = new EnumMap<>(RecordType.class);
    final Map<String, String> datasetExtensions = new LinkedHashMap<>();
    final List<ReadIssue> issues = new ArrayList<>();
    DatasetHeader header;
    DeclaredTotals totals;
    long records;
    final Map<RecordType, Long> byType = new EnumMap<>(RecordType.class);

    Spooler(Path dir) {
      this.dir = dir;
    }

    Map<RecordType, List<String>> extensionKeys() {
      Map<RecordType, List<String>> keys = new EnumMap<>(RecordType.class);
      extensionKeys.forEach((type, set) -> keys.put(type, new ArrayList<>(set)));
      return keys;
    }

    @Override
    public void header(DatasetHeader header, SourceLocation location) {
      this.header = header;
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      this.totals = totals;
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      if (header == null) {
        return; // without a header nothing is converted: the command says so and writes nothing
      }
      try {
        ExchangeWriter writer = writers.get(record.recordType());
        if (writer == null) {
          Path file = dir.resolve(record.recordType().jsonName() + ".jsonl");
          writer = ExchangeWriter.open(file, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
          writer.header(header);
          writers.put(record.recordType(), writer);
          files.put(record.recordType(), file);
        }
        writer.record(record);
        records++;
        byType.merge(record.recordType(), 1L, Long::sum);
        extensionKeys.computeIfAbsent(record.recordType(), t -> new LinkedHashSet<>())
            .addAll(record.getExtensions().keySet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
      // Its problem is among the issues.
    }

    @Override
    public void datasetExtension(String name, String json) {
      datasetExtensions.put(name, json);
    }

    @Override
    public void issue(ReadIssue issue) {
      issues.add(issue);
    }

    void close() throws IOException {
      for (ExchangeWriter writer : writers.values()) {
        writer.close();
      }
    }
  }

  /** Hands the spooled records of one type to the target writer. */
  private static final class Forward implements RecordSink {
    private final ExchangeWriter writer;

    Forward(ExchangeWriter writer) {
      this.writer = writer;
    }

    @Override
    public void header(DatasetHeader header, SourceLocation location) {}

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {}

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      try {
        writer.record(record);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {}

    @Override
    public void datasetExtension(String name, String json) {}

    @Override
    public void issue(ReadIssue issue) {}
  }
}
