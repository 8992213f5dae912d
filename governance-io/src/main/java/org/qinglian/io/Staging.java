package org.qinglian.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a writer writes before its output is complete: a hidden sibling of the target,
 * {@code .name.qinglian-PID-N.tmp}, renamed into place at the end. The process id in the
 * name tells a later writer which leftovers belong to a process that no longer runs.
 */
final class Staging {

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String MARK = ".qinglian-";
  private static final Set<String> PACKAGE_FILES = Tables.all().stream().map(Table::csvFile)
      .collect(Collectors.toUnmodifiableSet());

  private Staging() {}

  static Path next(Path target) {
    return sibling(target, ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp");
  }

  private static Path sibling(Path target, String suffix) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + MARK + suffix);
  }

  /** Removes what writers to {@code target} left when their process was killed. */
  static void sweep(Path target) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String prefix = "." + absolute.getFileName() + MARK;
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path leftover : siblings) {
        String rest = leftover.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        try {
          long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
          if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            continue; // another writer, still running
          }
        } catch (NumberFormatException e) {
          continue; // not ours
        }
        delete(leftover);
      }
    } catch (IOException e) {
      // a leftover that cannot be removed does not stop this write
    }
  }

  /**
   * A CSV package is replaced whole; a folder that holds anything else is not ours to
   * replace, so it is refused before anything is written.
   */
  static void requirePackageFolder(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "a file stands where the CSV folder goes");
    }
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> entries = Files.list(target)) {
      entries.forEach(entry -> {
        String name = entry.getFileName().toString();
        if (!Files.isRegularFile(entry) || !PACKAGE_FILES.contains(name)) {
          foreign.add(name);
        }
      });
    }
    if (!foreign.isEmpty()) {
      foreign.sort(null);
      throw new FileAlreadyExistsException(target.toString(), null,
          "the folder holds files that are not part of a CSV package (" + String.join(", ",
              foreign.subList(0, Math.min(5, foreign.size()))) + "); nothing was replaced");
    }
  }

  /** Puts the finished output in place of the target. */
  static void commit(Path staging, Path target) throws IOException {
    if (Files.isDirectory(staging)) {
      Path old = null;
      if (Files.exists(target)) {
        requirePackageFolder(target);
        old = sibling(target, ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".old");
        move(target, old);
      }
      try {
        move(staging, target);
      } catch (IOException e) {
        if (old != null) {
          move(old, target); // put the earlier package back
        }
        throw e;
      }
      if (old != null) {
        delete(old);
      }
      return;
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes a file or a folder with what it holds; quietly, as far as it can. */
  static void delete(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // what cannot be removed now is swept by the next writer
    }
  }
}
