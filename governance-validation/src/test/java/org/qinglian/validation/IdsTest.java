package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The id fingerprint is SipHash-1-3: the reference vectors hold, and the key matters. */
class IdsTest {

  private static final long K0 = 0x0706050403020100L;
  private static final long K1 = 0x0f0e0d0c0b0a0908L;

  /**
   * Key 00..0f, message 00..n-1, even lengths: the SipHash-1-3 vectors of Rust's core library
   * tests, as computed by Guava's SipHashFunction(1, 3).
   */
  @Test
  void referenceVectors() {
    long[] expected = {0xabac0158050fc4dcL, 0x82cb9b024dc7d44dL, 0xcf75576088d38328L, 0xc50d2b50c59f22a7L,
        0x369095118d299a8eL, 0x79de85ee92ff097fL, 0x78a384b157b4d9a2L, 0x605aa111c0f95d34L, 0xcc4fdd1a7d908b66L};
    for (int n = 0; n < expected.length; n++) {
      byte[] bytes = new byte[2 * n];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
      String text = new String(bytes, StandardCharsets.UTF_16LE);
      assertEquals(expected[n], Ids.sipHash13(K0, K1, text), "message of " + bytes.length + " bytes");
    }
  }

  @Test
  void theFingerprintIsStableInARunAndDependsOnTheKey() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40), Generate.longRange(1, Long.MAX_VALUE))
        .checkAssert((id, key) -> {
          assertEquals(Ids.hash(id), Ids.hash(new String(id.toCharArray())));
          assertNotEquals(Ids.sipHash13(K0, K1, id), Ids.sipHash13(K0 ^ key, K1, id), id);
        });
  }

  @Test
  void theKeyComesFromTheSystemsGeneratorWhereItIsAFile() {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/dev/urandom")),
        "no /dev/urandom here: SecureRandom draws the key");
    long[] first = Ids.systemKey();
    long[] second = Ids.systemKey();
    assertEquals(2, first.length);
    assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));
  }

  @Test
  void theIndexRemembersFingerprintsWithoutMixingThemUp() {
    // Ids of one record and of the next, some the same string, some equal strings, more than it remembers.
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 11)).ofSizeBetween(0, 40))
        .checkAssert(picks -> {
          Index index = new Index();
          String[] ids = new String[12];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = "U-" + i;
          }
          int n = 0;
          for (int pick : picks) {
            String id = n % 3 == 0 ? new String(ids[pick]) : ids[pick];
            assertEquals(Ids.hash(id), index.hashOf(id), id);
            assertEquals(Ids.hash32(id), index.hash32Of(id), id);
            if (++n % 7 == 0) {
              index.add(org.qinglian.model.fixtures.Fixtures.organ()); // the next record
            }
          }
        });
  }
}
