package org.qinglian.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/** Streams a JSON document: header, totals, then one array per record type, in type order. */
final class JsonDocumentWriter implements FormatWriter {

  private final JsonGenerator out;
  private final boolean mask;
  private final Map<String, String> extensions = new LinkedHashMap<>();
  private RecordType current;

  JsonDocumentWriter(OutputStream stream, WriteOptions options) throws IOException {
    this.out = Json.writeFactory().createGenerator(stream, JsonEncoding.UTF8);
    if (options.prettyJson()) {
      out.useDefaultPrettyPrinter();
    }
    this.mask = options.maskPersonalData();
    out.writeStartObject();
  }

  @Override
  public void header(DatasetHeader header) throws IOException {
    out.writeObjectFieldStart("header");
    JsonRecordWriter.writeFields(out, Tables.DATASET, Extractors.header(header), "header.");
    out.writeEndObject();
  }

  @Override
  public void declaredTotals(DeclaredTotals totals) throws IOException {
    out.writeObjectFieldStart("declaredTotals");
    JsonRecordWriter.writeFields(out, Tables.DATASET, Extractors.totals(totals), "declaredTotals.");
    out.writeEndObject();
  }

  @Override
  public void record(GovernanceRecord record) throws IOException {
    RecordType type = record.recordType();
    if (type != current) {
      if (current != null) {
        if (type.ordinal() < current.ordinal()) {
          throw new IllegalStateException("a JSON document is written type by type in the format's order; "
              + type.jsonName() + " came after " + current.jsonName());
        }
        out.writeEndArray();
      }
      out.writeArrayFieldStart(type.jsonName());
      current = type;
    }
    out.writeStartObject();
    JsonRecordWriter.writeFields(out, Tables.of(type), Extractors.record(record, mask), "");
    out.writeEndObject();
  }

  @Override
  public void datasetExtension(String name, String json) {
    extensions.put(name, json);
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      out.writeEndArray();
    }
    for (var extension : extensions.entrySet()) {
      out.writeFieldName(extension.getKey());
      JsonRecordWriter.writeJson(out, extension.getValue());
    }
    out.writeEndObject();
    out.close();
  }
}
