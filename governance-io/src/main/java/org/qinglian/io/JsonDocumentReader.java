package org.qinglian.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;

/**
 * Streams a JSON document: binds record by record, never the whole tree, so memory stays
 * flat for any file size. The header is delivered first: when the document does not start
 * with it, a quick first pass finds it.
 */
final class JsonDocumentReader {

  private final ReadContext context;
  private final JsonFactory factory;
  private final String file;
  private final JsonRecordParser records;

  JsonDocumentReader(ReadContext context, String file) {
    this.context = context;
    this.factory = Json.readFactory(context.options.limits());
    this.file = file;
    this.records = new JsonRecordParser(file);
  }

  void read(Path path) throws IOException {
    context.startFile();
    Boolean first = pass(path, parser -> startsWithHeader(parser), false);
    boolean headerFirst = first == null || first;
    if (!headerFirst) {
      // Find header and totals first so that rules needing them see them before the records.
      pass(path, parser -> readMembers(parser, true), false);
    }
    pass(path, parser -> readMembers(parser, headerFirst ? null : false), true);
  }

  @FunctionalInterface
  private interface Pass<T> {
    T run(JsonParser parser) throws IOException;
  }

  /**
   * One pass over the file. Creating the parser already reads bytes (Jackson detects UTF-16
   * and UTF-32 from them), so a broken start is a read issue here too, not an I/O failure.
   */
  private <T> T pass(Path path, Pass<T> body, boolean report) throws IOException {
    try (Utf16Columns in = new Utf16Columns(context.counted(Files.newInputStream(path)))) {
      records.countColumns(in);
      JsonParser parser;
      try {
        parser = factory.createParser(in);
      } catch (java.io.CharConversionException | com.fasterxml.jackson.core.exc.StreamReadException e) {
        if (report) {
          context.parseError(SourceLocation.inFile(file, 1, 1),
              ReadIssue.reason("JSON_NOT_UTF8", "cause", JsonErrors.firstLine(e.getMessage())));
        }
        return null;
      }
      try (parser) {
        return JsonErrors.guard(context, records, parser, () -> body.run(parser), report);
      }
    }
  }

  /** Whether one pass suffices: the header comes first, or the document is not an object at all. */
  private boolean startsWithHeader(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return true;
    }
    return parser.nextToken() != JsonToken.FIELD_NAME || parser.currentName().equals("header");
  }

  /**
   * Reads the members of the document. {@code headerOnly}: {@code true} reads only the
   * header and totals, {@code false} everything but them, {@code null} everything.
   */
  private Boolean readMembers(JsonParser parser, Boolean headerOnly) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      context.parseError(records.here(parser), ReadIssue.reason("JSON_START"));
      return false;
    }
    boolean sawHeader = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      boolean headerPart = name.equals("header") || name.equals("declaredTotals");
      sawHeader |= name.equals("header");
      if (headerOnly != null && headerOnly != headerPart) {
        parser.skipChildren();
        continue;
      }
      Optional<RecordType> type = recordType(name);
      if (headerPart) {
        readHeaderPart(parser, name, token);
      } else if (type.isPresent()) {
        if (!readList(parser, type.get(), token)) {
          return false;
        }
      } else {
        SourceLocation location = records.here(parser);
        String json = Json.copyValue(parser);
        context.issue(ReadIssue.UNKNOWN_FIELD, location, null, name, Map.of("field", name));
        context.sink.datasetExtension(name, json);
      }
    }
    if (headerOnly != Boolean.FALSE && !sawHeader) {
      context.issue(ReadIssue.FIELD_REQUIRED, SourceLocation.inFile(file, 1, 1).withPointer(""), null, "header", Map.of());
    }
    if (headerOnly == null || !headerOnly) {
      records.refuseInvalidUtf8(parser); // in what no record held: member names, skipped or unknown members
      if (parser.nextToken() != null) {
        context.parseError(records.here(parser), ReadIssue.reason("JSON_TRAILING"));
      }
    }
    return true;
  }

  /** The record type whose list the document's member {@code name} holds (a loop: no stream to set up at start). */
  private static Optional<RecordType> recordType(String name) {
    for (RecordType type : RecordType.values()) {
      if (type.jsonName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private void readHeaderPart(JsonParser parser, String name, JsonToken token) throws IOException {
    SourceLocation location = records.here(parser);
    if (token != JsonToken.START_OBJECT) {
      context.parseError(location, ReadIssue.reason("JSON_MEMBER_NOT_OBJECT", "name", name));
      parser.skipChildren();
      return;
    }
    // Paths are "header.periodStart", the pointer is already "/header": drop the name once.
    RawRecord raw = new RawRecord(Tables.DATASET, location, location.pointer().orElse(null), name + ".");
    records.readRecord(parser, raw, name + ".", null);
    Fields fields = new Fields(raw, context);
    if (name.equals("header")) {
      context.header(Binders.header(fields), location, raw);
    } else {
      context.totals(Binders.totals(fields), location, raw);
    }
  }

  private boolean readList(JsonParser parser, RecordType type, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      context.parseError(records.here(parser), ReadIssue.reason("JSON_LIST_NOT_ARRAY", "list", type.jsonName()));
      parser.skipChildren();
      return true;
    }
    Table table = Tables.of(type);
    JsonToken element;
    int index = 0;
    String listPointer = "/" + type.jsonName() + "/";
    while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
      var at = parser.currentTokenLocation();
      SourceLocation location = SourceLocation.inFile(file, at.getLineNr(), records.column(at))
          .withPointer(listPointer + index++);
      if (element != JsonToken.START_OBJECT) {
        context.parseError(location, ReadIssue.reason("JSON_RECORD_NOT_OBJECT", "list", type.jsonName()));
        parser.skipChildren();
        continue;
      }
      if (!context.countRecord(location)) {
        return false;
      }
      RawRecord raw = new RawRecord(table, location);
      records.readRecord(parser, raw, "", null);
      context.deliver(raw);
    }
    return true;
  }
}
