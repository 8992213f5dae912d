package org.qinglian.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Chooses the encoding of a CSV file: a UTF-8 byte-order mark means UTF-8; otherwise the
 * first MiB is tried as strict UTF-8, and GB18030 (which contains GBK, what Excel writes on
 * Chinese Windows) is taken when it is not UTF-8. Decoding is strict either way: a byte that
 * does not decode is a read error, never a silent replacement character.
 */
final class CsvEncoding {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SAMPLE = 1 << 20;

  private CsvEncoding() {}

  /** The file's encoding, and its bytes after any byte-order mark (decoded strictly by whoever reads them). */
  record Decoded(Charset charset, InputStream bytes) {}

  /** A file whose encoding cannot be read at all, with the reason. */
  static final class Unreadable extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final transient org.qinglian.model.text.Reason reason;

    Unreadable(org.qinglian.model.text.Reason reason) {
      this.reason = reason;
    }

    @Override
    public String getMessage() {
      return reason.render(java.util.Locale.ENGLISH);
    }

    org.qinglian.model.text.Reason reason() {
      return reason;
    }
  }

  static Decoded open(InputStream raw, Optional<Charset> forced) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(SAMPLE + 4);
    byte[] sample = in.readNBytes(SAMPLE);
    in.reset();
    if (sample.length >= 2 && ((sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF)
        || (sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE))) {
      throw new Unreadable(ReadIssue.reason("ENCODING_UTF16"));
    }
    boolean bom = sample.length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF;
    if (bom) {
      if (forced.isPresent() && !forced.get().equals(StandardCharsets.UTF_8)) {
        // The file says it is UTF-8; read as another encoding it would turn to garbage without an error.
        throw new Unreadable(ReadIssue.reason("ENCODING_BOM_CONFLICT", "encoding", forced.get().name()));
      }
      in.skipNBytes(3);
    }
    if (forced.isEmpty() && !bom && !isUtf8(sample) && longestUtf8Run(sample) >= MIXED_RUN) {
      // GB18030 decodes almost any bytes: a file that is half UTF-8 would turn to garbage
      // without a single error. A long run of well-formed UTF-8 next to bytes that are not
      // UTF-8 means the file mixes encodings.
      throw new Unreadable(ReadIssue.reason("ENCODING_MIXED"));
    }
    Charset charset = forced.orElse(bom || isUtf8(sample) ? StandardCharsets.UTF_8 : GB18030);
    return new Decoded(charset, in);
  }

  /** Well-formed UTF-8 multi-byte characters in a row that make a file “mixed”. */
  static final int MIXED_RUN = 24;

  /**
   * The longest run of well-formed UTF-8 multi-byte characters not interrupted by a byte that
   * is not UTF-8 (ASCII between them does not break a run). GBK text forms such characters by
   * chance, a few at a time; real UTF-8 text forms them by the dozen.
   */
  static int longestUtf8Run(byte[] bytes) {
    int longest = 0;
    int run = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        run++;
        longest = Math.max(longest, run);
        i += length;
      } else {
        run = 0;
        i++;
      }
    }
    return longest;
  }

  /** Whether {@code bytes} decode as UTF-8; a sequence cut at the end of the sample is fine. */
  static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(bytes.length + 1), false);
    return !result.isError();
  }
}
