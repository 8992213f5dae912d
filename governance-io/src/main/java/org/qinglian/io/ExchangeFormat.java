package org.qinglian.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** 交换格式 — the encodings of an exchange (docs/format.md). */
public enum ExchangeFormat {
  /** One JSON document {@code {"header": …, "units": […], …}}. */
  JSON,
  /** JSON Lines: one object a line, each with a {@code type} member. */
  JSON_LINES,
  /** A folder with one CSV file per record type and {@code dataset.csv}. */
  CSV_FOLDER,
  /** The same files in a ZIP archive. */
  CSV_ZIP;

  /**
   * The format of {@code path}: a folder, or by extension {@code .json}, {@code .jsonl}
   * (or {@code .ndjson}), {@code .zip}.
   */
  public static Optional<ExchangeFormat> detect(Path path) {
    if (Files.isDirectory(path)) {
      return Optional.of(CSV_FOLDER);
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (name.endsWith(".zip")) {
      return Optional.of(CSV_ZIP);
    }
    return Optional.empty();
  }
}
