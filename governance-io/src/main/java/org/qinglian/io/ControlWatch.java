package org.qinglian.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * 控制字符监视 — passes a CSV file's characters through and notes whether any read so far is a
 * control character no value may hold (as {@link Fields#controlCharacter}). Until one is seen,
 * no cell read can hold one, and the binders need not look at every character of every value
 * again: one pass over each buffer the decoder fills costs less than a pass over every value.
 */
final class ControlWatch extends FilterReader {

  private boolean seen;

  ControlWatch(Reader in) {
    super(in);
  }

  /** Whether a control character has been read; once true, it stays true. */
  boolean seen() {
    return seen;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0 && !seen) {
      seen = isControl((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0 && !seen) {
      seen = anyControl(buffer, offset, offset + n);
    }
    return n;
  }

  private static boolean anyControl(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = buffer[i];
      // Most characters are at 0x20 or above and not DEL: one comparison each, in a loop that stays small.
      if (c < 0x20 || c == 0x7F) {
        if (isControl(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  }
}
