package org.qinglian.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * 转码为 UTF-8 — the bytes of a file in an encoding {@link CsvRows} does not split on (Big5,
 * Shift_JIS, UTF-16, a Windows code page …) given back as UTF-8, so that one reader splits every
 * CSV file. Decoding is strict. Bytes that do not decode stop the file with a
 * {@link java.nio.charset.CharacterCodingException}, thrown only once everything before them has
 * been read, so that the reader reports the row that holds them (a {@code Reader}'s read-ahead
 * would report a row up to a buffer earlier).
 */
final class Utf8Transcoding extends InputStream {

  private static final int SIZE = 8192;

  private final InputStream source;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer in = ByteBuffer.allocate(SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(SIZE).flip();
  // Three bytes a char at most (a surrogate pair, two chars, takes four): one pass always fits.
  private final ByteBuffer out = ByteBuffer.allocate(3 * SIZE + 4).flip();
  private boolean eof;
  private boolean flushing;
  private boolean decoded;
  private boolean done;
  private CoderResult failure;

  Utf8Transcoding(InputStream source, Charset charset) {
    this.source = source;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read() throws IOException {
    return fill() ? out.get() & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, out.remaining());
    out.get(b, off, n);
    return n;
  }

  /** Whether bytes are waiting, after transcoding more if none were; false at the end. */
  private boolean fill() throws IOException {
    while (!out.hasRemaining()) {
      if (failure != null) {
        failure.throwException();
      }
      if (done) {
        return false;
      }
      chars.compact();
      if (!decoded) {
        decode();
      }
      chars.flip();
      out.clear();
      CoderResult encoded = encoder.encode(chars, out, decoded && failure == null);
      if (encoded.isError()) {
        failure = encoded;
      } else if (decoded && failure == null && !chars.hasRemaining()) {
        encoder.flush(out);
        done = true;
      }
      out.flip();
    }
    return true;
  }

  /** Decodes what the source gives into {@code chars} (in write mode), noting a failure or the end. */
  private void decode() throws IOException {
    if (flushing) { // the decoder's last characters did not fit the last time
      decoded = decoder.flush(chars).isUnderflow();
      return;
    }
    if (!eof) {
      in.compact();
      int n = source.read(in.array(), in.position(), in.remaining());
      if (n < 0) {
        eof = true;
      } else {
        in.position(in.position() + n);
      }
      in.flip();
    }
    CoderResult result = decoder.decode(in, chars, eof);
    if (result.isError()) {
      failure = result;
    } else if (eof && result.isUnderflow()) {
      flushing = true;
      decoded = decoder.flush(chars).isUnderflow();
    }
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
