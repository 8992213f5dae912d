package org.qinglian.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * 工作簿库对比 — the measurement behind the choice of Excel library: dhatim fastexcel (writer)
 * and fastexcel-reader against Apache POI's streaming writer (SXSSF) and event reader
 * (XSSFReader + SAX), writing and reading the same rows of a record sheet (ids, text, a code
 * label, a date, money). Medians of the repeats, with the heap each allocates at most.
 *
 * <p>Usage: {@code WorkbookLibraries [ROWS] [REPEATS]} (default 300,000 and 5).
 */
public final class WorkbookLibraries {

  private WorkbookLibraries() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("workbooks");
    Path fast = dir.resolve("fastexcel.xlsx");
    Path poi = dir.resolve("poi.xlsx");
    List<double[]> results = new ArrayList<>();
    String[] labels = {"fastexcel write", "POI SXSSF write", "fastexcel-reader read", "POI event read"};
    for (int i = 0; i < 4; i++) {
      results.add(new double[repeats]);
    }
    long[] peaks = new long[4];
    for (int r = 0; r < repeats; r++) {
      int run = r;
      peaks[0] = Math.max(peaks[0], measure(results.get(0), run, () -> writeFastexcel(fast, rows)));
      peaks[1] = Math.max(peaks[1], measure(results.get(1), run, () -> writePoi(poi, rows)));
      peaks[2] = Math.max(peaks[2], measure(results.get(2), run, () -> check(rows, readFastexcel(poi))));
      peaks[3] = Math.max(peaks[3], measure(results.get(3), run, () -> check(rows, readPoi(poi))));
    }
    System.out.printf(Locale.ROOT, "%,d rows, %d columns; %s %s; medians of %d%n", rows, 8,
        System.getProperty("java.vm.name"), System.getProperty("java.version"), repeats);
    for (int i = 0; i < 4; i++) {
      double[] times = results.get(i).clone();
      java.util.Arrays.sort(times);
      double median = times[times.length / 2];
      System.out.printf(Locale.ROOT, "%-24s %7.2f s %,12.0f rows/s %,8d MiB peak heap%n", labels[i], median,
          rows / median, peaks[i] >> 20);
    }
    System.out.printf(Locale.ROOT, "files: fastexcel %,d bytes, POI %,d bytes%n", Files.size(fast), Files.size(poi));
  }

  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  private static long measure(double[] into, int run, Body body) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    body.run();
    into[run] = (System.nanoTime() - start) / 1e9;
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static void check(int expected, long rows) {
    if (rows != expected + 1) {
      throw new IllegalStateException("read " + rows + " rows, wrote " + (expected + 1));
    }
  }

  private static final String[] HEADERS = {"标识", "检查标识", "问题单位标识", "问题描述", "风险领域", "发现日期", "涉及金额", "整改状态"};

  private static void writeFastexcel(Path file, int rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("发现问题");
      for (int c = 0; c < HEADERS.length; c++) {
        sheet.inlineString(0, c, HEADERS[c]);
      }
      LocalDate day = LocalDate.of(2022, 1, 1);
      for (int r = 1; r <= rows; r++) {
        sheet.inlineString(r, 0, "F-" + r);
        sheet.inlineString(r, 1, "I-" + (r / 3));
        sheet.inlineString(r, 2, "U-" + (r % 1000));
        sheet.inlineString(r, 3, "第" + r + "号问题：采购程序不规范，未按规定公开招标");
        sheet.value(r, 4, "医疗医药");
        sheet.value(r, 5, day.plusDays(r % 365));
        sheet.style(r, 5).format("yyyy-mm-dd").set();
        sheet.value(r, 6, BigDecimal.valueOf(r * 7L, 2));
        sheet.style(r, 6).format("0.00").set();
        sheet.value(r, 7, "整改中");
        if (r % 512 == 0) {
          sheet.flush();
        }
      }
      sheet.finish();
      workbook.finish();
    }
  }

  private static void writePoi(Path file, int rows) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = workbook.createSheet("发现问题");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      var header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.length; c++) {
        header.createCell(c).setCellValue(HEADERS[c]);
      }
      LocalDate day = LocalDate.of(2022, 1, 1);
      for (int r = 1; r <= rows; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("F-" + r);
        row.createCell(1).setCellValue("I-" + (r / 3));
        row.createCell(2).setCellValue("U-" + (r % 1000));
        row.createCell(3).setCellValue("第" + r + "号问题：采购程序不规范，未按规定公开招标");
        row.createCell(4).setCellValue("医疗医药");
        var d = row.createCell(5);
        d.setCellValue(day.plusDays(r % 365));
        d.setCellStyle(date);
        var m = row.createCell(6);
        m.setCellValue(r * 7 / 100.0);
        m.setCellStyle(money);
        row.createCell(7).setCellValue("整改中");
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static long readFastexcel(Path file) throws IOException {
    long rows = 0;
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
        file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
      for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
        for (int c = 0; c < row.getCellCount(); c++) {
          row.getCell(c).getRawValue();
        }
        rows++;
      }
    }
    return rows;
  }

  private static long readPoi(Path file) throws Exception {
    long[] rows = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XMLReader parser = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
      parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
              rows[0]++;
            }

            @Override
            public void endRow(int rowNum) {}

            @Override
            public void cell(String reference, String value, XSSFComment comment) {}
          }, false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        parser.parse(new InputSource(sheet));
      }
    }
    return rows[0];
  }
}
