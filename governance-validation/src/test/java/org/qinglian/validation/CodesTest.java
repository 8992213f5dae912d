package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Codes} only names codes that rules declare (a new rule needs no constant there). */
class CodesTest {

  @Test
  void everyConstantNamesABuiltInRule() throws IllegalAccessException {
    Set<String> declared = BuiltInRules.create(new FieldConstraints(java.util.Locale.ROOT), false).stream()
        .flatMap(rule -> rule.descriptors().stream()).map(RuleDescriptor::code)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> constants = new TreeSet<>();
    for (Field field : Codes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) field.get(null);
        assertEquals(field.getName(), value, "a constant's name is its code");
        constants.add(value);
      }
    }
    Set<String> stray = new TreeSet<>(constants);
    stray.removeAll(declared);
    assertEquals(Set.of(), stray, "constants naming no rule");
    assertTrue(constants.size() > 30, constants.toString());
  }
}
