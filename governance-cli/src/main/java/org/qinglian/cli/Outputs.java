package org.qinglian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the commands need before they write: never onto their input, never half a file at the real path. */
final class Outputs {

  private Outputs() {}

  /**
   * Whether writing {@code output} would overwrite or replace {@code input}: the same file
   * (through links too), a folder holding it, or a place inside an input folder.
   */
  static boolean overlaps(Path input, Path output) throws IOException {
    if (!Files.exists(input)) {
      return false;
    }
    Path in = input.toRealPath();
    Path out = real(output);
    return out.equals(in) || in.startsWith(out) || out.startsWith(in) && Files.isDirectory(in);
  }

  /** The real path of {@code path}, or of its nearest existing ancestor with the rest appended. */
  private static Path real(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) || Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Path parent = absolute.getParent();
    return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
  }

  /** A stream to a hidden sibling of {@code target}, renamed into place when {@link Staged#commit()} is called. */
  static Staged staged(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".qinglian-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime() + ".tmp");
    return new Staged(temp, absolute, Files.newOutputStream(temp));
  }

  /** An output being written; {@link #close()} without {@link #commit()} removes it. */
  static final class Staged implements AutoCloseable {
    private final Path temp;
    private final Path target;
    final OutputStream stream;
    private boolean committed;

    private Staged(Path temp, Path target, OutputStream stream) {
      this.temp = temp;
      this.target = target;
      this.stream = stream;
    }

    void commit() throws IOException {
      stream.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        stream.close();
        Files.deleteIfExists(temp);
      }
    }
  }
}
