package org.qinglian.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * 暂存输出 — a file written as a hidden sibling of its target and renamed into place only by
 * {@link #commit()}: never a partial file where the real one belongs. Closing without a commit
 * removes it; what a killed process left is swept by the next writer to the same target. For
 * outputs other than exchanges (reports, templates, annotated workbooks); exchanges are written
 * with {@link ExchangeWriter}, which stages the same way.
 *
 * <pre>{@code
 * try (StagedOutput staged = StagedOutput.open(target)) {
 *   write(staged.stream());
 *   staged.commit();
 * }
 * }</pre>
 */
public final class StagedOutput implements AutoCloseable {

  private final Path staging;
  private final Path target;
  private final OutputStream stream;
  private boolean done;

  private StagedOutput(Path staging, Path target, OutputStream stream) {
    this.staging = staging;
    this.target = target;
    this.stream = stream;
  }

  /**
   * Starts writing {@code target}, creating its folder if needed.
   *
   * @param target the file to write in the end
   * @return the staged output; write to {@link #stream()}, then {@link #commit()} or close to abandon it
   * @throws java.nio.file.FileAlreadyExistsException when a folder stands at {@code target}
   */
  public static StagedOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    if (Files.isDirectory(absolute)) {
      throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder stands there");
    }
    Staging.sweep(absolute);
    Path staging = Staging.next(absolute);
    OutputStream stream = new BufferedOutputStream(Files.newOutputStream(staging, StandardOpenOption.CREATE_NEW), 1 << 16);
    return new StagedOutput(staging, absolute, stream);
  }

  /** {@return where to write; closed by {@link #commit()} or {@link #close()}} */
  public OutputStream stream() {
    return stream;
  }

  /**
   * Finishes the file and puts it in place of the target.
   *
   * @throws IOException when the file cannot be finished or moved into place
   */
  public void commit() throws IOException {
    stream.close();
    Staging.commit(staging, target);
    done = true;
  }

  /** Removes the file unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      try {
        stream.close();
      } finally {
        Files.deleteIfExists(staging);
      }
    }
  }
}
