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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * 转换 — any readable encoding to any other, nothing lost (unknown fields included). Streams
 * in constant memory: records are spooled per type to temporary JSON Lines files, then
 * written in the format's order.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert an exchange between JSON, JSON Lines and CSV (folder or ZIP).")
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The exchange to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write (a file, or a folder for csv).")
  Path out;

  @Option(names = "--to", paramLabel = "json|jsonl|csv|zip", description = "Target format (default: from OUT's name).")
  String to;

  @Option(names = "--header-lang", defaultValue = "en", paramLabel = "en|zh", description = "CSV header language.")
  String headerLanguage;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gb18030", description = "CSV encoding.")
  String encoding;

  @Option(names = "--no-bom", description = "Write UTF-8 CSV without a byte-order mark.")
  boolean noBom;

  @Option(names = "--pretty", description = "Indent JSON.")
  boolean pretty;

  @Option(names = "--mask-personal-data", description = "Mask resident ids and names, for publication.")
  boolean mask;

  @Override
  public Integer call() throws IOException {
    ExchangeFormat format = target();
    WriteOptions options = WriteOptions.builder()
        .headerLanguage(Options.headerLanguage(spec, headerLanguage))
        .encoding(Options.charset(spec, encoding)).bom(!noBom).prettyJson(pretty).maskPersonalData(mask).build();
    Path spool = Files.createTempDirectory("qinglian-convert");
    try {
      Spooler spooler = new Spooler(spool);
      ExchangeReader.read(in, ReadOptions.defaults(), spooler);
      spooler.close();
      if (spooler.header == null) {
        parent.err.println("qinglian: " + in + " has no readable header; nothing converted" + firstProblem(spooler));
        return ExitCodes.UNREADABLE;
      }
      write(spooler, format, options);
      long unreadable = spooler.issues.stream().filter(i -> !i.code().equals(Codes.UNKNOWN_FIELD)).count();
      if (unreadable > 0) {
        parent.err.println("qinglian: " + unreadable + " part(s) of " + in + " could not be read and are missing from "
            + out + firstProblem(spooler));
        return ExitCodes.UNREADABLE;
      }
      parent.out.println(in + " → " + out + " (" + spooler.records + " records"
          + (spooler.issues.isEmpty() ? "" : ", " + spooler.issues.size() + " unknown fields kept") + ")");
      return ExitCodes.OK;
    } finally {
      try (Stream<Path> files = Files.walk(spool)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String firstProblem(Spooler spooler) {
    return spooler.issues.stream().filter(i -> !i.code().equals(Codes.UNKNOWN_FIELD)).findFirst()
        .map(i -> " — " + i.code() + " @ " + i.location() + " " + i.arguments().getOrDefault("detail", ""))
        .orElse("");
  }

  private ExchangeFormat target() {
    if (to == null) {
      return ExchangeFormat.detect(out).or(() -> out.getFileName() != null && !out.getFileName().toString().contains(".")
          ? Optional.of(ExchangeFormat.CSV_FOLDER) : Optional.empty())
          .orElseThrow(() -> new ParameterException(spec.commandLine(),
              "cannot tell the target format from " + out + ": name it .json, .jsonl or .zip, or give --to"));
    }
    switch (to) {
      case "json": return ExchangeFormat.JSON;
      case "jsonl": return ExchangeFormat.JSON_LINES;
      case "csv": return ExchangeFormat.CSV_FOLDER;
      case "zip": return ExchangeFormat.CSV_ZIP;
      default: throw new ParameterException(spec.commandLine(), "--to takes json, jsonl, csv or zip, not " + to);
    }
  }

  private void write(Spooler spooler, ExchangeFormat format, WriteOptions options) throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.open(out, format, options, spooler.extensionKeys())) {
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
