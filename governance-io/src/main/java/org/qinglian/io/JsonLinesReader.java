package org.qinglian.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;

/**
 * Reads JSON Lines: one object a line, its {@code type} member naming what it is
 * ({@code header}, {@code declaredTotals}, {@code unit}, {@code task}, …). A broken line is
 * reported and the next one read. Lines longer than the limit are skipped unread.
 */
final class JsonLinesReader {

  private final ReadContext context;
  private final JsonFactory factory;
  private final String file;
  private final LineParser records;

  JsonLinesReader(ReadContext context, String file) {
    this.context = context;
    this.factory = Json.readFactory(context.options.limits());
    this.file = file;
    this.records = new LineParser(file);
  }

  void read(Path path) throws IOException {
    context.startFile();
    boolean headerFirst = firstLineIsHeader(path);
    if (!headerFirst) {
      pass(path, true);
    }
    pass(path, headerFirst ? null : false);
  }

  private boolean firstLineIsHeader(Path path) throws IOException {
    try (Lines lines = new Lines(context.counted(Files.newInputStream(path)), context.options.limits().maxLineLength())) {
      byte[] line;
      while ((line = lines.next()) != null) {
        if (!isBlank(line, lines.length())) {
          return "header".equals(type(line, lines.length(), false, lines.number(), false));
        }
      }
    }
    return true;
  }

  /** {@code headerOnly}: true reads header lines only, false all but them, null all. */
  private void pass(Path path, Boolean headerOnly) throws IOException {
    boolean sawHeader = false;
    try (Lines lines = new Lines(context.counted(Files.newInputStream(path)), context.options.limits().maxLineLength())) {
      byte[] line;
      while ((line = lines.next()) != null) {
        long number = lines.number();
        if (lines.tooLong()) {
          if (headerOnly != Boolean.TRUE) {
            context.parseError(SourceLocation.inFile(file, number, 1),
                ReadIssue.reason("JSONL_LINE_TOO_LONG", "limit", context.options.limits().maxLineLength()));
          }
          continue;
        }
        int length = lines.length();
        if (isBlank(line, length)) {
          continue;
        }
        boolean report = headerOnly != Boolean.TRUE;
        String type = type(line, length, report, number, true);
        if (type == null) {
          continue;
        }
        boolean headerPart = type.equals("header") || type.equals("declaredTotals");
        sawHeader |= type.equals("header");
        if (type.equals("extension")) {
          if (headerOnly != Boolean.TRUE) {
            readExtension(line, length, number);
          } else {
            dropKept();
          }
          continue;
        }
        if (headerOnly != null && headerOnly != headerPart) {
          dropKept();
          continue;
        }
        readLine(line, length, number, type);
      }
    }
    if (headerOnly != Boolean.FALSE && !sawHeader) {
      context.issue(ReadIssue.FIELD_REQUIRED, SourceLocation.inFile(file, 1, 1), null, "header", Map.of());
    }
  }

  /**
   * A parser left just after the line's {@code type}, the members before it played back
   * first: {@link #readLine} reads on from there, so the line is tokenised once wherever its
   * {@code type} stands.
   */
  private JsonParser keptAfterType;

  /**
   * The {@code type} member of a line, or {@code null} (reported) when it has none; with
   * {@code keep}, the parser is kept in {@link #keptAfterType}.
   */
  private String type(byte[] line, int length, boolean report, long number, boolean keep) throws IOException {
    JsonParser parser = parser(line, length, report, number);
    if (parser == null) {
      return null;
    }
    boolean kept = false;
    try {
      JsonReplay[] before = {null}; // made for the first member before type (most lines have none)
      com.fasterxml.jackson.core.JsonLocation[] start = new com.fasterxml.jackson.core.JsonLocation[1];
      String type = JsonErrors.guard(context, records.at(number, line), parser, () -> {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return "";
        }
        start[0] = parser.currentTokenLocation();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          if (parser.currentName().equals("type")) {
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
              return parser.getText();
            }
            parser.skipChildren(); // not a string: the line has no type
          } else if (keep) {
            if (before[0] == null) {
              before[0] = new JsonReplay();
            }
            before[0].keepMember(parser);
          } else {
            parser.nextToken();
            parser.skipChildren();
          }
        }
        return "";
      }, report);
      if (type == null) {
        return null;
      }
      if (table(type).isEmpty() && !type.equals("header") && !type.equals("declaredTotals") && !type.equals("extension")) {
        if (report) {
          context.parseError(SourceLocation.inFile(file, number, 1), ReadIssue.reason("JSONL_TYPE",
              "found", type.isEmpty() ? ReadIssue.reason("FOUND_NOTHING") : ReadIssue.reason("FOUND_TEXT", "value", type)));
        }
        return null;
      }
      if (keep) {
        keptAfterType = before[0] == null ? parser : before[0].playedBefore(parser, start[0]);
        kept = true;
      }
      return type;
    } finally {
      if (!kept) {
        parser.close();
      }
    }
  }

  private void dropKept() throws IOException {
    if (keptAfterType != null) {
      keptAfterType.close();
      keptAfterType = null;
    }
  }

  private void readLine(byte[] line, int length, long number, String type) throws IOException {
    boolean readOn = keptAfterType != null;
    try (JsonParser parser = readOn ? keptAfterType : parser(line, length, true, number)) {
      keptAfterType = null;
      if (parser == null) {
        return;
      }
      records.at(number, line);
      JsonErrors.guard(context, records, parser, () -> {
        if (!readOn) {
          parser.nextToken(); // the line's {; a kept parser is past it and past "type"
        }
        SourceLocation location = SourceLocation.inFile(file, number, 1).withPointer("");
        boolean headerPart = type.equals("header") || type.equals("declaredTotals");
        RawRecord raw = new RawRecord(headerPart ? Tables.DATASET : table(type).orElseThrow(), location, "",
            headerPart ? type + "." : "");
        records.readRecord(parser, raw, headerPart ? type + "." : "", "type", readOn);
        if (type.equals("header")) {
          context.header(Binders.header(new Fields(raw, context)), location, raw);
        } else if (type.equals("declaredTotals")) {
          context.totals(Binders.totals(new Fields(raw, context)), location, raw);
        } else if (context.countRecord(location)) {
          context.deliver(raw);
        }
        return Boolean.TRUE;
      });
    }
  }

  /** A line {@code {"type":"extension","name":…,"value":…}}: an unknown member of a JSON document. */
  private void readExtension(byte[] line, int length, long number) throws IOException {
    records.at(number, line);
    boolean readOn = keptAfterType != null;
    try (JsonParser parser = readOn ? keptAfterType : parser(line, length, true, number)) {
      keptAfterType = null;
      if (parser == null) {
        return;
      }
      JsonErrors.guard(context, records, parser, () -> {
        if (!readOn) {
          parser.nextToken(); // the line's {; a kept parser is past it and past "type"
        }
        String name = null;
        String value = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if (field.equals("name") && parser.currentToken() == JsonToken.VALUE_STRING) {
            name = parser.getText();
          } else if (field.equals("value")) {
            value = Json.copyValue(parser);
          } else {
            parser.skipChildren();
          }
        }
        records.refuseInvalidUtf8(parser);
        SourceLocation location = SourceLocation.inFile(file, number, 1);
        if (name == null || value == null) {
          context.parseError(location, ReadIssue.reason("JSONL_EXTENSION"));
        } else {
          context.issue(ReadIssue.UNKNOWN_FIELD, location, null, name, Map.of("field", name));
          context.sink.datasetExtension(name, value);
        }
        return Boolean.TRUE;
      });
    }
  }

  /** How many parsers were made: one a line and pass (and one for the first line), tests hold the reader to it. */
  long parsersMade() {
    return parsersMade;
  }

  private long parsersMade;

  /** A parser over one line; a start Jackson cannot even decode is a read issue (null). */
  private JsonParser parser(byte[] line, int length, boolean report, long number) throws IOException {
    try {
      parsersMade++;
      return factory.createParser(line, 0, length);
    } catch (java.io.CharConversionException | com.fasterxml.jackson.core.exc.StreamReadException e) {
      if (report) {
        context.parseError(SourceLocation.inFile(file, number, 1), ReadIssue.reason("JSON_NOT_UTF8", "cause", JsonErrors.firstLine(e.getMessage())));
      }
      return null;
    }
  }

  private static Optional<Table> table(String type) {
    return Arrays.stream(RecordType.values()).map(Tables::of).filter(t -> t.jsonLinesType().equals(type)).findFirst();
  }

  private static boolean isBlank(byte[] line, int length) {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Locations of a line's values: the parser counts from line 1, the file from this line. One
   * for the file, moved from line to line.
   */
  private static final class LineParser extends JsonRecordParser {
    private long number;

    LineParser(String file) {
      super(file);
    }

    LineParser at(long number, byte[] line) {
      this.number = number;
      countColumns(Utf16Columns.inLine(line));
      return this;
    }

    @Override
    long line(com.fasterxml.jackson.core.JsonLocation at) {
      return number;
    }

  }

  /**
   * Splits a byte stream into lines without ever holding more than the limit. Scans a block
   * at a time for the line ends (a method call per byte cost more than parsing the line).
   */
  private static final class Lines implements AutoCloseable {
    private final InputStream in;
    private final int max;
    private final byte[] block = new byte[65536];
    private int position;
    private int limit;
    private boolean end;
    private byte[] buffer = new byte[8192];
    private int length;
    private long number;
    private boolean tooLong;

    Lines(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /** At least {@code bytes} unread bytes in the block, unless the stream ends first. */
    private boolean available(int bytes) throws IOException {
      while (limit - position < bytes && !end) {
        if (position > 0) {
          System.arraycopy(block, position, block, 0, limit - position);
          limit -= position;
          position = 0;
        }
        int n = in.read(block, limit, block.length - limit);
        if (n < 0) {
          end = true;
        } else {
          limit += n;
        }
      }
      return limit - position >= bytes;
    }

    byte[] next() throws IOException {
      length = 0;
      tooLong = false;
      if (!available(1)) {
        return null;
      }
      number++;
      if (number == 1 && available(3) && block[position] == (byte) 0xEF && block[position + 1] == (byte) 0xBB
          && block[position + 2] == (byte) 0xBF) {
        position += 3; // a UTF-8 byte-order mark
      }
      while (available(1)) {
        int from = position;
        int at = from;
        while (at < limit && block[at] != '\n') {
          at++;
        }
        append(from, at - from);
        position = at;
        if (at < limit) {
          position++; // past the line end
          break;
        }
      }
      return buffer;
    }

    /** Keeps what fits under the limit; the rest only marks the line too long. */
    private void append(int from, int count) {
      int keep = Math.min(count, max - length);
      if (keep < count) {
        tooLong = true;
      }
      if (keep > 0) {
        if (length + keep > buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(max, Math.max((long) buffer.length * 2, length + keep)));
        }
        System.arraycopy(block, from, buffer, length, keep);
        length += keep;
      }
    }

    int length() {
      return length;
    }

    long number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
