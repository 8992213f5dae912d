package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf16Columns} against the definition: for random text (ASCII runs, CJK, emoji, CR, LF,
 * CRLF, an optional byte-order mark) read in random chunk sizes, the column of every character
 * start asked for in order equals the UTF-16 length of the decoded text since the last line
 * end, plus one.
 */
class Utf16ColumnsPropertiesTest {

  private static final String[] PIECES = {"a", "{\"id\":\"U-1\",", "0123456789abcdef", " ", "名", "清廉单元", "😀",
      "\n", "\r", "\r\n", "é", "\u3000", "x".repeat(40),
      "清廉建设监督检查整改问责", "整改😀𠮷落实", "ü中😀a"};

  @Test
  void everyColumnIsTheUtf16LengthSinceTheLineStart() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      try {
        check(seed);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static void check(long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
    int pieces = random.nextInt(4) == 0 ? 20_000 : 1 + random.nextInt(400); // some past the 128 KiB kept
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Utf16Columns columns = new Utf16Columns(new ByteArrayInputStream(bytes));
    byte[] chunk = new byte[1 + random.nextInt(9000)];
    int read = 0;
    String decoded = text.toString();
    boolean mark = decoded.startsWith("\uFEFF"); // no token starts inside the byte-order mark
    int offset = mark ? 3 : 0;
    int charIndex = mark ? 1 : 0;
    while (offset < bytes.length) {
      // The parser reads ahead of the token, but not by more than its buffer.
      while (read < bytes.length && read < offset + 4000) {
        int n = columns.read(chunk, 0, Math.min(chunk.length, 1 + random.nextInt(chunk.length)));
        read += Math.max(n, 0);
      }
      int expected = expectedColumn(decoded, charIndex);
      JsonLocation at = new JsonLocation(ContentReference.unknown(), offset, -1L, 1, 1);
      int at0 = offset;
      assertEquals(expected, columns.column(at), () -> "seed " + seed + ", byte " + at0);
      // Next character start.
      int codePoint = decoded.codePointAt(charIndex);
      offset += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      charIndex += Character.charCount(codePoint);
      // Not every character is a token; long gaps are counted eight bytes at a time.
      int skip = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(8);
      for (int s = 0; s < skip && charIndex < decoded.length(); s++) {
        codePoint = decoded.codePointAt(charIndex);
        offset += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
        charIndex += Character.charCount(codePoint);
      }
    }
  }

  /** The column of the character at {@code index}: UTF-16 units since the last CR or LF, a leading BOM not counted. */
  private static int expectedColumn(String text, int index) {
    int start = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
    if (start == 0 && text.startsWith("\uFEFF")) {
      start = 1;
    }
    return index - start + 1;
  }
}
