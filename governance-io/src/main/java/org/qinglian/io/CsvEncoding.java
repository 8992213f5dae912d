package org.qinglian.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

  record Decoded(Reader reader, Charset charset) {}

  static Decoded open(InputStream raw, Optional<Charset> forced) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(SAMPLE + 4);
    byte[] sample = in.readNBytes(SAMPLE);
    in.reset();
    if (sample.length >= 2 && ((sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF)
        || (sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE))) {
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "the file is UTF-16; save it as UTF-8 or GB18030";
        }
      };
    }
    boolean bom = sample.length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF;
    if (bom) {
      in.skipNBytes(3);
    }
    Charset charset = forced.orElse(bom || isUtf8(sample) ? StandardCharsets.UTF_8 : GB18030);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Decoded(new InputStreamReader(in, decoder), charset);
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
