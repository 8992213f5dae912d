package org.qinglian.excel;

/** Fixed names of the workbook format — identifiers readers recognise, not texts to translate. */
final class FormatNames {

  /** The template's hidden sheet holding the code lists its drop-downs refer to; readers skip it. */
  static final String CODES_SHEET = "代码表";

  private FormatNames() {}
}
