package org.qinglian.validation;

/**
 * 64-bit fingerprints of ids, so that the indexes of a validation hold eight bytes an id
 * instead of the id. Two different ids share a fingerprint with a probability of about
 * n²/2⁶⁵ — for ten million ids, about three in a million for the whole dataset — which
 * would hide one {@code REF_MISSING} or report one false {@code ID_DUPLICATE}.
 */
final class Ids {

  private Ids() {}

  /** FNV-1a over the characters, then the MurmurHash3 finaliser for a good spread. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= id.length();
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** A second, independent fingerprint for when 32 bits are enough. */
  static int hash32(String id) {
    return (int) (hash(id) >>> 17);
  }

  /** The table slot of a fingerprint. */
  static int spread(long key) {
    return (int) (key ^ (key >>> 32)) * 0x9E3779B9;
  }
}
