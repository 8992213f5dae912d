package org.qinglian.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 后备字体 — a TrueType font that HTML reports embed, cut down to the characters each report
 * uses, so that a report opened where no Chinese font is installed (a CI runner, a minimal
 * Linux desktop) shows characters instead of boxes. Installed fonts still come first: the
 * embedded one only fills in what they lack.
 *
 * <p>{@link #bundled()} is Droid Sans Fallback (Apache-2.0), shipped in the separate
 * {@code governance-report-fonts} artifact so that embedders who never write HTML do not
 * carry its 4 MB. A subset adds roughly 1 KB per distinct character to a report.
 */
public final class FallbackFont {

  private static final String BUNDLED = "org/qinglian/report/fonts/DroidSansFallbackFull.ttf";

  private final byte[] trueType;

  private FallbackFont(byte[] trueType) {
    this.trueType = trueType;
  }

  /**
   * A font from the bytes of a TrueType file with glyph outlines ({@code glyf}); CFF-based
   * OpenType fonts ({@code .otf}, most Noto CJK files) are refused.
   *
   * @param trueType the bytes of a {@code .ttf} file
   * @return the font
   * @throws IllegalArgumentException when the bytes are not such a font
   */
  public static FallbackFont of(byte[] trueType) {
    byte[] copy = Objects.requireNonNull(trueType).clone();
    FontSubset.of(copy, new TreeSet<>()); // refuses what it cannot cut
    return new FallbackFont(copy);
  }

  /** {@return the font of {@code governance-report-fonts} when that artifact is on the class path} */
  public static Optional<FallbackFont> bundled() {
    return Optional.ofNullable(Bundled.FONT);
  }

  private static final class Bundled { // loaded on first use, once
    static final FallbackFont FONT = load();

    private static FallbackFont load() {
      ClassLoader loader = FallbackFont.class.getClassLoader();
      try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(BUNDLED) : loader.getResourceAsStream(BUNDLED)) {
        return in == null ? null : new FallbackFont(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The glyphs of the characters of {@code text} beyond ASCII (which every system font has), if the font has any. */
  static Optional<byte[]> subset(FallbackFont font, String text) {
    SortedSet<Integer> codePoints = new TreeSet<>();
    text.codePoints().filter(c -> c > 0x7F).forEach(codePoints::add);
    return codePoints.isEmpty() ? Optional.empty() : FontSubset.of(font.trueType, codePoints);
  }
}
