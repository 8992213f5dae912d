package org.qinglian.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * JSON 绑定 — for integrations with JSON frameworks (the Jackson modules, a web framework's
 * message converter): every type that travels as a JSON object, with its text form — what
 * the exchange writes for it, and how it reads back. The framework only moves tokens; the
 * exchange's own reader and writer decide the values, so JSON from a framework and from an
 * exchange file cannot drift apart.
 */
public final class JsonBindings {

  private JsonBindings() {}

  /**
   * 绑定 — a JSON object type: how to write it, and how to read it — failing with
   * {@link IllegalArgumentException} whose message locates each problem by JSON pointer.
   *
   * @param <T> the type
   * @param type the type's class
   * @param write writes a value as the exchange's JSON text
   * @param read reads a value from JSON text, or fails with a located {@link IllegalArgumentException}
   */
  public record Wire<T>(Class<T> type, Function<T, String> write, Function<String, T> read) {}

  /** {@return the records of each type, the header, the declared totals and whole datasets} */
  public static List<Wire<?>> objects() {
    List<Wire<?>> wires = new ArrayList<>();
    wires.add(record(Unit.class, RecordType.UNIT));
    wires.add(record(KeyTask.class, RecordType.TASK));
    wires.add(record(Inspection.class, RecordType.INSPECTION));
    wires.add(record(Finding.class, RecordType.FINDING));
    wires.add(record(AccountabilityAction.class, RecordType.ACTION));
    wires.add(record(AssessmentScheme.class, RecordType.ASSESSMENT_SCHEME));
    wires.add(record(AssessmentRecord.class, RecordType.ASSESSMENT));
    wires.add(record(Indicator.class, RecordType.INDICATOR));
    wires.add(new Wire<>(DatasetHeader.class, ExchangeJson::write, json -> value(ExchangeJson.readHeader(json), "header")));
    wires.add(new Wire<>(DeclaredTotals.class, ExchangeJson::write,
        json -> value(ExchangeJson.readTotals(json), "declaredTotals")));
    wires.add(new Wire<>(Dataset.class, ExchangeJson::write, json -> value(ExchangeJson.readDataset(json), "dataset")));
    return wires;
  }

  private static <R extends GovernanceRecord> Wire<R> record(Class<R> type, RecordType recordType) {
    return new Wire<>(type, ExchangeJson::write,
        json -> value(ExchangeJson.read(type, recordType, json), recordType.jsonName()));
  }

  /** The value, or what stopped it, as one message (English, located within the object). */
  /**
   * {@return the value, or an {@link IllegalArgumentException} naming what stopped it}
   *
   * @param <T> the value's type
   * @param result a read's result
   * @param what what was read, named in the exception's message
   */
  public static <T> T value(RecordResult<T> result, String what) {
    return value(result.value(), result.issues(), what);
  }

  /**
   * {@return the value, or an {@link IllegalArgumentException} naming the issues that stopped it}
   *
   * @param <T> the value's type
   * @param value the value, if it could be built
   * @param issues the issues found while reading it
   * @param what what was read, named in the exception's message
   */
  public static <T> T value(java.util.Optional<T> value, List<ReadIssue> issues, String what) {
    List<ReadIssue> errors = issues.stream().filter(i -> !i.code().equals(ReadIssue.UNKNOWN_FIELD))
        .collect(Collectors.toList());
    if (value.isPresent() && errors.isEmpty()) {
      return value.get();
    }
    throw new IllegalArgumentException("cannot read " + what + ": " + errors.stream()
        .map(i -> i.code() + " " + i.location().pointer().orElse("") + " " + describe(i))
        .collect(Collectors.joining("; ")));
  }

  private static String describe(ReadIssue issue) {
    return issue.code().equals(ReadIssue.FIELD_REQUIRED) ? "required " + issue.path().orElse("")
        : issue.describe(Locale.ENGLISH);
  }

}
