package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bad date or number in an object of a list is reported at that item's path, and a good one is not reported. */
class ListItemValueTest {

  private static final String FINDING = "{\"findings\":[{\"id\":\"F-1\",\"inspectionId\":\"I-1\",\"unitId\":\"U-1\","
      + "\"description\":\"说明\",\"riskArea\":\"FINANCE\",\"foundDate\":\"2022-05-10\","
      + "\"rectification\":{\"status\":\"IN_PROGRESS\"},\"followUps\":[{\"type\":\"REMINDER_LETTER\","
      + "\"issuedDate\":\"2022-05-11\"},{\"type\":\"REMINDER_LETTER\",\"issuedDate\":\"DATE\"}]}]}";

  private static final String SCHEME = "{\"assessmentSchemes\":[{\"id\":\"S-1\",\"year\":2022,\"title\":\"细则\","
      + "\"weights\":{\"routine\":0.5,\"democratic\":0.2,\"onSite\":0.3},\"maxScore\":100,\"grades\":["
      + "{\"code\":\"EXCELLENT\",\"label\":\"优秀\",\"minScore\":90},{\"code\":\"GOOD\",\"label\":\"良好\",\"minScore\":80},"
      + "{\"code\":\"POOR\",\"label\":\"较差\",\"minScore\":SCORE}]}]}";

  private static List<Optional<String>> invalidPaths(String json) throws java.io.IOException {
    ExchangeJsonTest.Collect sink = new ExchangeJsonTest.Collect();
    ExchangeReader.read(new StringReader(json), "f.json", ReadOptions.defaults(), sink);
    return sink.issues.stream().filter(i -> i.code().equals(ReadIssue.FIELD_INVALID)).map(ReadIssue::path).toList();
  }

  @Test
  void aBadDateOfAListItemIsReportedAtThatItem() throws java.io.IOException {
    assertEquals(List.of(Optional.of("followUps[1].issuedDate")), invalidPaths(FINDING.replace("DATE", "2022-13-45")));
    assertEquals(List.of(), invalidPaths(FINDING.replace("DATE", "2022-06-01")));
  }

  @Test
  void aBadNumberOfAListItemIsReportedAtThatItem() throws java.io.IOException {
    assertEquals(List.of(Optional.of("grades[2].minScore")), invalidPaths(SCHEME.replace("SCORE", "\"abc\"")));
    assertEquals(List.of(), invalidPaths(SCHEME.replace("SCORE", "0")));
  }
}
