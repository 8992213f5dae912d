package org.qinglian.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * 写出选项 — how to write: CSV header language, encoding (UTF-8 or GB18030) and BOM (on by
 * default so that Excel opens UTF-8 files right), pretty JSON, and masking of personal data
 * for files meant for publication.
 */
public final class WriteOptions {

  private final HeaderLanguage headerLanguage;
  private final Charset encoding;
  private final boolean bom;
  private final boolean prettyJson;
  private final boolean maskPersonalData;
  private final int maxCsvExtensionColumns;

  private WriteOptions(Builder builder) {
    this.headerLanguage = builder.headerLanguage;
    this.encoding = builder.encoding;
    this.bom = builder.bom;
    this.prettyJson = builder.prettyJson;
    this.maskPersonalData = builder.maskPersonalData;
    this.maxCsvExtensionColumns = builder.maxCsvExtensionColumns;
  }

  /**
   * {@return the defaults: English CSV headers, UTF-8 without a byte-order mark, compact JSON,
   * nothing masked}
   */
  public static WriteOptions defaults() {
    return builder().build();
  }

  /**
   * The most unknown-field columns a CSV file may get (default 1,000): each distinct unknown
   * key is a column of every row, so a file whose records each carry different keys would
   * grow as records × keys. Past the limit the CSV writer refuses; JSON and JSON Lines carry
   * any number.
   *
   * @return the limit on unknown-field columns per CSV file
   */
  public int maxCsvExtensionColumns() {
    return maxCsvExtensionColumns;
  }

  /**
   * {@return a builder starting from the defaults}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the language of CSV headers and workbook sheet names}
   */
  public HeaderLanguage headerLanguage() {
    return headerLanguage;
  }

  /** {@return the CSV encoding; JSON is always UTF-8} */
  public Charset encoding() {
    return encoding;
  }

  /** {@return whether UTF-8 CSV files start with a byte-order mark} */
  public boolean bom() {
    return bom;
  }

  /**
   * {@return whether JSON is written indented, for people; compact by default}
   */
  public boolean prettyJson() {
    return prettyJson;
  }

  /**
   * Whether resident ids are written masked ({@code 110*************2X}) and person names as
   * {@code ***}. For publication only: a receiving platform needs the full values, and a
   * masked file no longer validates.
   *
   * @return whether personal data is masked
   */
  public boolean maskPersonalData() {
    return maskPersonalData;
  }

  /** 写出选项构建器 — builds {@link WriteOptions}. */
  public static final class Builder {
    private HeaderLanguage headerLanguage = HeaderLanguage.ENGLISH;
    private Charset encoding = StandardCharsets.UTF_8;
    private boolean bom = true;
    private boolean prettyJson;
    private boolean maskPersonalData;
    private int maxCsvExtensionColumns = 1_000;

    private Builder() {}

    /**
     * Sets the language of CSV headers and workbook sheet names (default English).
     *
     * @param language English or Chinese
     * @return this builder
     */
    public Builder headerLanguage(HeaderLanguage language) {
      this.headerLanguage = Objects.requireNonNull(language);
      return this;
    }

    /**
     * UTF-8 or GB18030.
     *
     * @param encoding the character set of CSV files
     * @return this builder
     */
    public Builder encoding(Charset encoding) {
      if (!encoding.equals(StandardCharsets.UTF_8) && !encoding.name().equals("GB18030")) {
        throw new IllegalArgumentException("CSV is written in UTF-8 or GB18030, not " + encoding);
      }
      this.encoding = encoding;
      return this;
    }

    /**
     * Sets whether CSV files start with a UTF-8 byte-order mark, which Excel needs to read them as
     * UTF-8 (default no).
     *
     * @param bom whether to write the mark
     * @return this builder
     */
    public Builder bom(boolean bom) {
      this.bom = bom;
      return this;
    }

    /**
     * Sets whether JSON is written indented (default compact).
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder prettyJson(boolean pretty) {
      this.prettyJson = pretty;
      return this;
    }

    /**
     * Sets whether personal data is masked; see {@link WriteOptions#maskPersonalData()}.
     *
     * @param mask whether to mask
     * @return this builder
     */
    public Builder maskPersonalData(boolean mask) {
      this.maskPersonalData = mask;
      return this;
    }

    /**
     * See {@link WriteOptions#maxCsvExtensionColumns()}.
     *
     * @param max the most unknown-field columns, positive
     * @return this builder
     */
    public Builder maxCsvExtensionColumns(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("maxCsvExtensionColumns must not be negative");
      }
      this.maxCsvExtensionColumns = max;
      return this;
    }

    /**
     * {@return the options as set}
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}
