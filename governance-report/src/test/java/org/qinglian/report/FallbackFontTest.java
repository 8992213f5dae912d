package org.qinglian.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * The font an HTML report embeds, read back by a TrueType implementation we did not write
 * (the JDK's font scaler): every character of the page has the same outline as in the full
 * font, and characters the page does not use are absent.
 */
class FallbackFontTest {

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);

  @Test
  void aReportEmbedsTheGlyphsOfItsOwnCharactersOnly() throws Exception {
    System.setProperty("java.awt.headless", "true");
    DatasetValidator validator = DatasetValidator.builder().locale(Locale.TRADITIONAL_CHINESE).serviceLoader(null).build();
    ValidationReport report = validator.validate(Fixtures.dataset());
    String html = ReportWriter.of(report, validator).input("交付/清廉單元.json").build().toString(ReportFormat.HTML);

    Matcher embedded = Pattern.compile("base64,([A-Za-z0-9+/=]+)\\)").matcher(html);
    assertTrue(embedded.find(), "the bundled font is on the test class path, so the page embeds a subset");
    byte[] subset = Base64.getDecoder().decode(embedded.group(1));
    Font cut = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(subset)).deriveFont(100f);
    Font full = Font.createFont(Font.TRUETYPE_FONT, FallbackFont.class.getClassLoader()
        .getResourceAsStream("org/qinglian/report/fonts/DroidSansFallbackFull.ttf")).deriveFont(100f);

    String visible = html.substring(html.indexOf("<title>")).replaceAll("<style>.*?</style>", "");
    TreeSet<Integer> used = new TreeSet<>();
    visible.codePoints().filter(c -> c > 0x7F).forEach(used::add);
    assertTrue(used.contains((int) '單') && used.contains((int) '報'), "traditional characters from data and labels");
    for (int codePoint : used) {
      String character = Character.toString(codePoint);
      assertEquals(full.canDisplay(codePoint), cut.canDisplay(codePoint), character);
      if (full.canDisplay(codePoint)) {
        assertEquals(outline(full, character), outline(cut, character), character);
        assertEquals(full.createGlyphVector(CONTEXT, character).getGlyphMetrics(0).getAdvance(),
            cut.createGlyphVector(CONTEXT, character).getGlyphMetrics(0).getAdvance(), character);
      }
    }
    assertFalse(cut.canDisplay('龘'), "a character the page does not use is not carried");
    assertTrue(subset.length < 1_500 * used.size(), subset.length + " bytes for " + used.size() + " characters");
  }

  @Test
  void noFontWhenAskedForNoneOrWhenTheFontHasNoneOfThePagesCharacters() throws Exception {
    DatasetValidator validator = DatasetValidator.builder().locale(Locale.ENGLISH).serviceLoader(null).build();
    ValidationReport report = validator.validate(Fixtures.dataset());
    assertFalse(ReportWriter.of(report, validator).noFallbackFont().build().toString(ReportFormat.HTML)
        .contains("@font-face"));
    String english = ReportWriter.of(report, validator).input("upload.json").build().toString(ReportFormat.HTML);
    // A clean report in English shows no names from the data: only labels and punctuation.
    Font full = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bundled()));
    assertEquals(english.codePoints().anyMatch(c -> c > 0x7F && full.canDisplay(c)), english.contains("@font-face"));
    assertTrue(ReportWriter.of(report, DatasetValidator.builder().serviceLoader(null).build()).build()
        .toString(ReportFormat.HTML).contains("@font-face"), "a Chinese page carries a font");
  }

  @Test
  void aFontThatIsNotTrueTypeIsRefusedWithAReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FallbackFont.of("OTTO not a glyf font".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertTrue(e.getMessage().contains("TrueType"), e.getMessage());
    byte[] truncated = java.util.Arrays.copyOf(bundled(), 400);
    assertThrows(IllegalArgumentException.class, () -> FallbackFont.of(truncated));
  }

  @Test
  void aCallerCanGiveItsOwnFont() {
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ValidationReport report = validator.validate(Fixtures.dataset());
    String html = ReportWriter.of(report, validator).fallbackFont(FallbackFont.of(bundled())).build()
        .toString(ReportFormat.HTML);
    assertTrue(html.contains("@font-face"));
    assertArrayEquals(bundled(), bundled(), "the given bytes are copied, not kept");
  }

  private static byte[] bundled() {
    try (var in = FallbackFont.class.getClassLoader().getResourceAsStream("org/qinglian/report/fonts/DroidSansFallbackFull.ttf")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Double> outline(Font font, String character) {
    List<Double> points = new ArrayList<>();
    PathIterator path = font.createGlyphVector(CONTEXT, character).getOutline().getPathIterator(null);
    double[] coordinates = new double[6];
    while (!path.isDone()) {
      int type = path.currentSegment(coordinates);
      points.add((double) type);
      for (double c : coordinates) {
        points.add(Math.rint(c * 1000) / 1000);
      }
      path.next();
    }
    return points;
  }
}
