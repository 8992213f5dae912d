package org.qinglian.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
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
    this.mask = options.maskPersonalData();
  }

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
