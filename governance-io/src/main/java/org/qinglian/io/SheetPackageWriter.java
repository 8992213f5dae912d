package org.qinglian.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an exchange as sheets to a {@link SheetSink}: the CSV package's tables and cells,
 * type by type in the format's order, text never guarded (a workbook's text is not a formula).
 */
final class SheetPackageWriter extends TablePackageWriter {

  private final SheetSink sink;
  private boolean open;

  SheetPackageWriter(SheetSink sink, WriteOptions options, Map<Table, List<String>> extensionColumns) {
    super(options, extensionColumns, "a workbook");
    this.sink = sink;
  }

  @Override
  void openTable(Table table, List<String> extensions) throws IOException {
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
    open = true;
  }

  @Override
  void writeRow(Table table, Flat flat, List<String> extensions) throws IOException {
    sink.row(row(table, flat, extensions, false));
  }

  @Override
  void closeTable() throws IOException {
    if (open) {
      open = false;
      sink.endSheet();
    }
  }

  @Override
  void finish() throws IOException {
    sink.close();
  }
}
