package org.qinglian.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read from a stream and tells the progress listener about every MiB. */
final class Counting extends FilterInputStream {

  private final LongConsumer progress;
  private final long[] total;
  private long reported;

  /** {@code total} is shared by the streams of one read (the files of a package). */
  Counting(InputStream in, LongConsumer progress, long[] total) {
    super(in);
    this.progress = progress;
    this.total = total;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(int n) {
    total[0] += n;
    if (total[0] - reported >= (1 << 20)) {
      reported = total[0];
      progress.accept(total[0]);
    }
  }
}
