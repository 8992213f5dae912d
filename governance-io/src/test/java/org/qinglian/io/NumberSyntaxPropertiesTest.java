package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Fields#isInteger} and {@link Fields#isDecimal}, loops written for speed, against the
 * regular expressions they replace, on random strings made mostly of the characters that
 * matter (digits, signs, dots) and of a few that look like them (full-width digits, the
 * Arabic-Indic ones, a plus, an exponent, spaces).
 */
class NumberSyntaxPropertiesTest {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern INT9 = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern INT18 = Pattern.compile("-?[0-9]{1,18}");
  private static final String[] PIECES = {"0", "1", "9", "5", "-", ".", "+", "e", " ", "０", "٣", "/", ":", "12345"};

  @Test
  void theLoopsAcceptWhatThePatternsAccept() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(random.nextBoolean() ? 6 : PIECES.length)]);
      }
      String s = text.toString();
      assertEquals(INT9.matcher(s).matches(), Fields.isInteger(s, 9), () -> "integer(9): " + s);
      assertEquals(INT18.matcher(s).matches(), Fields.isInteger(s, 18), () -> "integer(18): " + s);
      assertEquals(DECIMAL.matcher(s).matches(), Fields.isDecimal(s), () -> "decimal: " + s);
    });
  }

  @Test
  void edges() {
    for (String s : new String[] {"", "-", ".", "-.", "1.", ".1", "-1.5", "1..2", "1.2.3", "123456789", "1234567890",
        "-123456789", "-1234567890", "123456789012345678", "1234567890123456789", "0.0", "-0"}) {
      assertEquals(INT9.matcher(s).matches(), Fields.isInteger(s, 9), s);
      assertEquals(INT18.matcher(s).matches(), Fields.isInteger(s, 18), s);
      assertEquals(DECIMAL.matcher(s).matches(), Fields.isDecimal(s), s);
    }
  }
}
