package org.qinglian.model.identifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code divisions-2023.codes} (the bundled division list's codes, read at start instead of the
 * list) is written from {@code divisions-2023.tsv.gz}; this test fails when it is stale.
 * Regenerate with {@code mvn -B -pl governance-model test -Dtest=DivisionCodesFileTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}.
 */
class DivisionCodesFileTest {

  private static final Path FILE = Path.of("src/main/resources/org/qinglian/model/identifier/divisions-2023.codes");

  @Test
  void theCodesFileMatchesTheList() throws Exception {
    byte[] expected = DivisionCatalogue.codesFile(DivisionCatalogue.standardFromList());
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.write(FILE, expected);
    }
    assertArrayEquals(expected, Files.exists(FILE) ? Files.readAllBytes(FILE) : new byte[0],
        "divisions-2023.codes is stale: regenerate it (see this test's Javadoc)");
  }

  @Test
  void theStandardCatalogueAnswersAsTheListDoes() {
    DivisionCatalogue fromText = DivisionCatalogue.standardFromList();
    DivisionCatalogue standard = DivisionCatalogue.standard();
    assertEquals(fromText.toString(), standard.toString());
    assertEquals(fromText.size(), standard.size());
    assertEquals(fromText.children(DivisionCode.lenient("500100000000")),
        standard.children(DivisionCode.lenient("500100000000")));
    // Names come from the list when first asked: the same as read from the text.
    for (String code : new String[] {"110000000000", "500000000000", "500101000000", "500241000000", "810000000000",
        "610402000000", "610423000000"}) {
      for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.SIMPLIFIED_CHINESE,
          java.util.Locale.TRADITIONAL_CHINESE}) {
        assertEquals(fromText.name(DivisionCode.lenient(code), locale), standard.name(DivisionCode.lenient(code), locale),
            code);
      }
      assertEquals(true, standard.name(DivisionCode.lenient(code), java.util.Locale.SIMPLIFIED_CHINESE).isPresent(), code);
    }
  }

  @Test
  void aCodesFileThatDoesNotMatchTheListFailsLoudlyWhenANameIsNeeded() {
    long[] codes = java.util.Arrays.copyOf(new long[] {110000000000L, 120000000000L}, 2); // far too few
    DivisionCatalogue mismatched = DivisionCatalogue.standardWithCodes(codes);
    IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> mismatched.name(DivisionCode.lenient("110000000000"), java.util.Locale.SIMPLIFIED_CHINESE));
    org.junit.jupiter.api.Assertions.assertTrue(failure.getMessage().contains("divisions-2023.codes"), failure.getMessage());
  }
}
