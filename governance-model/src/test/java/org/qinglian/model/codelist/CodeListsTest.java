package org.qinglian.model.codelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qinglian.model.ModelClasses;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.inspection.RiskArea;
import org.qinglian.model.task.TaskStatus;

/** Every code list of the model: found by code, by either label and by each alias; never ambiguous. */
class CodeListsTest {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Class<? extends Enum>> codedEnums() {
    return ModelClasses.all().stream()
        .filter(type -> type.isEnum() && Coded.class.isAssignableFrom(type))
        .map(type -> (Class<? extends Enum>) type)
        .collect(Collectors.toList());
  }

  @Test
  void theModelHasItsCodeLists() {
    assertTrue(codedEnums().size() >= 19, () -> "found " + codedEnums());
  }

  @TestFactory
  @SuppressWarnings({"unchecked", "rawtypes"})
  Stream<DynamicTest> everyEntryIsFoundByEachOfItsNames() {
    return codedEnums().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      for (Object constant : type.getEnumConstants()) {
        Coded entry = (Coded) constant;
        assertEquals(((Enum<?>) constant).name(), entry.code());
        assertFalse(entry.simplifiedLabel().isBlank());
        assertFalse(entry.traditionalLabel().isBlank());
        List<String> names = new java.util.ArrayList<>(List.of(
            entry.code(), entry.code().toLowerCase(Locale.ROOT), entry.simplifiedLabel(), entry.traditionalLabel(),
            " " + entry.code() + " ", "\u3000" + entry.simplifiedLabel()));
        names.addAll(entry.aliases());
        for (String name : names) {
          assertEquals(Optional.of(constant), CodeLists.find((Class) type, name), name);
        }
        // As long as a code, but none: codes are compared by length first.
        String near = entry.code().substring(0, entry.code().length() - 1) + "#";
        assertEquals(Optional.empty(), CodeLists.find((Class) type, near), near);
      }
      assertEquals(Optional.empty(), CodeLists.find((Class) type, "NO_SUCH_ENTRY"));
    }));
  }

  @Test
  void traditionalLabelsAreRead() {
    assertEquals(Optional.of(AccountabilityMeasure.PARTY_EXPULSION), CodeLists.find(AccountabilityMeasure.class, "開除黨籍"));
    assertEquals(Optional.of(AccountabilityMeasure.REMINDER_TALK), CodeLists.find(AccountabilityMeasure.class, "提醒谈话"));
    assertEquals(Optional.of(RiskArea.VILLAGE_ASSETS), CodeLists.find(RiskArea.class, "農村集體三資"));
    assertEquals(Optional.of(TaskStatus.IN_PROGRESS), CodeLists.find(TaskStatus.class, "推進中"));
  }

  @Test
  void aBareWarningIsAmbiguousSoNotAccepted() {
    assertEquals(Optional.empty(), CodeLists.find(AccountabilityMeasure.class, "警告"));
  }

  @Test
  void twoEntriesClaimingOneLabelAreRejected() {
    Coded a = () -> Labels.of("甲", "甲");
    Coded b = () -> Labels.of("乙", "乙", "甲");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CodeLists.index(List.of(entry("A", a), entry("B", b))));
    assertTrue(e.getMessage().contains("甲"), e.getMessage());
  }

  private static Coded entry(String code, Coded labels) {
    return new Coded() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Labels labels() {
        return labels.labels();
      }
    };
  }
}
