package org.qinglian.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qinglian.model.text.Reason;
import org.qinglian.model.location.SourceLocation;

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
    Reason reason;
    try {
      return body.run();
    } catch (StreamConstraintsException e) {
      location = records.locate(parser, parser.currentLocation());
      reason = limit(firstLine(e.getOriginalMessage()));
    } catch (StreamReadException e) {
      location = records.locate(parser, e.getLocation() != null ? e.getLocation() : parser.currentLocation());
      reason = syntax(e, firstLine(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      location = records.locate(parser, parser.currentLocation());
      reason = ReadIssue.reason("JSON_INVALID_UTF8", "cause", firstLine(e.getMessage()));
    }
    if (report) {
      context.parseError(location, reason);
    }
    return null;
  }

  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\((.{1,12}) \\(code \\d+\\)\\)");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.{0,200})'");
  private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.{0,60})");

  /**
   * Jackson's English message as a reason of ours: the common syntax errors by kind, with the
   * offending character, member or token; anything else as plain invalid JSON. The original
   * message stays in the {@code cause} argument for the JSON report.
   */
  static Reason syntax(StreamReadException e, String message) {
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      return ReadIssue.reason("JSON_UNEXPECTED_END", "cause", message);
    }
    if (message.startsWith("Invalid UTF-8")) {
      return ReadIssue.reason("JSON_INVALID_UTF8", "cause", message);
    }
    Matcher m = UNEXPECTED.matcher(message);
    if (m.find()) {
      return ReadIssue.reason("JSON_UNEXPECTED_CHARACTER", "character", m.group(1), "cause", message);
    }
    m = DUPLICATE.matcher(message);
    if (m.find()) {
      return ReadIssue.reason("JSON_DUPLICATE_MEMBER", "name", m.group(1), "cause", message);
    }
    m = UNRECOGNIZED.matcher(message);
    if (m.find()) {
      return ReadIssue.reason("JSON_UNRECOGNIZED_TOKEN", "token", m.group(1), "cause", message);
    }
    return ReadIssue.reason("JSON_SYNTAX", "cause", message);
  }

  /** Which of our read limits Jackson's constraint message speaks of. */
  private static Reason limit(String message) {
    String limit = message.contains("String value length") ? "maxStringLength"
        : message.contains("Number value length") ? "maxNumberLength"
        : message.contains("nesting depth") ? "maxNestingDepth"
        : message.contains("Name length") ? "maxStringLength"
        : "StreamReadConstraints";
    return ReadIssue.reason("JSON_LIMIT", "limit", limit, "cause", message);
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
