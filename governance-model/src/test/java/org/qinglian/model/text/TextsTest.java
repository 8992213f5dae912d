package org.qinglian.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void charactersTextMayNotHoldAreShownAsEscapesWhereTheyStand() {
    assertEquals("财\\u0000政\\u000B局\\u001B\\u007F", Texts.render("财\u0000政\u000B局\u001B\u007F", Locale.ROOT));
    assertEquals("半\\uD800对\\uDC00", Texts.wire("半\uD800对\uDC00"));
    assertEquals("\\uDC00\\uD800", Texts.wire("\uDC00\uD800"), "a low half before a high one is no pair");
  }

  @Test
  void textItselfIsLeftAlone() {
    String text = "一\t二\r\n三 \uD840\uDC00 😀 \u0085\u2028\u00A0";
    assertSame(text, Texts.visible(text));
    assertEquals(text, Texts.render(text, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void longValuesAreCutAfterEscaping() {
    String rendered = Texts.render("\u0001".repeat(30), Locale.ROOT);
    assertEquals("\\u0001".repeat(16) + "\\u00…", rendered);
  }
}
