package org.qinglian.report;

/**
 * 终端安全文本 — text from an exchange made safe for a terminal or a build log: control characters (escape
 * sequences, carriage returns, line breaks), Unicode bidirectional overrides and isolates,
 * and line or paragraph separators are shown as {@code \\uXXXX}, so a value can neither
 * move the cursor, recolour the screen, reorder what is shown, nor forge a line of its own
 * such as a false {@code result: valid}. So is half of a surrogate pair, which no terminal
 * encoding can show (it would be a {@code ?}).
 */
public final class Terminal {

  private Terminal() {}

  /**
   * {@return the text with every unsafe character shown as {@code \\uXXXX}}
   *
   * @param text any text
   */
  public static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (unsafe(c) || Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
  }
}
