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
  private static final int MASK = SIZE - 1;

  private final byte[] ring = new byte[SIZE];
  private long end;
  private long cursor;
  private long unitsAtCursor;
  private long unitsAtLineStart;
  private long lineStart;

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
        units -= units(ring[(int) (i & MASK)], i);
      }
      return (int) (units - unitsAtLineStart + 1);
    }
    return 0;
  }

  private void advance(long to) {
    while (cursor < to) {
      byte b = ring[(int) (cursor & MASK)];
      unitsAtCursor += units(b, cursor);
      cursor++;
      if (b == '\n' || b == '\r') { // Jackson counts \r, \n and \r\n as line ends
        lineStart = cursor;
        unitsAtLineStart = unitsAtCursor;
      }
    }
  }

  /** UTF-16 code units a byte starts: none for continuation bytes and a leading byte-order mark. */
  private int units(byte b, long at) {
    if ((b & 0xC0) == 0x80 || at == 0 && b == (byte) 0xEF && isByteOrderMark()) {
      return 0;
    }
    return (b & 0xF8) == 0xF0 ? 2 : 1;
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
          units += (b & 0xC0) == 0x80 ? 0 : (b & 0xF8) == 0xF0 ? 2 : 1;
        }
        return (int) units + 1;
      }
    };
  }
}
