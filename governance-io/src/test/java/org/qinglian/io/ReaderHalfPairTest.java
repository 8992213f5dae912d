package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;

/**
 * JSON that arrives as characters may hold half a surrogate pair, which UTF-8 cannot: the reader of
 * characters reports it where it stands instead of failing with the encoder's unlocated
 * {@code MalformedInputException}, and passes whole pairs through, also across its reads.
 */
class ReaderHalfPairTest {

  private static String document(String name) {
    String unit = ExchangeJson.write(Fixtures.organ()).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + name + "\"");
    return "{\"header\":" + ExchangeJson.write(Fixtures.header()) + ",\n\"units\":[" + unit + "]}";
  }

  private static List<ReadIssue> read(String json) throws IOException {
    ExchangeJsonTest.Collect sink = new ExchangeJsonTest.Collect();
    ExchangeReader.read(new StringReader(json), "units.json", ReadOptions.defaults(), sink);
    assertEquals(sink.issues.isEmpty() ? 1 : 0, sink.units.size(), "the unit is built when its name is text");
    return sink.issues;
  }

  @Test
  void halfAPairInAStringIsReportedAtItsField() throws IOException {
    for (String half : List.of("\uD800", "\uDFFF")) {
      List<ReadIssue> issues = read(document("财政" + half + "局"));
      assertEquals(1, issues.size(), issues.toString());
      assertEquals("FIELD_INVALID", issues.get(0).code());
      assertTrue(issues.get(0).toString().contains("UNPAIRED_SURROGATE"), issues.toString());
      assertEquals(java.util.Optional.of("name"), issues.get(0).path());
      assertEquals(java.util.OptionalLong.of(2), issues.get(0).location().line(), issues.get(0).location().toString());
    }
  }

  @Test
  void wholePairsPassEvenAcrossReads() throws IOException {
    assertEquals(List.of(), read(document("\uD840\uDC00氏宗祠")));
    // A reader that hands over one character at a time splits every pair.
    String text = "a\uD840\uDC00b\uD800c\uDBFF";
    StringWriter out = new StringWriter();
    ExchangeReader.transferEscapingHalfPairs(new OneAtATime(text), out);
    assertEquals("a\uD840\uDC00b\\uD800c\\uDBFF", out.toString());
    StringWriter whole = new StringWriter();
    ExchangeReader.transferEscapingHalfPairs(new StringReader("x".repeat(8191) + "\uD840\uDC00" + "\uDC00"), whole);
    assertEquals("x".repeat(8191) + "\uD840\uDC00\\uDC00", whole.toString());
  }

  /** Gives one character a read. */
  private static final class OneAtATime extends Reader {
    private final String text;
    private int at;

    OneAtATime(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      buffer[offset] = text.charAt(at++);
      return 1;
    }

    @Override
    public void close() {}
  }
}
