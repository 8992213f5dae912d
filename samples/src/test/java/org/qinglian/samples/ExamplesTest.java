package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.samples.examples.ConvertFormats;
import org.qinglian.samples.examples.CustomCategoryExample;
import org.qinglian.samples.examples.CustomRuleExample;
import org.qinglian.samples.examples.EmbedAndValidate;

/** The example programs compile and do what their Javadoc says. */
class ExamplesTest {

  @TempDir
  Path work;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void embedAndValidate() {
    assertEquals(2, EmbedAndValidate.run(out), printed());
    assertTrue(printed().contains("REF_MISSING"), printed());
    assertTrue(printed().contains("CREDIT_CODE_INVALID"), printed());
  }

  @Test
  void convertFormats() throws IOException {
    assertTrue(ConvertFormats.run(out, work), printed());
    assertTrue(printed().contains("无损"), printed());
  }

  @Test
  void customRule() {
    assertEquals(1, CustomRuleExample.run(out), printed());
    assertTrue(printed().contains("X_LARGE_FINDING_WITHOUT_FOLLOW_UP"), printed());
  }

  @Test
  void customCategory() throws IOException {
    assertTrue(CustomCategoryExample.run(out, work), printed());
  }
}
