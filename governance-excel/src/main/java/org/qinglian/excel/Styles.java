package org.qinglian.excel;

import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;
import org.qinglian.io.TabularExchange;

/** The look shared by written workbooks, templates and annotated copies: a bold, shaded, frozen header row and fitting widths. */
final class Styles {

  static final String HEADER_FILL = "DDEBF7";
  static final String ERROR_FILL = "FFC7CE";
  static final String WARNING_FILL = "FFE0B2";
  static final String INFO_FILL = "DDEBF7";

  private Styles() {}

  static void header(Worksheet sheet, List<String> headers, List<Optional<TabularExchange.SheetColumn>> columns) {
    header(sheet, 0, headers, columns);
  }

  /** The header row at {@code row} (0-based), and the rows above it frozen with it. */
  static void header(Worksheet sheet, int row, List<String> headers, List<Optional<TabularExchange.SheetColumn>> columns) {
    for (int c = 0; c < headers.size(); c++) {
      sheet.inlineString(row, c, headers.get(c));
      sheet.style(row, c).bold().fillColor(HEADER_FILL).set();
      sheet.width(c, width(headers.get(c), c < columns.size() ? columns.get(c) : Optional.empty()));
    }
    sheet.freezePane(0, row + 1);
  }

  /** Wide enough for the header and for a typical value of the column's kind. */
  static double width(String header, Optional<TabularExchange.SheetColumn> column) {
    double forHeader = header.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum() + 2;
    double forValue = column.map(TabularExchange.SheetColumn::kind).map(kind -> {
      switch (kind) {
        case DATE: return 12.0;
        case DATE_TIME: return 27.0;
        case IDENTIFIER: return 21.0;
        case TEXT: return 30.0;
        case ID: return 14.0;
        case CODE: return 12.0;
        default: return 10.0;
      }
    }).orElse(24.0);
    return Math.min(60, Math.max(forHeader, forValue));
  }
}
