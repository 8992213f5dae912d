package org.qinglian.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/**
 * Writes an exchange as sheets to a {@link SheetSink}: the CSV package's tables and cells,
 * type by type in the format's order, text never guarded (a workbook's text is not a formula).
 */
final class SheetPackageWriter implements FormatWriter {

  private final SheetSink sink;
  private final WriteOptions options;
  private final Map<Table, List<String>> extensionColumns;
  private DatasetHeader header;
  private DeclaredTotals totals;
  private final Map<String, String> datasetExtensions = new LinkedHashMap<>();
  private boolean datasetWritten;
  private RecordType current;
  private List<String> currentExtensions;

  SheetPackageWriter(SheetSink sink, WriteOptions options, Map<Table, List<String>> extensionColumns) {
    this.sink = sink;
    this.options = options;
    this.extensionColumns = extensionColumns;
  }

  @Override
  public void header(DatasetHeader header) {
    this.header = header;
  }

  @Override
  public void declaredTotals(DeclaredTotals totals) {
    this.totals = totals;
  }

  @Override
  public void datasetExtension(String name, String json) {
    if (datasetWritten) {
      throw new IllegalStateException("dataset extensions come before the records in a workbook");
    }
    datasetExtensions.put(name, json);
  }

  @Override
  public void record(GovernanceRecord record) throws IOException {
    writeDataset();
    RecordType type = record.recordType();
    Table table = Tables.of(type);
    if (type != current) {
      if (current != null && type.ordinal() < current.ordinal()) {
        throw new IllegalStateException("a workbook is written type by type in the format's order; "
            + type.jsonName() + " came after " + current.jsonName());
      }
      if (current != null) {
        sink.endSheet();
      }
      current = type;
      currentExtensions = extensionColumns.getOrDefault(table, List.of());
      start(table, currentExtensions);
    }
    Flat flat = Extractors.record(record, options.maskPersonalData());
    for (String key : flat.extensions.keySet()) {
      if (!currentExtensions.contains(key)) {
        throw new IllegalArgumentException("record " + record.getId() + " has the unknown field " + key
            + ", which this workbook writer was not told of; write the whole dataset at once");
      }
    }
    sink.row(CsvPackageWriter.row(table, flat, currentExtensions, false));
  }

  private void writeDataset() throws IOException {
    if (datasetWritten) {
      return;
    }
    datasetWritten = true;
    if (header == null) {
      throw new IllegalStateException("the header comes first");
    }
    Flat flat = CsvPackageWriter.datasetRow(header, totals, datasetExtensions);
    List<String> extensions = new ArrayList<>(flat.extensions.keySet());
    start(Tables.DATASET, extensions);
    sink.row(CsvPackageWriter.row(Tables.DATASET, flat, extensions, false));
    sink.endSheet();
  }

  private void start(Table table, List<String> extensions) throws IOException {
    TabularExchange.Sheet sheet = TabularExchange.sheets().get(Tables.all().indexOf(table));
    List<String> headers = new ArrayList<>();
    List<Optional<TabularExchange.SheetColumn>> columns = new ArrayList<>();
    for (TabularExchange.SheetColumn column : sheet.columns()) {
      headers.add(options.headerLanguage() == HeaderLanguage.CHINESE ? column.chineseHeader() : column.header());
      columns.add(Optional.of(column));
    }
    for (String extension : extensions) {
      headers.add(extension);
      columns.add(Optional.empty());
    }
    sink.startSheet(sheet, headers, columns);
  }

  @Override
  public void close() throws IOException {
    try {
      writeDataset();
      if (current != null) {
        sink.endSheet();
      }
    } finally {
      sink.close(); // also after a failure: the staging file's stream must be closed to be deleted
    }
  }
}
