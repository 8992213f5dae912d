package org.qinglian.validation;

import java.security.SecureRandom;
import java.util.Random;

/**
 * 64-bit fingerprints of ids, so that the indexes of a validation hold eight bytes an id
 * instead of the id. Two different ids share a fingerprint with a probability of about
 * n²/2⁶⁵ — for ten million ids, about three in a million for the whole dataset — which
 * would hide one {@code REF_MISSING} or report one false {@code ID_DUPLICATE}.
 *
 * <p>The fingerprint is SipHash-1-3 of the id's UTF-16LE bytes under a key drawn at random
 * when the class loads: a producer who wants to hide a dangling reference behind an id that
 * collides with an existing one cannot compute such a pair without the key. Nothing that is
 * reported depends on fingerprint values, so reports stay the same from run to run.
 */
final class Ids {

  private static final long K0;
  private static final long K1;

  static {
    long[] key = systemKey();
    if (key == null) {
      Random random = new SecureRandom();
      key = new long[] {random.nextLong(), random.nextLong()};
    }
    K0 = key[0];
    K1 = key[1];
  }

  /**
   * Sixteen bytes of the operating system's generator, where it is a file (Linux, macOS) — what
   * {@code SecureRandom} reads there too, without starting the security providers, which a short
   * run pays about 10 ms for; {@code null} elsewhere (Windows), where {@code SecureRandom} draws it.
   */
  static long[] systemKey() {
    try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
      byte[] bytes = in.readNBytes(16);
      if (bytes.length < 16) {
        return null;
      }
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
      return new long[] {buffer.getLong(), buffer.getLong()};
    } catch (java.io.IOException | SecurityException e) {
      return null;
    }
  }

  private Ids() {}

  /** The keyed fingerprint of an id. */
  static long hash(String id) {
    return sipHash13(K0, K1, id);
  }

  /** A second fingerprint, 32 bits of the first, for tables where 32 bits are enough. */
  static int hash32(String id) {
    return hash32(hash(id));
  }

  /** {@link #hash32(String)} of an id whose {@link #hash} is {@code hash}. */
  static int hash32(long hash) {
    return (int) (hash >>> 17);
  }

  /**
   * SipHash-1-3 (Aumasson and Bernstein's SipHash with one compression and three finalisation
   * rounds, as Rust's hash maps use it) over the UTF-16LE bytes of {@code text}: four
   * chars make one little-endian word; the last word carries the rest and the byte length.
   */
  static long sipHash13(long k0, long k1, String text) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int length = text.length();
    int whole = length & ~3;
    // Words 0 .. whole/4 - 1 from the text, then the last word, then the finalisation.
    for (int at = 0; at <= whole + 4; at += 4) {
      boolean finish = at > whole;
      long m = 0;
      if (at < whole) {
        m = text.charAt(at) | (long) text.charAt(at + 1) << 16 | (long) text.charAt(at + 2) << 32
            | (long) text.charAt(at + 3) << 48;
      } else if (!finish) {
        m = (long) (length * 2) << 56;
        for (int i = whole; i < length; i++) {
          m |= (long) text.charAt(i) << (16 * (i - whole));
        }
      }
      if (finish) {
        v2 ^= 0xff;
      } else {
        v3 ^= m;
      }
      for (int round = finish ? 3 : 1; round > 0; round--) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }

  /** The table slot of a fingerprint. */
  static int spread(long key) {
    return (int) (key ^ (key >>> 32)) * 0x9E3779B9;
  }
}
