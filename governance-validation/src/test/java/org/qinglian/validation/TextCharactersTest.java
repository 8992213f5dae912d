package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qinglian.validation.Mutations.action;
import static org.qinglian.validation.Mutations.organ;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.inspection.ImmutableInspection;

/**
 * Records built in Java are held to the text the readers take from a file: no control character
 * but tab and line breaks, no half of a surrogate pair ({@code @TextCharacters}), reported as
 * {@code FIELD_INVALID} at the field, with the character shown as an escape.
 */
class TextCharactersTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().locale(Locale.ENGLISH).build();

  private static List<Issue> invalid(Dataset dataset, DatasetValidator validator) {
    return validator.validate(dataset).issues().stream().filter(i -> i.code().equals(Codes.FIELD_INVALID)).toList();
  }

  @Test
  void eachCharacterTextMayNotHoldIsReportedAtItsField() {
    // NUL, the vertical tab and form feed Word leaves in pasted text, escape, DEL, both halves of a pair alone
    for (String character : List.of("\u0000", "\u000B", "\u000C", "\u001B", "\u007F", "\uD800", "\uDFFF")) {
      String name = "武汉市" + character + "江岸区财政局";
      List<Issue> issues = invalid(organ(u -> u.withName(name)), VALIDATOR);
      assertEquals(1, issues.size(), name + ": " + issues);
      Issue issue = issues.get(0);
      assertEquals(Optional.of("name"), issue.path());
      String escape = String.format(Locale.ROOT, "\\u%04X", (int) character.charAt(0));
      assertTrue(issue.message().contains("\"武汉市" + escape + "江岸区财政局\""), issue.message());
      assertTrue(issue.message().contains("no half of a surrogate pair"), issue.message());
      assertTrue(issue.message().codePoints().noneMatch(c -> c < 0x20 || c == 0x7F), "the message itself is clean");
    }
  }

  @Test
  void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreText() {
    for (String name : List.of("武汉市\t江岸区", "第一行\n第二行\r\n第三行", "\uD840\uDC00氏宗祠管委会", "清廉😀单元", "\u0085\u2028")) {
      assertEquals(List.of(), invalid(organ(u -> u.withName(name)), VALIDATOR), name);
    }
  }

  @Test
  void optionalTextIsCheckedAndAPersonsNameIsNotRepeated() {
    Dataset topic = Mutations.copy().withInspections(
        ImmutableInspection.copyOf(Fixtures.inspection()).withTopic("专项\u0000巡察"));
    List<Issue> issues = invalid(topic, VALIDATOR);
    assertEquals(1, issues.size(), issues.toString());
    assertEquals(Optional.of("topic"), issues.get(0).path());

    Dataset person = action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person()).withName("张\u0007三")));
    issues = invalid(person, VALIDATOR);
    assertEquals(1, issues.size(), issues.toString());
    assertEquals(Optional.of("subject.name"), issues.get(0).path());
    assertTrue(issues.get(0).message().contains("value *** is"), issues.get(0).message());
    assertFalse(issues.get(0).message().contains("张"), issues.get(0).message());
  }

  @Test
  void theMessageIsInTheValidatorsLanguage() {
    Dataset dataset = organ(u -> u.withName("财政\u000B局"));
    String zh = invalid(dataset, DatasetValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build()).get(0).message();
    String tw = invalid(dataset, DatasetValidator.builder().locale(Locale.TRADITIONAL_CHINESE).build()).get(0).message();
    assertTrue(zh.contains("不得含控制字符") && zh.contains("\\u000B"), zh);
    assertTrue(tw.contains("不得含控制字元") && tw.contains("\\u000B"), tw);
  }

  /** A report renders an argument to at most so many characters; the constraint's own text must come whole. */
  @Test
  void everyModelConstraintMessageReachesAReportWhole() {
    java.util.ResourceBundle.Control exact =
        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);
    int checked = 0;
    for (Locale language : List.of(Locale.ROOT, Locale.CHINESE, Locale.TRADITIONAL_CHINESE)) {
      java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ContributorValidationMessages", language, exact);
      for (String key : bundle.keySet()) {
        String text = bundle.getString(key);
        assertEquals(text, org.qinglian.model.text.Texts.render(text, language), key + " in " + language);
        checked++;
      }
    }
    assertTrue(checked >= 15, "messages checked: " + checked);
  }

  /** A reader has refused such text already: a record given with where its values were read is not scanned again. */
  @Test
  void aRecordGivenWithItsFieldLocationsIsTakenAsReadAndChecked() {
    org.qinglian.model.unit.Unit pasted = org.qinglian.model.unit.ImmutableUnit.copyOf(Fixtures.organ()).withName("财政\u000B局");
    org.qinglian.model.location.SourceLocation at = org.qinglian.model.location.SourceLocation.inFile("units.csv", 2, 1);

    ValidationSession built = VALIDATOR.newSession();
    built.record(pasted, at);
    assertEquals(List.of(Codes.FIELD_INVALID),
        built.finish().issues().stream().map(Issue::code).filter(Codes.FIELD_INVALID::equals).toList());

    ValidationSession read = VALIDATOR.newSession();
    read.record(pasted, at, path -> Optional.of(at));
    assertEquals(List.of(),
        read.finish().issues().stream().map(Issue::code).filter(Codes.FIELD_INVALID::equals).toList());
  }
}
