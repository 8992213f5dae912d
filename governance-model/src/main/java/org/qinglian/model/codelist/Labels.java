package org.qinglian.model.codelist;

import java.util.List;

/**
 * 标签 — the Chinese labels of a code-list entry.
 *
 * @param simplified the simplified-Chinese label (简体)
 * @param traditional the traditional-Chinese label (繁體)
 * @param aliases further accepted spellings
 */
public record Labels(String simplified, String traditional, List<String> aliases) {

  /**
   * Copies {@code aliases} without repeats; rejects nulls.
   *
   * @param simplified the label in simplified Chinese
   * @param traditional the label in traditional Chinese
   * @param aliases other texts that stand for the entry (former names, abbreviations)
   */
  public Labels {
    java.util.Objects.requireNonNull(simplified, "simplified");
    java.util.Objects.requireNonNull(traditional, "traditional");
    aliases = List.copyOf(new java.util.LinkedHashSet<>(aliases));
  }

  /**
   * {@return labels with optional aliases}
   *
   * @param simplified the label in simplified Chinese
   * @param traditional the label in traditional Chinese
   * @param aliases other texts that stand for the entry (former names, abbreviations)
   */
  public static Labels of(String simplified, String traditional, String... aliases) {
    return new Labels(simplified, traditional, List.of(aliases));
  }
}
