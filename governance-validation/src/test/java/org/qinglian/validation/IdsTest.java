package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The id fingerprint is SipHash-2-4: the reference vectors hold, and the key matters. */
class IdsTest {

  private static final long K0 = 0x0706050403020100L;
  private static final long K1 = 0x0f0e0d0c0b0a0908L;

  /** Key 00..0f, message 00..n-1 (vectors.h of the SipHash reference code, even lengths). */
  @Test
  void referenceVectors() {
    long[] expected = {0x726fdb47dd0e0e31L, 0x0d6c8009d9a94f5aL, 0xcf2794e0277187b7L, 0xcbc9466e58fee3ceL,
        0x93f5f5799a932462L, 0x7a5dbbc594ddb9f3L, 0x751e8fbc860ee5fbL, 0xf723ca908e7af2eeL, 0x3f2acc7f57c29bdbL};
    for (int n = 0; n < expected.length; n++) {
      byte[] bytes = new byte[2 * n];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
      String text = new String(bytes, StandardCharsets.UTF_16LE);
      assertEquals(expected[n], Ids.sipHash24(K0, K1, text), "message of " + bytes.length + " bytes");
    }
  }

  @Test
  void theFingerprintIsStableInARunAndDependsOnTheKey() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40), Generate.longRange(1, Long.MAX_VALUE))
        .checkAssert((id, key) -> {
          assertEquals(Ids.hash(id), Ids.hash(new String(id.toCharArray())));
          assertNotEquals(Ids.sipHash24(K0, K1, id), Ids.sipHash24(K0 ^ key, K1, id), id);
        });
  }
}
