package org.qinglian.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Columns as editors and SARIF count them — UTF-16 code units from the start of the line —
 * where Jackson, reading bytes, counts bytes: in {@code "名称":"X"} the X stands at column 7,
 * not 11. Wraps the stream the parser reads, keeps the last 128 KiB of it, and counts code units
 * with a cursor that follows the parser's tokens, so each byte is counted about once.
 */
final class Utf16Columns extends FilterInputStream implements JsonRecordParser.Columns {

  private static final int SIZE = 1 << 17;
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final int MASK = SIZE - 1;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final byte[] ring = new byte[SIZE];
  private long end;
  private long cursor;
  private long unitsAtCursor;
  private long unitsAtLineStart;
  private long lineStart;
  /** The offset of the last backslash before {@link #cursor}, or -1. */
  private long lastBackslash = -1;
  /** The offset of the first byte before {@link #cursor} that is not UTF-8 though Jackson decodes it, or -1. */
  private long invalidAt = -1;
  /** A lead byte whose second byte was not yet read ({@link #checkLead}), at {@link #pendingAt}; 0 when none. */
  private int pendingLead;
  private long pendingAt;

  Utf16Columns(InputStream in) {
    super(in);
  }

  /** The column of {@code at}; 0 (unknown) when its bytes are no longer kept. */
  @Override
  public int column(JsonLocation at) {
    long offset = at.getByteOffset();
    if (offset < 0) {
      return at.getColumnNr();
    }
    if (offset >= cursor && offset <= end) {
      advance(offset);
      return (int) (unitsAtCursor - unitsAtLineStart + 1);
    }
    if (offset < cursor && offset >= lineStart && offset >= end - SIZE) {
      long units = unitsAtCursor;
      for (long i = offset; i < cursor; i++) {
        units -= units(ring[(int) (i & MASK)]);
      }
      return (int) (units - unitsAtLineStart + 1);
    }
    if (offset < lineStart && offset >= end - SIZE) { // an earlier line, still kept: counted back to its start
      long units = 0;
      for (long i = offset - 1; i >= Math.max(0, end - SIZE); i--) {
        byte b = ring[(int) (i & MASK)];
        if (b == '\n' || b == '\r') {
          return (int) units + 1;
        }
        units += units(b);
      }
      if (end > SIZE) {
        return 0; // the line's start is no longer kept
      }
      return (int) (isByteOrderMark() && offset >= 3 ? units - 1 : units) + 1;
    }
    return 0;
  }

  @Override
  public long invalidUtf8Before(JsonLocation to) {
    long stop = to.getByteOffset();
    if (stop > cursor) {
      advance(Math.min(stop, end));
    }
    checkPending();
    return invalidAt >= 0 && (stop < 0 || invalidAt < stop) ? invalidAt : -1;
  }

  @Override
  public JsonLocation locationOf(long offset, JsonLocation after) {
    long stop = after.getByteOffset();
    if (offset < end - SIZE || stop < offset || stop > end) {
      return after;
    }
    int breaks = 0;
    for (long i = offset; i < stop; i++) {
      byte b = ring[(int) (i & MASK)];
      // Jackson counts \r, \n and \r\n as one line end each
      if (b == '\n' && (i == offset || ring[(int) ((i - 1) & MASK)] != '\r') || b == '\r') {
        breaks++;
      }
    }
    return new JsonLocation(after.contentReference(), offset, -1, after.getLineNr() - breaks, 0);
  }

  /**
   * Notes a byte that Jackson decodes though UTF-8 has no such form: {@code C0} and {@code C1}
   * (overlong two-byte forms), {@code F5} to {@code F7} (past U+10FFFF), and {@code E0}, {@code F0}
   * and {@code F4} when the byte after them makes an overlong form or a code point past U+10FFFF.
   * Jackson checks the continuation bytes itself and refuses {@code F8} to {@code FF}.
   */
  private void checkLead(byte b, long at) {
    int lead = b & 0xFF;
    if ((lead == 0xE0 || lead == 0xF0 || lead == 0xF4) && at + 1 >= end) {
      pendingLead = lead; // its second byte tells
      pendingAt = at;
    } else if (notUtf8(lead, at + 1 < end ? ring[(int) ((at + 1) & MASK)] & 0xFF : 0x80)) {
      invalid(at);
    }
  }

  /** Checks a lead byte {@link #checkLead} left for its second byte, once that has been read. */
  private void checkPending() {
    if (pendingLead != 0 && pendingAt + 1 < end) {
      if (notUtf8(pendingLead, ring[(int) ((pendingAt + 1) & MASK)] & 0xFF)) {
        invalid(pendingAt);
      }
      pendingLead = 0;
    }
  }

  /** Whether lead byte {@code lead} followed by {@code next} is a form UTF-8 does not have but Jackson decodes. */
  private static boolean notUtf8(int lead, int next) {
    return lead == 0xC0 || lead == 0xC1 || (lead >= 0xF5 && lead <= 0xF7) || (lead == 0xE0 && next < 0xA0)
        || (lead == 0xF0 && next < 0x90) || (lead == 0xF4 && next >= 0x90);
  }

  private void invalid(long at) {
    if (invalidAt < 0) {
      invalidAt = at;
    }
  }

  /**
   * Whether a backslash stands between the two locations: every byte before {@link #cursor} has
   * been looked at once, so it is known exactly once the cursor has passed {@code to}.
   */
  @Override
  public boolean escapedBetween(JsonLocation from, JsonLocation to) {
    long start = from.getByteOffset();
    long stop = to.getByteOffset();
    if (start < 0 || stop < start || stop > end) {
      return true;
    }
    if (stop > cursor) {
      advance(stop);
    }
    return lastBackslash >= start;
  }

  private void advance(long to) {
    if (cursor == 0 && to > 0 && isByteOrderMark()) {
      unitsAtCursor--; // the mark's lead byte is counted below; editors do not count the mark
    }
    checkPending();
    while (cursor < to) {
      int from = (int) (cursor & MASK);
      int stop = from + (int) Math.min(to - cursor, SIZE - from);
      long units = 0;
      int lastBreak = -1;
      long unitsAtBreak = 0;
      int i = from;
      // Eight bytes without a line end or backslash at a time: ASCII (ids, codes, dates) are eight units; in
      // other text (Chinese: three bytes a character) every byte but a continuation byte starts one.
      for (; i + 8 <= stop; i += 8) {
        long word = (long) LONGS.get(ring, i);
        long high = word & HIGH_BITS;
        if (high == 0) {
          // ASCII: one test for any byte below 0x0E (line ends among them; a tab goes the slow way too) and one
          // for a backslash, where other text needs three.
          if (!hasLess(word, 0x0E) && !hasByte(word, 0x5C5C5C5C5C5C5C5CL)) {
            units += 8;
            continue;
          }
        } else if (!hasByte(word, 0x0A0A0A0A0A0A0A0AL) && !hasByte(word, 0x0D0D0D0D0D0D0D0DL)
            && !hasByte(word, 0x5C5C5C5C5C5C5C5CL)
            && (word & (word << 1) & (word << 2) & (word << 3) & ~(word << 4) & HIGH_BITS) == 0
            && !hasByte(word & 0xFEFEFEFEFEFEFEFEL, 0xC0C0C0C0C0C0C0C0L) && !hasByte(word, 0xE0E0E0E0E0E0E0E0L)) {
          // No four-byte lead (11110xxx, two units) among them, and no lead that may start a form UTF-8
          // does not have (C0, C1, E0; see checkLead): count the continuations (10xxxxxx).
          units += 8 - Long.bitCount(high & ~(word << 1));
          continue;
        }
        for (int j = i; j < i + 8; j++) {
          byte b = ring[j];
          units += units(b);
          if (b == '\n' || b == '\r') { // Jackson counts \r, \n and \r\n as line ends
            lastBreak = j;
            unitsAtBreak = units;
          } else if (b == '\\') {
            lastBackslash = cursor + (j - from);
          } else if ((b & 0xC0) == 0xC0) { // a lead byte
            checkLead(b, cursor + (j - from));
          }
        }
      }
      for (; i < stop; i++) {
        byte b = ring[i];
        units += units(b);
        if (b == '\n' || b == '\r') {
          lastBreak = i;
          unitsAtBreak = units;
        } else if (b == '\\') {
          lastBackslash = cursor + (i - from);
        } else if ((b & 0xC0) == 0xC0) {
          checkLead(b, cursor + (i - from));
        }
      }
      if (lastBreak >= 0) {
        lineStart = cursor + (lastBreak - from) + 1;
        unitsAtLineStart = unitsAtCursor + unitsAtBreak;
      }
      unitsAtCursor += units;
      cursor += stop - from;
    }
  }

  /** Whether a byte of {@code word}, which holds only ASCII, is below {@code n} (at most 0x80; SWAR: no loop). */
  private static boolean hasLess(long word, int n) {
    return ((word - 0x0101010101010101L * n) & ~word & HIGH_BITS) != 0;
  }

  /** Whether a byte of {@code word} equals the byte {@code pattern} repeats (SWAR: no loop). */
  private static boolean hasByte(long word, long pattern) {
    long x = word ^ pattern;
    return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
  }

  /** UTF-16 code units a byte starts: none for a continuation byte, two for a four-byte sequence. */
  private static int units(byte b) {
    return b >= 0 ? 1 : (b & 0xC0) == 0x80 ? 0 : (b & 0xF8) == 0xF0 ? 2 : 1;
  }

  private boolean isByteOrderMark() {
    return end >= 3 && ring[1] == (byte) 0xBB && ring[2] == (byte) 0xBF;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      keep(buffer, offset, n);
    }
    return n;
  }

  /** Skipped bytes are read and kept too: offsets must stay those of the stream. */
  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  private void keep(byte[] bytes, int offset, int length) {
    for (int from = offset, left = length; left > 0; ) {
      int chunk = Math.min(left, SIZE);
      if (end + chunk - SIZE > cursor) {
        advance(end + chunk - SIZE); // count what is about to be overwritten
      }
      int at = (int) (end & MASK);
      int first = Math.min(chunk, SIZE - at);
      System.arraycopy(bytes, from, ring, at, first);
      System.arraycopy(bytes, from + first, ring, 0, chunk - first);
      end += chunk;
      from += chunk;
      left -= chunk;
    }
  }

  /** Columns within one JSON Lines line (the parser's offsets start at the line's first byte). */
  static JsonRecordParser.Columns inLine(byte[] line) {
    return new JsonRecordParser.Columns() {
      private int cursor;
      private long units;
      private long invalid = -2; // not looked for yet

      @Override
      public int column(JsonLocation at) {
        long offset = at.getByteOffset();
        if (offset < 0) {
          return at.getColumnNr();
        }
        if (offset < cursor) {
          cursor = 0;
          units = 0;
        }
        while (cursor < offset) {
          byte b = line[cursor++];
          units += units(b);
        }
        return (int) units + 1;
      }

      @Override
      public long invalidUtf8Before(JsonLocation to) {
        if (invalid == -2) {
          invalid = firstNotUtf8(line);
        }
        long stop = to.getByteOffset();
        return invalid >= 0 && (stop < 0 || invalid < stop) ? invalid : -1;
      }

      @Override
      public JsonLocation locationOf(long offset, JsonLocation after) {
        return new JsonLocation(after.contentReference(), offset, -1, after.getLineNr(), 0);
      }
    };
  }

  /** The first byte of {@code bytes} that {@link #checkLead} would note, or -1. */
  static int firstNotUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      if (i + 8 <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int lead = bytes[i] & 0xFF;
      if (lead >= 0xC0 && notUtf8(lead, i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0x80)) {
        return i;
      }
      i++;
    }
    return -1;
  }
}
