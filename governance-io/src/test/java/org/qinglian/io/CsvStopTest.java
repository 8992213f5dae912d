package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.text.Reason;

/**
 * What stops reading a CSV file — a character after a closing quote, bytes that are not the
 * file's encoding, a quote never closed — is one {@code PARSE_ERROR} at the line of the row where
 * it stands, with its reason; the rows before it are read.
 */
class CsvStopTest {

  private static final String HEADER = "id,name,category,division_code\r\n";
  private static final String GOOD = "U-1,第一党支部,ORGAN,420102\r\n";

  @TempDir
  Path dir;

  @Test
  void aCharacterAfterAClosingQuote() throws IOException {
    assertStops(units((HEADER + GOOD + "U-2,\"第二\"党支部,ORGAN,420102\r\n").getBytes(StandardCharsets.UTF_8)),
        3, "CSV_INVALID");
  }

  @Test
  void bytesThatAreNotUtf8() throws IOException {
    byte[] start = (HEADER + GOOD + "\r\n" + "U-2,").getBytes(StandardCharsets.UTF_8);
    byte[] rest = ",ORGAN,420102\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[start.length + 2 + rest.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xE4; // a three-byte character cut after its first byte
    bytes[start.length + 1] = 0x41;
    System.arraycopy(rest, 0, bytes, start.length + 2, rest.length);
    // UTF-8 by the file's first MiB is not detected here: the encoding is given.
    assertStops(units(bytes), ReadOptions.builder().encoding(StandardCharsets.UTF_8).build(), 4, "ENCODING_UNDECODABLE");
  }

  @Test
  void bytesThatAreNotBig5() throws IOException {
    // Given, not detected: read transcoded to UTF-8, and stopped at the row all the same.
    java.nio.charset.Charset big5 = java.nio.charset.Charset.forName("Big5");
    byte[] start = (HEADER + GOOD.replace("党", "黨") + "\r\n" + "U-2,").getBytes(big5);
    byte[] rest = ",ORGAN,420102\r\n".getBytes(big5);
    byte[] bytes = new byte[start.length + 2 + rest.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xFF; // no Big5 character begins with it
    bytes[start.length + 1] = 0x41;
    System.arraycopy(rest, 0, bytes, start.length + 2, rest.length);
    assertStops(inEncoding(units(bytes), big5, "units.csv"), ReadOptions.builder().encoding(big5).build(), 4,
        "ENCODING_UNDECODABLE");
  }

  /**
   * The package's other CSV files, which the writer made UTF-8 with a byte-order mark, in
   * {@code charset} (a character it lacks becomes "?": they are read, not validated).
   */
  static Path inEncoding(Path folder, java.nio.charset.Charset charset, String except) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv") && !f.endsWith(except)).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Files.write(file, text.getBytes(charset));
      }
    }
    return folder;
  }

  @Test
  void aQuoteNeverClosed() throws IOException {
    String open = HEADER + GOOD + "U-2,\"" + "党".repeat(200_000) + ",ORGAN,420102\r\n";
    ReadOptions small = ReadOptions.builder().limits(ReadLimits.defaults().withMaxStringLength(1_000)).build();
    assertStops(units(open.getBytes(StandardCharsets.UTF_8)), small, 3, "CSV_CELL_TOO_LONG_READER");
  }

  private Path units(byte[] content) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pkg" + System.nanoTime()));
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.write(folder.resolve("units.csv"), content);
    return folder;
  }

  private static void assertStops(Path folder, int line, String reason) throws IOException {
    assertStops(folder, ReadOptions.defaults(), line, reason);
  }

  private static void assertStops(Path folder, ReadOptions options, int line, String reason) throws IOException {
    ReadResult read = ExchangeReader.readDataset(folder, options);
    List<ReadIssue> errors = read.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList();
    assertEquals(1, errors.size(), read.issues().toString());
    ReadIssue error = errors.get(0);
    assertEquals(Optional.of("units.csv"), error.location().file().map(f -> Path.of(f).getFileName().toString()));
    assertEquals(java.util.OptionalLong.of(line), error.location().line(), error.toString());
    assertEquals(reason, ((Reason) error.arguments().get("reason")).code(), error.toString());
    assertEquals(List.of("U-1"), read.dataset().orElseThrow().getUnits().stream().map(u -> u.getId()).toList());
  }
}
