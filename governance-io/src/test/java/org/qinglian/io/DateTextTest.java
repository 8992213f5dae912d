package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.RecordType;
import org.qinglian.model.finding.Finding;

/**
 * Dates are read by hand, not by a formatter: every day of the calendar that exists is read as
 * that day, and every one that does not (the 29th of February outside leap years, the 31st of a
 * short month, a month 13) is a {@code DATE_EXPECTED} at its path, for a field and a list item alike.
 */
class DateTextTest {

  private static final String FINDING = "{\"id\":\"F-1\",\"inspectionId\":\"I-1\",\"unitId\":\"U-1\","
      + "\"description\":\"说明\",\"riskArea\":\"FINANCE\",\"foundDate\":\"FOUND\","
      + "\"rectification\":{\"status\":\"IN_PROGRESS\"},"
      + "\"followUps\":[{\"type\":\"REMINDER_LETTER\",\"issuedDate\":\"ISSUED\"}]}";

  private static ReadResultOf<Finding> read(String found, String issued) {
    var result = ExchangeJson.read(RecordType.FINDING,
        FINDING.replace("FOUND", found).replace("ISSUED", issued).getBytes(StandardCharsets.UTF_8));
    List<Optional<String>> paths = result.issues().stream().filter(i -> i.toString().contains("DATE_EXPECTED"))
        .map(ReadIssue::path).toList();
    return new ReadResultOf<>(result.value().map(Finding.class::cast), paths);
  }

  private record ReadResultOf<T>(Optional<T> record, List<Optional<String>> datePaths) {}

  @Test
  void everyDayThatExistsIsReadAsThatDay() {
    for (String text : List.of("2000-02-29", "2024-02-29", "2023-02-28", "2022-01-31", "2022-04-30", "2022-12-31",
        "1999-12-31", "0001-01-01")) {
      var result = read(text, text);
      assertEquals(List.of(), result.datePaths(), text);
      assertEquals(LocalDate.parse(text), result.record().orElseThrow().getFoundDate(), text);
      assertEquals(LocalDate.parse(text), result.record().orElseThrow().getFollowUps().get(0).getIssuedDate(), text);
    }
  }

  @Test
  void everyDayThatDoesNotIsADateExpectedAtItsPath() {
    for (String text : List.of("2023-02-29", "2100-02-29", "1900-02-29", "2022-04-31", "2022-06-31", "2022-13-01",
        "2022-00-10", "2022-01-00", "2022-01-32", "2022-1-01", "22-01-01", "2022/01/01", "2022-01-0a")) {
      assertEquals(List.of(Optional.of("foundDate")), read(text, "2022-01-01").datePaths(), text);
      assertEquals(List.of(Optional.of("followUps[0].issuedDate")), read("2022-01-01", text).datePaths(), text);
    }
  }
}
