package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Utf8Transcoding} against the JDK's own {@code new String(bytes, charset)}: random text in
 * encodings that the CSV reader does not split on bytes, including UTF-16, whose bytes hold the
 * comma's and the line break's byte inside other characters, fed a few bytes a read, comes out as
 * the same text's UTF-8; and bytes that do not decode stop it only after what came before them.
 */
class Utf8TranscodingTest {

  private static final List<String> PIECES = List.of(",", "\"", "\r", "\n", "a", "U-1", "第一黨支部", "党", "é", "😀",
      "ア", "\u2C00", " ", "\u0000");

  private static final List<Charset> CHARSETS = List.of(Charset.forName("Big5"), Charset.forName("Big5-HKSCS"),
      Charset.forName("Shift_JIS"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("windows-1252"),
      StandardCharsets.UTF_8, Charset.forName("GB18030"));

  @Test
  void givesTheTextAsUtf8() {
    Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 3000).map(parts -> String.join("", parts));
    qt().withExamples(2_000).forAll(texts, integers().between(1, 9), Generate.pick(CHARSETS))
        .checkAssert((text, chunk, charset) -> {
          String encodable = encodable(text, charset);
          byte[] bytes = encodable.getBytes(charset);
          assertArrayEquals(encodable.getBytes(StandardCharsets.UTF_8), transcode(bytes, charset, chunk),
              () -> encodable + " in " + charset);
        });
  }

  @Test
  void bytesThatDoNotDecodeStopItAfterWhatCameBefore() throws IOException {
    Charset big5 = Charset.forName("Big5");
    byte[] good = "第一黨支部,U-1\n".repeat(2000).getBytes(big5); // more than one buffer of the transcoder
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF; // no Big5 character begins with it
    bytes[good.length + 1] = 'x';
    bytes[good.length + 2] = '\n';
    InputStream in = new Utf8Transcoding(new Chunks(bytes, 5), big5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[3];
    assertThrows(CharacterCodingException.class, () -> {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    });
    assertEquals(new String(good, big5), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCharacterCutAtTheEndIsAnError() {
    byte[] cut = {'a', (byte) 0xA4}; // the first byte of a two-byte Big5 character, then the end
    assertThrows(CharacterCodingException.class,
        () -> new Utf8Transcoding(new ByteArrayInputStream(cut), Charset.forName("Big5")).readAllBytes());
  }

  private static String encodable(String text, Charset charset) {
    StringBuilder kept = new StringBuilder();
    java.nio.charset.CharsetEncoder encoder = charset.newEncoder();
    text.codePoints().filter(c -> encoder.canEncode(Character.toString(c))).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static byte[] transcode(byte[] bytes, Charset charset, int chunk) {
    try (InputStream in = new Utf8Transcoding(new Chunks(bytes, chunk), charset)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[chunk + 2];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that gives at most {@code chunk} bytes a read, as a network or a ZIP entry may. */
  private static final class Chunks extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int at;

    Chunks(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
