package org.qinglian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** What the commands check before they write: never onto their input (staging is StagedOutput's). */
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
}
