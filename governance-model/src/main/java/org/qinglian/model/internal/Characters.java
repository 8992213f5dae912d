package org.qinglian.model.internal;

/**
 * 文本字符 — the one test of what text may hold, for the readers, the validator's gate and the
 * reports alike: no C0 control character but tab, line feed and carriage return, no DEL, no half
 * of a surrogate pair (see {@code org.qinglian.model.constraint.TextCharacters}).
 */
public final class Characters {

  private Characters() {}

  /**
   * {@return the index of the first character from {@code from} on that text may not hold, or -1}
   *
   * @param text the text
   * @param from where to start; not the low half of a pair whose high half stands before it
   */
  public static int firstDisallowed(CharSequence text, int from) {
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != 0x7F && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
          || c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }
}
