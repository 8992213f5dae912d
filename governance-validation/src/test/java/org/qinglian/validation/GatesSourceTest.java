package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Gates.java} is written from the model's annotations by {@link GateWriter}; this test
 * fails when it is stale (an annotation changed, a value class came or went). Regenerate with
 * {@code mvn -B -pl governance-validation -am test -Dtest=GatesSourceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}.
 */
class GatesSourceTest {

  @Test
  void theGatesMatchTheModelsAnnotations() throws Exception {
    Path file = Path.of("src/main/java/org/qinglian/validation/Gates.java");
    String expected = new GateWriter().write(GateWriter.modelClasses());
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
        "Gates.java is stale: regenerate it (see this test's Javadoc)");
  }

  @Test
  void everyValueClassOfTheModelHasAGateThatDecides() throws Exception {
    List<Class<?>> classes = GateWriter.modelClasses();
    assertTrue(classes.size() >= 20, classes.toString());
    assertEquals(classes.stream().map(Class::getName).toList(), List.of(Gates.CLASSES));
    String source = new GateWriter().write(classes);
    assertFalse(source.contains("refused:"), "a model class the gate refuses outright:\n" + source);
  }
}
