package org.qinglian.io;

/** CSV表头语言 — the language of CSV headers a writer uses; readers take either. */
public enum HeaderLanguage {
  /** snake_case English: {@code rectification_status}. */
  ENGLISH,
  /** Chinese: 整改状态. */
  CHINESE
}
