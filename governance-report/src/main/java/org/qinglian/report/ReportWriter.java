package org.qinglian.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 校验报告输出 — writes a {@link ValidationReport} for people and tools: lines of text, a JSON
 * document ({@code docs/report.schema.json}), one self-contained HTML page, or SARIF 2.1.0
 * for code scanning; in simplified Chinese (the default), traditional Chinese or English.
 * Values from the data are escaped for each format (HTML, JSON, and control and bidi
 * characters in text). Immutable; build one per report.
 *
 * <pre>{@code
 * ReportWriter.of(report, validator).input("upload.zip").locale(Locale.ENGLISH).build()
 *     .write(ReportFormat.SARIF, response.getOutputStream());
 * }</pre>
 */
public final class ReportWriter {

  private final ReportContext context;

  private ReportWriter(ReportContext context) {
    this.context = context;
  }

  /**
   * {@return a builder for the report of {@code report}, found by {@code validator} (whose rules it
   * describes)}
   *
   * @param report the validation's report
   * @param validator the validator that made it
   */
  public static Builder of(ValidationReport report, DatasetValidator validator) {
    return new Builder(report, validator);
  }

  /**
   * Writes the report in {@code format} to {@code out}, which is flushed, not closed.
   *
   * @param format the report's format: text, JSON, SARIF or HTML
   * @param out where the report goes; flushed, not closed
   * @throws IOException when {@code out} cannot be written
   */
  public void write(ReportFormat format, Writer out) throws IOException {
    switch (format) {
      case JSON:
        JsonReport.write(context, out);
        break;
      case SARIF:
        SarifReport.write(context, out);
        break;
      case HTML: {
        PrintWriter printer = new PrintWriter(out);
        HtmlReport.write(context, printer);
        printer.flush();
        break;
      }
      default: {
        PrintWriter printer = new PrintWriter(out);
        TextReport.write(context, printer);
        printer.flush();
      }
    }
    out.flush();
  }

  /**
   * Writes the report in {@code format} as UTF-8 to {@code out}, which is flushed, not closed.
   *
   * @param format the report's format: text, JSON, SARIF or HTML
   * @param out where the report goes; flushed, not closed
   * @throws IOException when {@code out} cannot be written
   */
  public void write(ReportFormat format, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(format, writer);
    writer.flush();
  }

  /**
   * {@return the report in {@code format} as text}
   *
   * @param format the report's format: text, JSON, SARIF or HTML
   */
  public String toString(ReportFormat format) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(format, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** 报告输出构建器 — what a report says besides its issues. */
  public static final class Builder {
    private final ValidationReport report;
    private final DatasetValidator validator;
    private String input = "";
    private double seconds;
    private Locale locale;
    private String toolName = "qinglian";
    private String toolVersion = version();
    private java.util.Optional<FallbackFont> fallbackFont;

    private Builder(ValidationReport report, DatasetValidator validator) {
      this.report = Objects.requireNonNull(report);
      this.validator = Objects.requireNonNull(validator);
      this.locale = validator.locale();
    }

    /**
     * What was validated, as it should be named (a path, an upload's name).
     *
     * @param input the name, as it should be shown
     * @return this builder
     */
    public Builder input(String input) {
      this.input = Objects.requireNonNull(input);
      return this;
    }

    /**
     * How long the validation took.
     *
     * @param seconds the time in seconds
     * @return this builder
     */
    public Builder seconds(double seconds) {
      this.seconds = seconds;
      return this;
    }

    /**
     * The language of labels; by default the validator's, whose language the messages are in.
     *
     * @param locale the language wanted
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale);
      return this;
    }

    /**
     * The tool named in the report (default {@code qinglian} and the SDK's version).
     *
     * @param name the tool's name
     * @param version its version
     * @return this builder
     */
    public Builder tool(String name, String version) {
      this.toolName = Objects.requireNonNull(name);
      this.toolVersion = Objects.requireNonNull(version);
      return this;
    }

    /**
     * The font an HTML report embeds, cut to its characters, for readers without a Chinese
     * font; by default {@link FallbackFont#bundled()}, if {@code governance-report-fonts} is
     * on the class path.
     *
     * @param font the font to cut glyphs from
     * @return this builder
     */
    public Builder fallbackFont(FallbackFont font) {
      this.fallbackFont = java.util.Optional.of(font);
      return this;
    }

    /**
     * HTML reports rely on the reader's installed fonts and embed none (a smaller page).
     *
     * @return this builder
     */
    public Builder noFallbackFont() {
      this.fallbackFont = java.util.Optional.empty();
      return this;
    }

    /**
     * {@return the report writer}
     */
    public ReportWriter build() {
      // The bundled font (4 MB) is read only when an HTML report is written.
      java.util.Optional<FallbackFont> chosen = fallbackFont;
      java.util.function.Supplier<java.util.Optional<FallbackFont>> font = chosen != null ? () -> chosen : FallbackFont::bundled;
      return new ReportWriter(new ReportContext(report, validator, input, seconds, locale, toolName, toolVersion, font));
    }
  }

  /** {@return the SDK's version from the jar's manifest, {@code dev} in a build tree} */
  public static String version() {
    String version = ReportWriter.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
