package org.qinglian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** A file written beside its target and renamed into place once complete: never a partial file where the real one belongs. */
final class Staged {

  private static final AtomicLong COUNTER = new AtomicLong();

  @FunctionalInterface
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private Staged() {}

  static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.isDirectory(absolute)) {
      throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder stands there");
    }
    Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".qinglian-" + ProcessHandle.current().pid()
        + "-" + COUNTER.incrementAndGet() + ".tmp");
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(
          Files.newOutputStream(staging, StandardOpenOption.CREATE_NEW), 1 << 16)) {
        body.write(out);
      }
      try {
        Files.move(staging, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(staging, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(staging);
    }
  }
}
