package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.fixtures.Fixtures;

/**
 * A row's values are made from its cells only when a binder asks for them (RawValues). What no
 * binder reads — a person's columns filled in for an organisation — is still reported and kept,
 * each value at its own cell and in the order of the columns.
 */
class CsvRowValuesTest {

  @TempDir
  Path dir;

  @Test
  void valuesNoBinderReadsAreReportedAndKeptInColumnOrder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pkg"));
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.writeString(folder.resolve("actions.csv"),
        "id,finding_id,inspection_id,subject_type,subject_person_id,subject_name,subject_resident_id,subject_position,"
            + "subject_unit_id,form,measure,decision_date,deciding_unit_id,amount_recovered\r\n"
            + "A-1,,,ORGANIZATION,,'=某某,,'-经理,U-1,,ORG_REORGANIZATION,2022-10-01,U-2,\r\n",
        StandardCharsets.UTF_8);
    ReadResult result = ExchangeReader.readDataset(folder, ReadOptions.defaults());
    List<ReadIssue> unknown = result.issues().stream().filter(i -> i.code().equals(ReadIssue.UNKNOWN_FIELD)).toList();
    assertEquals(List.of(Optional.of("subject.name"), Optional.of("subject.position")),
        unknown.stream().map(ReadIssue::path).toList(), result.issues().toString());
    assertEquals(List.of(OptionalLong.of(6), OptionalLong.of(8)),
        unknown.stream().map(i -> i.location().column()).toList(), unknown.toString());
    AccountabilityAction action = result.dataset().orElseThrow().getActions().get(0);
    assertEquals(List.of("subject.name", "subject.position"), List.copyOf(action.getExtensions().keySet()));
    // Text cells lose the writer's guard against formulas, whether a binder reads them or not.
    assertEquals(List.of("\"=某某\"", "\"-经理\""), List.copyOf(action.getExtensions().values()));
  }
}
