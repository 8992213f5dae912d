package org.qinglian.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.CharConversionException;
import java.io.IOException;
import org.qinglian.validation.SourceLocation;

/** Turns what Jackson cannot read into a located {@code PARSE_ERROR}; real I/O failures pass. */
final class JsonErrors {

  private JsonErrors() {}

  @FunctionalInterface
  interface Body<T> {
    T run() throws IOException;
  }

  /** Runs {@code body}; on a read error reports it and returns {@code null}. */
  static <T> T guard(ReadContext context, JsonRecordParser records, JsonParser parser, Body<T> body)
      throws IOException {
    return guard(context, records, parser, body, true);
  }

  /**
   * Runs {@code body}; on a read error returns {@code null}, reporting it when {@code report}
   * (a first pass that only looks for the header stays quiet: the full pass reports).
   */
  static <T> T guard(ReadContext context, JsonRecordParser records, JsonParser parser, Body<T> body, boolean report)
      throws IOException {
    SourceLocation location;
    String detail;
    try {
      return body.run();
    } catch (StreamConstraintsException e) {
      location = records.locate(parser, parser.currentLocation());
      detail = "a read limit was exceeded: " + firstLine(e.getOriginalMessage()) + " (see ReadLimits)";
    } catch (StreamReadException e) {
      location = records.locate(parser, e.getLocation() != null ? e.getLocation() : parser.currentLocation());
      detail = "invalid JSON: " + firstLine(e.getOriginalMessage());
    } catch (CharConversionException e) {
      location = records.locate(parser, parser.currentLocation());
      detail = "invalid UTF-8 (JSON must be UTF-8): " + firstLine(e.getMessage());
    }
    if (report) {
      context.parseError(location, detail);
    }
    return null;
  }


  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
