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
 *
 * <p><b>Nothing half-written.</b> Everything goes to a hidden sibling of the target
 * ({@code .name.qinglian-PID-N.tmp}) and is renamed into place by {@link #close()}; a
 * failure inside the writer, or {@link #abort()}, removes it and leaves the target as it
 * was. A CSV folder target is replaced whole, so no file of an earlier package survives; a
 * folder that holds anything but a package's CSV files is refused before anything is
 * written. Hidden siblings that a killed process left behind are removed by the next
 * writer to the same target.
 */
public final class ExchangeWriter implements Closeable {

  private final FormatWriter writer;
  private final Path staging;
  private final Path target;
  private boolean headerWritten;
  private boolean failed;
  private boolean closed;

  private ExchangeWriter(FormatWriter writer, Path staging, Path target) {
    this.writer = writer;
    this.staging = staging;
    this.target = target;
  }

  /**
   * A writer to {@code target} (a file, or a folder for {@link ExchangeFormat#CSV_FOLDER}).
   *
   * @param target the file to write (for a CSV package without {@code .zip}, the folder); replaced
   *     only when the writer closes without failure
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @return a writer: header first, then records; close it to complete the target
   * @throws IOException when the target cannot be created
   */
  public static ExchangeWriter open(Path target, ExchangeFormat format, WriteOptions options) throws IOException {
    return openTables(target, format, options, Map.of());
  }

  /**
   * A streaming writer told in advance which unknown fields (extension keys) records of each
   * type may carry, so that a CSV package can give them columns; other formats ignore it.
   *
   * @param target the file to write (for a CSV package without {@code .zip}, the folder); replaced
   *     only when the writer closes without failure
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @param extensionColumns for each record type, the unknown-field keys its records may carry, in
   *     column order
   * @return a writer: header first, then records; close it to complete the target
   * @throws IOException when the target cannot be written
   */
  public static ExchangeWriter open(Path target, ExchangeFormat format, WriteOptions options,
      Map<RecordType, List<String>> extensionColumns) throws IOException {
    return openTables(target, format, options, byTable(extensionColumns));
  }

  /**
   * A writer to a stream — a response body, a download — in {@code format} (not a CSV folder).
   * The stream is flushed, not closed, by {@link #close()}; what was written cannot be taken
   * back, so a caller that must not send half an exchange writes to a buffer or file first.
   *
   * @param out the stream to write to; flushed, not closed
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @param extensionColumns for each record type, the unknown-field keys its records may carry, in
   *     column order
   * @return a writer: header first, then records; close it to finish the stream
   * @throws IOException when the target cannot be written
   */
  public static ExchangeWriter open(OutputStream out, ExchangeFormat format, WriteOptions options,
      Map<RecordType, List<String>> extensionColumns) throws IOException {
    OutputStream kept = new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller owns the stream
      }
    };
    Map<Table, List<String>> byTable = byTable(extensionColumns);
    switch (format) {
      case JSON:
        return new ExchangeWriter(new JsonDocumentWriter(kept, options), null, null);
      case JSON_LINES:
        return new ExchangeWriter(new JsonLinesWriter(kept, options), null, null);
      case CSV_ZIP:
        return new ExchangeWriter(new CsvPackageWriter(null, kept, options, byTable), null, null);
      default:
        throw new IllegalArgumentException("a CSV folder cannot be written to a stream; write CSV_ZIP");
    }
  }

  /**
   * A writer of a JSON document or JSON Lines to characters (flushed, not closed, by
   * {@link #close()}); a CSV package does not go to characters.
   *
   * @param out the stream to write to; flushed, not closed
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @return a writer: header first, then records; close it to finish the text
   * @throws IOException when the target cannot be written
   */
  public static ExchangeWriter open(java.io.Writer out, ExchangeFormat format, WriteOptions options) throws IOException {
    if (format != ExchangeFormat.JSON && format != ExchangeFormat.JSON_LINES) {
      throw new IllegalArgumentException("a CSV package is bytes: write it to an OutputStream");
    }
    OutputStream bytes = new OutputStream() {
      private final java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
      private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) throws IOException {
        pending.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        pending.write(b, off, len);
        if (pending.size() > 1 << 16) {
          drain(false);
        }
      }

      /** Hands whole characters on; a character cut by the buffer waits for its other bytes. */
      private void drain(boolean last) throws IOException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(pending.toByteArray());
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(in.remaining());
        decoder.decode(in, chars, last);
        chars.flip();
        out.append(chars);
        byte[] rest = new byte[in.remaining()];
        in.get(rest);
        pending.reset();
        pending.write(rest);
      }

      @Override
      public void flush() throws IOException {
        drain(false);
        out.flush();
      }

      @Override
      public void close() throws IOException {
        drain(true);
        out.flush();
      }
    };
    return open(bytes, format, options, Map.of());
  }

  /**
   * Writes a whole dataset to a stream; see {@link #open(OutputStream, ExchangeFormat, WriteOptions, Map)}.
   *
   * @param dataset the dataset to write, header first
   * @param out the stream to write to; flushed, not closed
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @throws IOException when the target cannot be written
   */
  public static void write(Dataset dataset, OutputStream out, ExchangeFormat format, WriteOptions options)
      throws IOException {
    try (ExchangeWriter writer = open(out, format, options, extensionKeys(dataset))) {
      writeAll(dataset, writer);
    }
  }

  static Map<RecordType, List<String>> extensionKeys(Dataset dataset) {
    Map<RecordType, List<String>> extensions = new HashMap<>();
    for (RecordType type : RecordType.values()) {
      Set<String> keys = new LinkedHashSet<>();
      dataset.records(type).forEach(r -> keys.addAll(r.getExtensions().keySet()));
      extensions.put(type, new ArrayList<>(keys));
    }
    return extensions;
  }

  static void writeAll(Dataset dataset, ExchangeWriter writer) throws IOException {
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

  private static ExchangeWriter openTables(Path target, ExchangeFormat format, WriteOptions options,
      Map<Table, List<String>> csvExtensions) throws IOException {
    Path staging = stagingFor(target, format == ExchangeFormat.CSV_FOLDER);
    try {
      switch (format) {
        case JSON:
          return new ExchangeWriter(new JsonDocumentWriter(stream(staging), options), staging, target);
        case JSON_LINES:
          return new ExchangeWriter(new JsonLinesWriter(stream(staging), options), staging, target);
        case CSV_FOLDER:
          Files.createDirectory(staging);
          return new ExchangeWriter(new CsvPackageWriter(staging, false, options, csvExtensions), staging, target);
        case CSV_ZIP:
          return new ExchangeWriter(new CsvPackageWriter(staging, true, options, csvExtensions), staging, target);
        default:
          throw new AssertionError(format);
      }
    } catch (IOException | RuntimeException e) {
      Staging.delete(staging);
      throw e;
    }
  }

  /** A workbook through a {@link SheetSink}, staged beside {@code target} and renamed into place on close. */
  static ExchangeWriter openSheets(Path target, WriteOptions options, Map<RecordType, List<String>> extensionColumns,
      SheetSink.Factory sinks) throws IOException {
    Path staging = stagingFor(target, false);
    OutputStream out = null;
    try {
      out = stream(staging);
      return new ExchangeWriter(new SheetPackageWriter(closing(sinks.open(out), out), options, byTable(extensionColumns)),
          staging, target);
    } catch (IOException | RuntimeException e) {
      if (out != null) {
        out.close();
      }
      Staging.delete(staging);
      throw e;
    }
  }

  /**
   * Where a writer to {@code target} stages its output: the target's folder made, what killed
   * writers left swept, and a package folder (or, for a file, no folder at all) required there.
   */
  private static Path stagingFor(Path target, boolean packageFolder) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (packageFolder) {
      Staging.requirePackageFolder(target);
    } else if (Files.isDirectory(target)) {
      throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder stands there");
    }
    Staging.sweep(target);
    return Staging.next(target);
  }

  /** A workbook through a {@link SheetSink} to a stream, flushed and left open. */
  static ExchangeWriter openSheets(OutputStream out, WriteOptions options, Map<RecordType, List<String>> extensionColumns,
      SheetSink.Factory sinks) throws IOException {
    return new ExchangeWriter(new SheetPackageWriter(sinks.open(out), options, byTable(extensionColumns)), null, null);
  }

  private static Map<Table, List<String>> byTable(Map<RecordType, List<String>> extensionColumns) {
    Map<Table, List<String>> byTable = new HashMap<>();
    extensionColumns.forEach((type, keys) -> byTable.put(Tables.of(type), List.copyOf(keys)));
    return byTable;
  }

  /** A sink that closes the staging file's stream after itself. */
  private static SheetSink closing(SheetSink sink, OutputStream out) {
    return new SheetSink() {
      @Override
      public void startSheet(TabularExchange.Sheet sheet, List<String> headers,
          List<java.util.Optional<TabularExchange.SheetColumn>> columns) throws IOException {
        sink.startSheet(sheet, headers, columns);
      }

      @Override
      public void row(List<String> cells) throws IOException {
        sink.row(cells);
      }

      @Override
      public void endSheet() throws IOException {
        sink.endSheet();
      }

      @Override
      public void close() throws IOException {
        try (out) {
          sink.close();
        }
      }
    };
  }

  private static OutputStream stream(Path target) throws IOException {
    return new java.io.BufferedOutputStream(Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW),
        1 << 16);
  }

  /** Runs one writing step; a failure marks the writer so that closing discards the output. */
  private void step(Step step) throws IOException {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    try {
      step.run();
    } catch (IOException | RuntimeException | Error e) {
      failed = true;
      throw e;
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  /**
   * Writes a whole dataset.
   *
   * @param dataset the dataset to write, header first
   * @param target the file to write (for a CSV package without {@code .zip}, the folder); replaced
   *     only when the writer closes without failure
   * @param format the exchange format to write
   * @param options header language, encoding, byte-order mark, layout and masking
   * @throws IOException when the target cannot be written
   */
  public static void write(Dataset dataset, Path target, ExchangeFormat format, WriteOptions options)
      throws IOException {
    try (ExchangeWriter writer = open(target, format, options, extensionKeys(dataset))) {
      writeAll(dataset, writer);
    }
  }

  /**
   * The header; first.
   *
   * @param header the dataset header
   * @throws IOException when the target cannot be written
   */
  public void header(DatasetHeader header) throws IOException {
    if (headerWritten) {
      throw new IllegalStateException("the header is written once");
    }
    headerWritten = true;
    step(() -> writer.header(header));
  }

  /**
   * An unknown top-level member of a JSON document, kept as JSON text; before the records.
   *
   * @param name the member's name
   * @param json the member's value, one well-formed JSON value
   * @throws IOException when the target cannot be written
   */
  public void datasetExtension(String name, String json) throws IOException {
    requireHeader();
    step(() -> writer.datasetExtension(name, json));
  }

  /**
   * The declared totals; after the header, before the records.
   *
   * @param totals the declared totals
   * @throws IOException when the target cannot be written
   */
  public void declaredTotals(DeclaredTotals totals) throws IOException {
    requireHeader();
    step(() -> writer.declaredTotals(totals));
  }

  /**
   * One record.
   *
   * @param record the record, of any type, in any order
   * @throws IOException when the target cannot be written
   */
  public void record(GovernanceRecord record) throws IOException {
    requireHeader();
    step(() -> writer.record(record));
  }

  private void requireHeader() {
    if (!headerWritten) {
      throw new IllegalStateException("the header comes first");
    }
  }

  /** Discards what was written: the target stays as it was. Closing after it does nothing. */
  public void abort() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      // discarded anyway
    }
    if (staging != null) {
      Staging.delete(staging);
    }
  }

  /**
   * Finishes the output and renames it into place; after a failure of this writer (or
   * {@link #abort()}) removes it instead, leaving the target as it was.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    if (failed) {
      abort();
      return;
    }
    closed = true;
    if (staging == null) {
      writer.close(); // a stream: flushed, left open for its owner
      return;
    }
    try {
      writer.close();
      Staging.commit(staging, target);
    } catch (IOException | RuntimeException e) {
      Staging.delete(staging);
      throw e;
    }
  }
}
