package org.qinglian.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * CSV 的行 — the rows of a CSV file in UTF-8 or GB18030 (RFC 4180: comma, double quote, CR, LF or
 * CRLF), split on its bytes and decoded a cell at a time. Both encodings write the comma, the
 * quote and the line breaks as single bytes that no other character contains, so splitting
 * bytes splits characters nowhere. A file in any other encoding reaches it transcoded to UTF-8
 * ({@link Utf8Transcoding}).
 *
 * <p>It reads what FastCSV's reader reads with empty lines skipped, nothing allowed after a
 * closing quote and the same limit of fields a row: the same cells and the same starting line numbers, which
 * {@code CsvRowsTest} holds it to on random text; except that a bare CR inside a quoted cell is
 * one line break like any other, where FastCSV 4.1 waits for an LF to pair it with and, when the
 * cell's closing quote is followed by one, loses the cell and joins two rows. Why not FastCSV
 * otherwise: it decodes the whole file to characters and copies every cell out of them again, a
 * third of the reading thread's time on a large package; bytes split first are decoded once, and
 * ASCII cells (ids, dates, codes) are only copied. The scan also notes whether a row holds a
 * control character, so the binders need not look for one in every text cell of every row.
 *
 * <p>Decoding is strict: bytes that do not decode stop the file with a
 * {@link CharacterCodingException}, never a replacement character. A cell longer than
 * {@code maxCellBytes}, a row with more than {@link #MAX_FIELDS} cells or a character after a
 * closing quote stops it with a {@link Malformed}.
 */
final class CsvRows {

  /** Cells a row may hold, as FastCSV allows. */
  static final int MAX_FIELDS = 16 * 1024;

  private static final int READ_SIZE = 1 << 16;

  /** What stops reading a file that is not CSV (a character after a closing quote, a row too long). */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean tooLong;

    Malformed(String message, boolean tooLong) {
      super(message, null, false, false);
      this.tooLong = tooLong;
    }

    /** Whether a row outgrew the reader's buffer (an unclosed quote, mostly). */
    boolean tooLong() {
      return tooLong;
    }
  }

  private final InputStream in;
  private final int maxCellBytes;
  private final boolean utf8;
  private final CharsetDecoder decoder;
  private byte[] buf = new byte[2 * READ_SIZE];
  private int len;
  private boolean eof;
  /** The first byte of the cell being read: reading more keeps the buffer from here on. */
  private int s;
  /** The next byte to look at. */
  private int p;
  private byte[] unescaped = new byte[256];

  private String[] fields = new String[32];
  private int count;
  private boolean control;
  private long line;
  private int lines = 1;

  /** Whether {@code charset} is one this reader splits on bytes: UTF-8, GB18030 and its subsets GBK and GB2312. */
  static boolean reads(Charset charset) {
    String name = charset.name();
    return charset.equals(StandardCharsets.UTF_8) || name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312");
  }

  CsvRows(InputStream in, Charset charset, int maxCellBytes) {
    if (!reads(charset)) {
      throw new IllegalArgumentException(charset + " is not split on bytes");
    }
    this.in = in;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.maxCellBytes = Math.max(maxCellBytes, 2 * READ_SIZE);
  }

  /** Reads the next row that is not an empty line; false at the end of the file. */
  boolean next() throws IOException {
    while (true) {
      line += lines;
      lines = 1;
      int state = row();
      if (state == END) {
        return false;
      }
      if (state == ROW) {
        return true;
      }
    }
  }

  /** The line the row starts on (1 for the first; a quoted cell may hold line breaks). */
  long line() {
    return line;
  }

  /** The row's cells, a list of its own that nothing changes later. */
  List<String> cells() {
    return Arrays.asList(Arrays.copyOf(fields, count));
  }

  int cellCount() {
    return count;
  }

  /**
   * Whether the row holds a C0 control character other than tab, line feed and carriage return,
   * or DEL (the characters {@link Fields} reports): false means no cell of it needs a look.
   */
  boolean mayHoldControl() {
    return control;
  }

  private static final int END = 0;
  private static final int ROW = 1;
  private static final int EMPTY = 2;

  private int row() throws IOException {
    count = 0;
    control = false;
    s = p;
    if (!more()) {
      return END;
    }
    while (true) { // a cell a turn; s and p at its first byte
      if (!more()) {
        add(""); // after a comma at the end of the file
        return ROW;
      }
      if (buf[p] == '"') {
        // Quoted: to a quote not followed by another, then a comma, a line break or the end.
        p++;
        boolean escapes = false;
        while (true) {
          if (!more()) {
            addQuoted(s + 1, p, escapes, true); // no closing quote: the rest of the file is the cell
            return ROW;
          }
          byte c = buf[p];
          if (c == '"') {
            p++;
            if (!more()) {
              addQuoted(s + 1, p - 1, escapes, false);
              return ROW;
            }
            if (buf[p] == '"') {
              escapes = true;
              p++;
              continue;
            }
            addQuoted(s + 1, p - 1, escapes, false);
            break;
          }
          if (c == '\r') {
            lines++;
          } else if (c == '\n') {
            if (buf[p - 1] != '\r') {
              lines++;
            }
          } else if ((c & 0xE0) == 0 && c != '\t' || c == 0x7F) {
            control = true;
          }
          p++;
        }
        byte c = buf[p];
        if (c == ',') {
          s = ++p;
          continue;
        }
        if (c == '\r' || c == '\n') {
          endOfLine();
          return ROW;
        }
        throw new Malformed(String.format("a character after a closing quote, U+%04X, in the row from line %d",
            decodedAt(p), line), false);
      }
      // Unquoted: to a comma, a line break or the end (a quote inside is text).
      int at = p;
      while (true) {
        byte[] b = buf;
        int l = len;
        while (at < l) {
          byte c = b[at];
          if ((c & 0xE0) == 0 || c == 0x7F) {
            if (c == '\r' || c == '\n') {
              break;
            }
            if (c != '\t') {
              control = true;
            }
          } else if (c == ',') {
            break;
          }
          at++;
        }
        if (at < l) {
          break;
        }
        p = at;
        if (!more()) {
          break;
        }
        at = p;
      }
      p = at;
      if (p >= len) {
        add(s, p); // the end of the file
        return ROW;
      }
      if (buf[p] == ',') {
        add(s, p);
        s = ++p;
        continue;
      }
      if (count == 0 && p == s) {
        endOfLine();
        return EMPTY;
      }
      add(s, p);
      endOfLine();
      return ROW;
    }
  }

  /** Past the line break at {@code p} (CR, LF or CRLF). */
  private void endOfLine() throws IOException {
    if (buf[p++] == '\r') {
      s = p;
      if (more() && buf[p] == '\n') {
        p++;
      }
    }
  }

  /** Whether the byte at {@code p} is there, reading more when it is not (which may move the buffer's content). */
  private boolean more() throws IOException {
    while (p >= len) {
      if (eof) {
        return false;
      }
      fill();
    }
    return true;
  }

  /** Moves the cell from {@code s} to the buffer's front and reads more after it. */
  private void fill() throws IOException {
    int kept = len - s;
    if (buf.length - kept < READ_SIZE) {
      if (kept + READ_SIZE > maxCellBytes) {
        throw new Malformed(String.format("a cell in the row from line %d longer than the reader's buffer size (%d bytes);"
            + " a quote opened and never closed, most likely", line, maxCellBytes), true);
      }
      byte[] larger = new byte[Math.min(maxCellBytes, Math.max(buf.length * 2, kept + READ_SIZE))];
      System.arraycopy(buf, s, larger, 0, kept);
      buf = larger;
    } else if (buf.length - len < READ_SIZE) {
      System.arraycopy(buf, s, buf, 0, kept);
    } else {
      kept = -1; // room enough after what is there: nothing moves
    }
    if (kept >= 0) {
      p -= s;
      s = 0;
      len = kept;
    }
    int n = in.read(buf, len, buf.length - len);
    if (n < 0) {
      eof = true;
    } else {
      len += n;
    }
  }

  private void add(String cell) {
    if (count == fields.length) {
      if (count == MAX_FIELDS) {
        throw new Malformed(String.format("the row from line %d has more than %d cells", line, MAX_FIELDS), false);
      }
      fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, count * 2));
    }
    fields[count++] = cell;
  }

  private void add(int from, int to) throws CharacterCodingException {
    add(from == to ? "" : decode(buf, from, to - from));
  }

  /** A quoted cell's bytes between its quotes, each pair of quotes taken as one. */
  private void addQuoted(int from, int to, boolean escapes, boolean unclosed) throws CharacterCodingException {
    if (unclosed && to > from && buf[to - 1] == '"') {
      to--; // the file ends on a quote that closes nothing
    }
    if (!escapes && !unclosed) {
      add(from, to);
      return;
    }
    if (unescaped.length < to - from) {
      unescaped = new byte[Math.max(to - from, unescaped.length * 2)];
    }
    int n = 0;
    boolean skip = true;
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b == '"') {
        skip = !skip;
        if (!skip) {
          continue;
        }
      }
      unescaped[n++] = b;
    }
    add(n == 0 ? "" : decode(unescaped, 0, n));
  }

  /**
   * The JDK decodes valid UTF-8 fastest through {@code new String}, which replaces what is not
   * UTF-8 by U+FFFD; only a cell that then holds one is decoded again strictly, to tell a real
   * U+FFFD from bytes that are not UTF-8. GB18030 text is decoded strictly at once.
   */
  private String decode(byte[] bytes, int from, int length) throws CharacterCodingException {
    if (utf8) {
      String text = new String(bytes, from, length, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        strictly(bytes, from, length);
      }
      return text;
    }
    return strictly(bytes, from, length);
  }

  private String strictly(byte[] bytes, int from, int length) throws CharacterCodingException {
    decoder.reset();
    return decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
  }

  /** The character at {@code at}, for a message (the byte itself when it starts no character). */
  private int decodedAt(int at) {
    int b = buf[at] & 0xFF;
    String s = new String(buf, at, Math.min(4, len - at), decoder.charset());
    return s.isEmpty() || s.charAt(0) == '\uFFFD' ? b : s.codePointAt(0);
  }
}
