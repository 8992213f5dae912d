package org.qinglian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.qinglian.io.StagedOutput;
import org.qinglian.io.TabularExchange;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.model.text.Localization;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/**
 * The annotated copy: the input's sheets copied cell by cell (values typed as the format
 * types them), each cell with an issue filled by the worst severity and commented, a result
 * column on each row with issues, and a first sheet with the verdict, the counts by rule and
 * the issues that belong to no cell.
 */
final class Annotator {

  private Annotator() {}

  static void write(Path input, ValidationReport report, Path target, Locale locale) throws IOException {
    try (StagedOutput staged = StagedOutput.open(target)) {
      write(input, report, staged.stream(), Localization.resolve(locale));
      staged.commit();
    }
  }

  /** Issues by sheet, row and column (0 when the issue names the row only). */
  private static Map<String, Map<Long, Map<Integer, List<Issue>>>> bySheet(ValidationReport report, List<Issue> elsewhere) {
    Map<String, Map<Long, Map<Integer, List<Issue>>>> found = new HashMap<>();
    for (Issue issue : report.issues()) {
      Optional<SourceLocation> location = issue.location();
      if (location.isPresent() && location.get().sheet().isPresent() && location.get().line().isPresent()) {
        found.computeIfAbsent(location.get().sheet().get(), s -> new HashMap<>())
            .computeIfAbsent(location.get().line().getAsLong(), r -> new TreeMap<>())
            .computeIfAbsent((int) location.get().column().orElse(0), c -> new ArrayList<>()).add(issue);
      } else {
        elsewhere.add(issue);
      }
    }
    return found;
  }

  static void write(Path input, ValidationReport report, OutputStream out, Locale locale) throws IOException {
    List<Issue> elsewhere = new ArrayList<>();
    Map<String, Map<Long, Map<Integer, List<Issue>>>> issues = bySheet(report, elsewhere);
    Workbook workbook = new Workbook(out, "Qinglian", "1.0");
    Worksheet summary = workbook.newWorksheet(ExcelExchange.TEXTS.format(locale, "annotate.reportSheet", Map.of()));
    summarize(summary, report, elsewhere, input, locale);
    try (ReadableWorkbook source = new ReadableWorkbook(input.toFile(), new ReadingOptions(true, false));
        Stream<Sheet> sheets = source.getSheets()) {
      for (Sheet sheet : (Iterable<Sheet>) sheets::iterator) {
        if (sheet.getName().equals(Template.CODES_SHEET)) {
          continue;
        }
        copy(workbook.newWorksheet(sheet.getName()), sheet, issues.getOrDefault(sheet.getName(), Map.of()),
            source.isDate1904(), locale);
      }
    }
    workbook.finish();
  }

  private static void summarize(Worksheet sheet, ValidationReport report, List<Issue> elsewhere, Path input, Locale locale) {
    int row = 0;
    sheet.inlineString(row, 0, text(locale, "annotate.input"));
    sheet.inlineString(row++, 1, input.getFileName().toString());
    sheet.inlineString(row, 0, text(locale, "annotate.verdict"));
    sheet.inlineString(row, 1, text(locale, report.isValid() ? "annotate.verdictValid" : "annotate.verdictInvalid"));
    sheet.style(row++, 1).bold().fontColor(report.isValid() ? "1A5FB4" : "B00020").set();
    if (report.isTruncated()) {
      sheet.inlineString(row++, 0, ExcelExchange.TEXTS.format(locale, "annotate.samplesOnly",
          Map.of("stored", report.issues().size(), "total", report.totalIssues())));
    }
    row++;
    String[] headers = {"annotate.severity", "annotate.code", "annotate.count"};
    for (int c = 0; c < headers.length; c++) {
      sheet.inlineString(row, c, text(locale, headers[c]));
      sheet.style(row, c).bold().fillColor(Styles.HEADER_FILL).set();
    }
    row++;
    List<Map.Entry<String, Long>> counts = new ArrayList<>(report.countsByCode().entrySet());
    Map<String, Severity> severities = new HashMap<>();
    report.issues().forEach(i -> severities.putIfAbsent(i.code(), i.severity()));
    counts.sort(Comparator.comparing((Map.Entry<String, Long> e) -> severities.getOrDefault(e.getKey(), Severity.INFO))
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Long> count : counts) {
      Severity severity = severities.get(count.getKey());
      sheet.inlineString(row, 0, severity == null ? "" : severity.label(locale));
      sheet.inlineString(row, 1, count.getKey());
      sheet.value(row++, 2, count.getValue());
    }
    if (!elsewhere.isEmpty()) {
      row++;
      sheet.inlineString(row++, 0, text(locale, "annotate.elsewhere"));
      String[] columns = {"annotate.severity", "annotate.code", "annotate.location", "annotate.message"};
      for (int c = 0; c < columns.length; c++) {
        sheet.inlineString(row, c, text(locale, columns[c]));
        sheet.style(row, c).bold().fillColor(Styles.HEADER_FILL).set();
      }
      row++;
      for (Issue issue : elsewhere) {
        sheet.inlineString(row, 0, issue.severity().label(locale));
        sheet.style(row, 0).fillColor(fill(issue.severity())).set();
        sheet.inlineString(row, 1, issue.code());
        sheet.inlineString(row, 2, issue.location().map(Object::toString).orElse(""));
        sheet.inlineString(row++, 3, Cells.escape(issue.message()));
      }
    }
    sheet.width(0, 14);
    sheet.width(1, 26);
    sheet.width(2, 30);
    sheet.width(3, 90);
  }

  private static void copy(Worksheet target, Sheet sheet, Map<Long, Map<Integer, List<Issue>>> issues, boolean date1904,
      Locale locale) throws IOException {
    Optional<TabularExchange.Sheet> table = TabularExchange.sheetNamed(sheet.getName());
    List<Optional<TabularExchange.SheetColumn>> columns = new ArrayList<>();
    int resultColumn = -1;
    boolean headerSeen = false;
    int rowsWritten = 0;
    try (Stream<Row> rows = sheet.openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        int r = row.getRowNum() - 1;
        if (!headerSeen) {
          List<String> names = Cells.headerNames(row);
          if (names.isEmpty()) {
            continue; // blank rows above the header
          }
          headerSeen = true;
          for (String name : names) {
            columns.add(table.flatMap(t -> t.columnNamed(name)));
          }
          resultColumn = names.size();
          names.add(text(locale, "annotate.result"));
          List<Optional<TabularExchange.SheetColumn>> withResult = new ArrayList<>(columns);
          withResult.add(Optional.empty());
          // At its own row: every cell stays where the report says it is.
          Styles.header(target, r, names, withResult);
          continue;
        }
        Map<Integer, List<Issue>> here = issues.getOrDefault((long) row.getRowNum(), Map.of());
        for (int c = 0; c < row.getCellCount(); c++) {
          Optional<TabularExchange.SheetColumn> column = c < columns.size() ? columns.get(c) : Optional.empty();
          String text;
          try {
            text = Cells.read(row.getCell(c), column.map(TabularExchange.SheetColumn::kind).orElse(TabularExchange.Kind.TEXT),
                date1904);
          } catch (Cells.UnreadableCell e) {
            text = e.value;
          }
          Cells.write(target, r, c, text, column);
          mark(target, r, c, here.get(c + 1), locale);
        }
        for (Integer c : here.keySet()) {
          if (c > row.getCellCount()) {
            mark(target, r, c - 1, here.get(c), locale); // a cell left empty in the input
          }
        }
        if (!here.isEmpty() && resultColumn >= 0) {
          List<String> lines = new ArrayList<>();
          here.values().forEach(list -> list.forEach(i -> lines.add(i.code() + " " + i.message())));
          target.inlineString(r, resultColumn, Cells.escape(String.join("\n", lines)));
          target.style(r, resultColumn).wrapText(true).fillColor(fill(worst(here))).set();
        }
        if (++rowsWritten % 512 == 0) {
          target.flush();
        }
      }
    }
    target.finish();
  }

  private static void mark(Worksheet target, int row, int col, List<Issue> issues, Locale locale) {
    if (issues == null || issues.isEmpty()) {
      return;
    }
    Severity worst = issues.stream().map(Issue::severity).min(Comparator.naturalOrder()).orElseThrow();
    target.style(row, col).fillColor(fill(worst)).set();
    List<String> lines = new ArrayList<>();
    String colon = Localization.isChinese(locale) ? "：" : ": ";
    issues.forEach(i -> lines.add(i.code() + colon + i.message()));
    target.comment(row, col, String.join("\n", lines));
  }

  private static Severity worst(Map<Integer, List<Issue>> issues) {
    return issues.values().stream().flatMap(List::stream).map(Issue::severity).min(Comparator.naturalOrder())
        .orElse(Severity.INFO);
  }

  private static String fill(Severity severity) {
    switch (severity) {
      case ERROR: return Styles.ERROR_FILL;
      case WARNING: return Styles.WARNING_FILL;
      default: return Styles.INFO_FILL;
    }
  }

  private static String text(Locale locale, String key) {
    return ExcelExchange.TEXTS.format(locale, key, Map.of());
  }
}
