package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.ImmutableFinding;

/**
 * JSON does not order an object's members: records that each give their members, nested ones and
 * those of list items in another order, some with a member nobody defines among them, read exactly
 * as records in one order, and each undefined member is reported once, where it stands.
 */
class MemberOrderTest {

  @TempDir
  Path dir;

  private static String object(List<String> members, Random random) {
    List<String> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, random);
    return "{" + String.join(",", shuffled) + "}";
  }

  @Test
  void recordsGivingTheirMembersInAnyOrderReadAlike() throws IOException {
    Random random = new Random(20221231);
    StringBuilder json = new StringBuilder("{\"findings\":[");
    int records = 60;
    List<Integer> withNote = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      List<String> rectification = List.of("\"status\":\"IN_PROGRESS\"", "\"deadline\":\"2022-06-30\"",
          "\"measures\":\"整改措施\"");
      List<String> followUp = List.of("\"type\":\"REMINDER_LETTER\"", "\"issuedDate\":\"2022-05-11\"");
      List<String> members = new ArrayList<>(List.of("\"id\":\"F-" + i + "\"", "\"inspectionId\":\"I-1\"",
          "\"unitId\":\"U-1\"", "\"description\":\"说明\"", "\"riskArea\":\"FINANCE\"", "\"foundDate\":\"2022-05-10\"",
          "\"amountInvolved\":12.5", "\"rectification\":" + object(rectification, random),
          "\"followUps\":[" + object(followUp, random) + "," + object(followUp, random) + "]"));
      if (i % 7 == 3) {
        members.add("\"vendorNote\":\"kept\"");
        withNote.add(i);
      }
      json.append(i == 0 ? "" : ",").append(random.nextInt(5) == 0 ? "{" + String.join(",", members) + "}"
          : object(members, random));
    }
    Path file = Files.writeString(dir.resolve("findings.json"), json.append("]}").toString(), StandardCharsets.UTF_8);

    ExchangeJsonTest.Collect read = new ExchangeJsonTest.Collect();
    ExchangeReader.read(file, ReadOptions.defaults(), read);
    List<Finding> findings = read.records.stream().map(Finding.class::cast).toList();
    List<ReadIssue> issues = read.issues;

    assertEquals(records, findings.size());
    Finding first = findings.get(0);
    for (int i = 0; i < records; i++) {
      Finding finding = findings.get(i);
      assertEquals("F-" + i, finding.getId());
      assertEquals(ImmutableFinding.copyOf(first).withId(finding.getId()).withExtensions(finding.getExtensions()),
          ImmutableFinding.copyOf(finding), "record " + i);
      assertEquals(withNote.contains(i) ? List.of("vendorNote") : List.of(), List.copyOf(finding.getExtensions().keySet()),
          "record " + i);
    }
    // The document has no header (one FIELD_REQUIRED); each note is reported once, where it stands.
    List<String> expected = new ArrayList<>(List.of(ReadIssue.FIELD_REQUIRED + " "));
    withNote.forEach(i -> expected.add(ReadIssue.UNKNOWN_FIELD + " /findings/" + i + "/vendorNote"));
    assertEquals(expected, issues.stream()
        .map(issue -> issue.code() + " " + issue.location().pointer().orElse("")).toList());
  }
}
