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
   *
   * @param path a file or folder
   * @return the format, or empty when neither a folder nor a known extension tells it
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

  /**
   * The format the first bytes of an input show: a ZIP ({@code PK\3\4}), JSON Lines (a first
   * line that is one object with a {@code "type"} member) or a JSON document (anything else
   * that starts with {@code {}}); empty for anything else. For inputs without a telling name,
   * such as an upload saved as {@code *.tmp}.
   *
   * @param head the first bytes of the input (a few KiB)
   * @return the format, if the bytes tell it
   */
  public static Optional<ExchangeFormat> sniff(byte[] head) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(CSV_ZIP);
    }
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || text.charAt(start) != '{') {
      return Optional.empty();
    }
    int newline = text.indexOf('\n', start);
    String first = (newline < 0 ? text.substring(start) : text.substring(start, newline)).strip();
    boolean oneObject = first.endsWith("}") && first.contains("\"type\"");
    return Optional.of(oneObject && newline > 0 ? JSON_LINES : JSON);
  }
}
