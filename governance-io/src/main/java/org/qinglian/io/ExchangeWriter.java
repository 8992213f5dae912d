package org.qinglian.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/**
 * 写出交换数据 — writes an exchange in any of its encodings, streaming: the header first, then
 * the declared totals, then records type by type in the format's order (units, tasks,
 * inspections, findings, actions, assessment schemes, assessments, indicators; JSON Lines
 * takes any order). Every value is written, unknown fields included; personal data too,
 * unless {@link WriteOptions#maskPersonalData()} asks otherwise.
 */
public final class ExchangeWriter implements Closeable {

  private final FormatWriter writer;
  private boolean headerWritten;

  private ExchangeWriter(FormatWriter writer) {
    this.writer = writer;
  }

  /**
   * A writer to {@code target} (a file, or a folder for {@link ExchangeFormat#CSV_FOLDER}).
   *
   * @throws IOException when the target cannot be created
   */
  public static ExchangeWriter open(Path target, ExchangeFormat format, WriteOptions options) throws IOException {
    return openTables(target, format, options, Map.of());
  }

  /**
   * A streaming writer told in advance which unknown fields (extension keys) records of each
   * type may carry, so that a CSV package can give them columns; other formats ignore it.
   */
  public static ExchangeWriter open(Path target, ExchangeFormat format, WriteOptions options,
      Map<RecordType, List<String>> extensionColumns) throws IOException {
    Map<Table, List<String>> byTable = new HashMap<>();
    extensionColumns.forEach((type, keys) -> byTable.put(Tables.of(type), List.copyOf(keys)));
    return openTables(target, format, options, byTable);
  }

  private static ExchangeWriter openTables(Path target, ExchangeFormat format, WriteOptions options,
      Map<Table, List<String>> csvExtensions) throws IOException {
    switch (format) {
      case JSON:
        return new ExchangeWriter(new JsonDocumentWriter(stream(target), options));
      case JSON_LINES:
        return new ExchangeWriter(new JsonLinesWriter(stream(target), options));
      case CSV_FOLDER:
        return new ExchangeWriter(new CsvPackageWriter(target, false, options, csvExtensions));
      case CSV_ZIP:
        return new ExchangeWriter(new CsvPackageWriter(target, true, options, csvExtensions));
      default:
        throw new AssertionError(format);
    }
  }

  private static OutputStream stream(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
  }

  /** Writes a whole dataset. */
  public static void write(Dataset dataset, Path target, ExchangeFormat format, WriteOptions options)
      throws IOException {
    Map<RecordType, List<String>> extensions = new HashMap<>();
    for (RecordType type : RecordType.values()) {
      Set<String> keys = new LinkedHashSet<>();
      dataset.records(type).forEach(r -> keys.addAll(r.getExtensions().keySet()));
      extensions.put(type, new ArrayList<>(keys));
    }
    try (ExchangeWriter writer = open(target, format, options, extensions)) {
      writer.header(dataset.getHeader());
      if (dataset.getDeclaredTotals().isPresent()) {
        writer.declaredTotals(dataset.getDeclaredTotals().get());
      }
      for (var extension : dataset.getExtensions().entrySet()) {
        writer.datasetExtension(extension.getKey(), extension.getValue());
      }
      for (RecordType type : RecordType.values()) {
        for (GovernanceRecord record : dataset.records(type)) {
          writer.record(record);
        }
      }
    }
  }

  /** The header; first. */
  public void header(DatasetHeader header) throws IOException {
    if (headerWritten) {
      throw new IllegalStateException("the header is written once");
    }
    headerWritten = true;
    writer.header(header);
  }

  /** An unknown top-level member of a JSON document, kept as JSON text; before the records. */
  public void datasetExtension(String name, String json) throws IOException {
    requireHeader();
    writer.datasetExtension(name, json);
  }

  /** The declared totals; after the header, before the records. */
  public void declaredTotals(DeclaredTotals totals) throws IOException {
    requireHeader();
    writer.declaredTotals(totals);
  }

  /** One record. */
  public void record(GovernanceRecord record) throws IOException {
    requireHeader();
    writer.record(record);
  }

  private void requireHeader() {
    if (!headerWritten) {
      throw new IllegalStateException("the header comes first");
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
