package org.qinglian.io;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * 读取选项 — how to read: the format (detected from the path by default), the CSV encoding
 * (detected by default: UTF-8 with or without BOM, else GB18030), the limits, and the unit
 * categories labels are looked up in.
 */
public final class ReadOptions {

  private final Optional<ExchangeFormat> format;
  private final Optional<Charset> encoding;
  private final ReadLimits limits;
  private final UnitCategoryCatalogue categories;
  private final java.util.function.LongConsumer progress;

  private ReadOptions(Builder builder) {
    this.format = Optional.ofNullable(builder.format);
    this.encoding = Optional.ofNullable(builder.encoding);
    this.limits = builder.limits;
    this.categories = builder.categories;
    this.progress = builder.progress;
  }

  /**
   * Told how many bytes of input have been read so far, now and then; for progress displays.
   *
   * @return the progress listener (by default one that ignores what it is told)
   */
  public java.util.function.LongConsumer progress() {
    return progress;
  }

  /** {@return the defaults} */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /**
   * {@return a builder starting from the defaults}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the format, when not to be detected} */
  public Optional<ExchangeFormat> format() {
    return format;
  }

  /** {@return the CSV encoding, when not to be detected} */
  public Optional<Charset> encoding() {
    return encoding;
  }

  /**
   * {@return the read limits}
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * {@return the unit categories in force (by default the standard ones)}
   */
  public UnitCategoryCatalogue categories() {
    return categories;
  }

  /** 读取选项构建器 — builds {@link ReadOptions}. */
  public static final class Builder {
    private ExchangeFormat format;
    private Charset encoding;
    private ReadLimits limits = ReadLimits.defaults();
    private UnitCategoryCatalogue categories = UnitCategoryCatalogue.standard();
    private java.util.function.LongConsumer progress = bytes -> { };

    private Builder() {}

    /**
     * Starts from {@code options}: every setting copied.
     *
     * @param options the options to copy
     * @return this builder
     */
    public Builder from(ReadOptions options) {
      this.format = options.format.orElse(null);
      this.encoding = options.encoding.orElse(null);
      this.limits = options.limits;
      this.categories = options.categories;
      this.progress = options.progress;
      return this;
    }

    /**
     * Receives the number of input bytes read so far, about every MiB.
     *
     * @param progress told the bytes read so far
     * @return this builder
     */
    public Builder progress(java.util.function.LongConsumer progress) {
      this.progress = Objects.requireNonNull(progress);
      return this;
    }

    /**
     * Sets the format, instead of telling it from the name and first bytes.
     *
     * @param format the exchange format
     * @return this builder
     */
    public Builder format(ExchangeFormat format) {
      this.format = Objects.requireNonNull(format);
      return this;
    }

    /**
     * The encoding of CSV files, for example {@code Charset.forName("GB18030")}.
     *
     * @param encoding the character set of CSV files
     * @return this builder
     */
    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding);
      return this;
    }

    /**
     * Sets the read limits (default {@link ReadLimits#defaults()}).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    /**
     * Sets the unit categories in force, for example the standard ones plus a province's own.
     *
     * @param categories the catalogue of categories
     * @return this builder
     */
    public Builder categories(UnitCategoryCatalogue categories) {
      this.categories = Objects.requireNonNull(categories);
      return this;
    }

    /**
     * {@return the options as set}
     */
    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
