package org.qinglian.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/** Writes JSON Lines: one object a line, {@code type} first. Records may come in any order. */
final class JsonLinesWriter implements FormatWriter {

  private final JsonGenerator out;
  private final boolean mask;

  JsonLinesWriter(OutputStream stream, WriteOptions options) throws IOException {
    this.out = Json.writeFactory().createGenerator(stream, JsonEncoding.UTF8);
    out.setRootValueSeparator(null);
    out.setCharacterEscapes(LINE_SAFE);
    this.mask = options.maskPersonalData();
  }

  /**
   * U+0085, U+2028 and U+2029 written as escapes: JSON allows them raw, but line splitters that
   * JSON Lines consumers use (Python's {@code str.splitlines}, JavaScript before ES2019, editors)
   * break a line at them, inside a string.
   */
  private static final CharacterEscapes LINE_SAFE = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x85 ? NEL : ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
    }
  };
  private static final SerializableString NEL = new SerializedString("\\u0085");
  private static final SerializableString LS = new SerializedString("\\u2028");
  private static final SerializableString PS = new SerializedString("\\u2029");

  private void line(String type, Table table, Flat flat, String prefix) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", type);
    JsonRecordWriter.writeFields(out, table, flat, prefix);
    out.writeEndObject();
    out.writeRaw('\n');
  }

  @Override
  public void header(DatasetHeader header) throws IOException {
    line("header", Tables.DATASET, Extractors.header(header), "header.");
  }

  @Override
  public void declaredTotals(DeclaredTotals totals) throws IOException {
    line("declaredTotals", Tables.DATASET, Extractors.totals(totals), "declaredTotals.");
  }

  @Override
  public void record(GovernanceRecord record) throws IOException {
    Table table = Tables.of(record.recordType());
    line(table.jsonLinesType(), table, Extractors.record(record, mask), "");
  }

  /** An unknown member of a JSON document becomes a line {@code {"type":"extension","name":…,"value":…}}. */
  @Override
  public void datasetExtension(String name, String json) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "extension");
    out.writeStringField("name", name);
    out.writeFieldName("value");
    JsonRecordWriter.writeJson(out, json);
    out.writeEndObject();
    out.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
