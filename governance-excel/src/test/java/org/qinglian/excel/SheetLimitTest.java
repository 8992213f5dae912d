package org.qinglian.excel;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.io.TabularExchange;

/** A sheet takes Excel's 1,048,575 records under its header, and the next one is refused with a reason. */
class SheetLimitTest {

  @Test
  void theRecordAfterExcelsLastRowIsRefused() throws Exception {
    WorkbookSink sink = new WorkbookSink(OutputStream.nullOutputStream(), false);
    TabularExchange.Sheet units = TabularExchange.sheetNamed("units").orElseThrow();
    sink.startSheet(units, List.of("id"), List.of(Optional.of(units.columns().get(0))));
    for (int i = 0; i < ExcelExchange.MAX_RECORDS_PER_SHEET; i++) {
      sink.row(List.of("U"));
    }
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> sink.row(List.of("U")));
    assertTrue(refused.getMessage().contains("1048575"), refused.getMessage());
  }
}
