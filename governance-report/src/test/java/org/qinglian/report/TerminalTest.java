package org.qinglian.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What {@link Terminal#safe} shows as {@code \\uXXXX}, and what it leaves as it is. */
class TerminalTest {

  @Test
  void controlsOverridesAndHalvesOfSurrogatePairsAreShownAsEscapes() {
    assertEquals("a\\u001Bb\\u000Ac", Terminal.safe("a\u001Bb\nc"));
    assertEquals("\\u202Eevil", Terminal.safe("\u202Eevil"));
    assertEquals("纪委\\uD800", Terminal.safe("纪委\uD800"));
    assertEquals("\\uDC00纪委", Terminal.safe("\uDC00纪委"));
    assertEquals("\\uDC00\\uD800", Terminal.safe("\uDC00\uD800"));
    assertEquals("\\u0001😀\\uD83D", Terminal.safe("\u0001😀\uD83D"));
  }

  @Test
  void safeTextIsReturnedAsItIs() {
    String text = "清廉 𠮷 😀 café\ttab";
    assertEquals("清廉 𠮷 😀 café\\u0009tab", Terminal.safe(text));
    String clean = "清廉 𠮷 😀 café";
    assertSame(clean, Terminal.safe(clean));
  }
}
