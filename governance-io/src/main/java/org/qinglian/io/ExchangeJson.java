package org.qinglian.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * 单条记录 JSON — one record, header or set of declared totals as the JSON object the
 * exchange carries it in (the same text a JSON document holds for it), read and written
 * without a file: a REST endpoint's body, a message, a database column. Reading is the
 * document reader's, so values are checked, unknown fields kept and issues located (line,
 * column and JSON pointer within the given text); a record alone needs no header, and none
 * is asked for. Thread-safe.
 */
public final class ExchangeJson {

  private ExchangeJson() {}

  /**
   * {@return the record as compact JSON, as an exchange writes it}
   *
   * @param record the record to write
   */
  public static String write(GovernanceRecord record) {
    return write(out -> JsonRecordWriter.writeFields(out, Tables.of(record.recordType()),
        Extractors.record(record, false), ""));
  }

  /**
   * {@return the header as compact JSON, as the {@code header} member of a document}
   *
   * @param header the header to write
   */
  public static String write(DatasetHeader header) {
    return write(out -> JsonRecordWriter.writeFields(out, Tables.DATASET, Extractors.header(header), "header."));
  }

  /**
   * {@return the declared totals as compact JSON, as the {@code declaredTotals} member of a document}
   *
   * @param totals the declared totals to write
   */
  public static String write(DeclaredTotals totals) {
    return write(out -> JsonRecordWriter.writeFields(out, Tables.DATASET, Extractors.totals(totals), "declaredTotals."));
  }

  /**
   * {@return a whole dataset as one JSON document, as {@link ExchangeWriter} writes it}
   *
   * @param dataset the dataset to write
   */
  public static String write(org.qinglian.model.dataset.Dataset dataset) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ExchangeWriter.write(dataset, out, ExchangeFormat.JSON, WriteOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * {@return a whole dataset from one JSON document (held in memory: for small ones)}
   *
   * @param json the JSON to read
   */
  public static RecordResult<org.qinglian.model.dataset.Dataset> readDataset(String json) {
    try {
      ReadResult result = ExchangeReader.readDataset(
          new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "dataset.json",
          ReadOptions.builder().format(ExchangeFormat.JSON).build());
      return new RecordResult<>(result.dataset().orElse(null), result.issues());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the record's JSON to {@code out}.
   *
   * @param record the record to write
   * @param out where the JSON text goes; not closed
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(GovernanceRecord record, Writer out) throws IOException {
    out.write(write(record));
  }

  private interface Members {
    void write(JsonGenerator out) throws IOException;
  }

  private static String write(Members members) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = Json.writeFactory().createGenerator(text)) {
      out.writeStartObject();
      members.write(out);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Reads a record of {@code type} from JSON text; {@code name} stands for the text in locations.
   *
   * @param type the record type the JSON holds
   * @param json the JSON to read
   * @return the record, if it could be built, with every read issue (located in the text)
   */
  public static RecordResult<GovernanceRecord> read(RecordType type, String json) {
    return read(type, new StringReader(json), "");
  }

  /**
   * Reads a record of {@code type}, checking that it is one of {@code recordClass}.
   *
   * @param recordClass the record class expected, such as {@code Unit.class}
   * @param type the record type the JSON holds
   * @param json the JSON to read
   * @param <R> the record class
   * @return the record, if it could be built as one of {@code recordClass}, with every read issue
   */
  public static <R extends GovernanceRecord> RecordResult<R> read(Class<R> recordClass, RecordType type, String json) {
    RecordResult<GovernanceRecord> result = read(type, json);
    return new RecordResult<>(result.value().map(recordClass::cast).orElse(null), result.issues());
  }

  /**
   * Reads a record of {@code type} from UTF-8 bytes.
   *
   * @param type the record type the JSON holds
   * @param json the JSON to read
   * @return the record, if it could be built, with every read issue (columns count characters, not bytes)
   */
  public static RecordResult<GovernanceRecord> read(RecordType type, byte[] json) {
    return read(type, new ByteArrayInputStream(json), "");
  }

  /**
   * Reads a record of {@code type} from a UTF-8 stream (not closed), naming it {@code name} in locations.
   *
   * @param type the record type the JSON holds
   * @param json the JSON to read
   * @param name what the input is called in locations
   * @return the record, if it could be built, with every read issue
   */
  public static RecordResult<GovernanceRecord> read(RecordType type, InputStream json, String name) {
    return read(name, (factory, records) -> {
      Utf16Columns counted = new Utf16Columns(json);
      records.countColumns(counted);
      return factory.createParser(counted);
    }, (context, parser, records) -> {
      RawRecord raw = new RawRecord(Tables.of(type), records.here(parser).withPointer(""));
      records.readRecord(parser, raw, "", null);
      context.deliver(raw);
    });
  }

  /**
   * Reads a record of {@code type} from characters (not closed), naming them {@code name} in locations.
   *
   * @param type the record type the JSON holds
   * @param json the JSON to read
   * @param name what the input is called in locations
   * @return the record, if it could be built, with every read issue
   */
  public static RecordResult<GovernanceRecord> read(RecordType type, Reader json, String name) {
    return read(name, (factory, records) -> factory.createParser(json), (context, parser, records) -> {
      RawRecord raw = new RawRecord(Tables.of(type), records.here(parser).withPointer(""));
      records.readRecord(parser, raw, "", null);
      context.deliver(raw);
    });
  }

  /**
   * Reads a dataset header from JSON text.
   *
   * @param json the JSON to read
   * @return the header, if it could be built, with every read issue
   */
  public static RecordResult<DatasetHeader> readHeader(String json) {
    return read("", (factory, records) -> factory.createParser(json), (context, parser, records) -> {
      RawRecord raw = new RawRecord(Tables.DATASET, records.here(parser).withPointer(""), "", "header.");
      records.readRecord(parser, raw, "header.", null);
      Binders.header(new Fields(raw, context)).ifPresent(h -> context.sink.header(h, raw.location));
    });
  }

  /**
   * Reads declared totals from JSON text.
   *
   * @param json the JSON to read
   * @return the declared totals, if they could be built, with every read issue
   */
  public static RecordResult<DeclaredTotals> readTotals(String json) {
    return read("", (factory, records) -> factory.createParser(json), (context, parser, records) -> {
      RawRecord raw = new RawRecord(Tables.DATASET, records.here(parser).withPointer(""), "", "declaredTotals.");
      records.readRecord(parser, raw, "declaredTotals.", null);
      Binders.totals(new Fields(raw, context)).ifPresent(t -> context.sink.declaredTotals(t, raw.location));
    });
  }

  private interface Open {
    JsonParser open(com.fasterxml.jackson.core.JsonFactory factory, JsonRecordParser records) throws IOException;
  }

  private interface Body {
    void read(ReadContext context, JsonParser parser, JsonRecordParser records) throws IOException;
  }

  @SuppressWarnings("unchecked")
  private static <T> RecordResult<T> read(String name, Open open, Body body) {
    One sink = new One();
    ReadContext context = new ReadContext(ReadOptions.defaults(), sink);
    JsonRecordParser records = new JsonRecordParser(name);
    try (JsonParser parser = open.open(Json.readFactory(ReadOptions.defaults().limits()), records)) {
      JsonErrors.guard(context, records, parser, () -> {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          context.parseError(SourceLocation.inFile(name, 1, 1).withPointer(""),
              ReadIssue.reason("JSON_RECORD_NOT_OBJECT", "list", "—"));
          return null;
        }
        body.read(context, parser, records);
        if (parser.nextToken() != null) {
          context.parseError(records.here(parser), ReadIssue.reason("JSON_TRAILING"));
        }
        return null;
      });
    } catch (IOException e) {
      context.parseError(SourceLocation.inFile(name, 1, 1), ReadIssue.reason("JSON_SYNTAX",
          "cause", JsonErrors.firstLine(e.getMessage())));
    }
    return new RecordResult<>((T) sink.value, sink.issues);
  }

  /** Catches the one value a read delivers. */
  private static final class One implements RecordSink {
    Object value;
    final List<ReadIssue> issues = new ArrayList<>();

    @Override
    public void header(DatasetHeader header, SourceLocation location) {
      value = header;
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      value = totals;
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      value = record;
    }

    @Override
    public void datasetExtension(String name, String json) {}

    @Override
    public void issue(ReadIssue issue) {
      issues.add(issue);
    }
  }
}
