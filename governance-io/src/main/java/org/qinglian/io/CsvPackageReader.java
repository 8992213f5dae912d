package org.qinglian.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.qinglian.model.location.SourceLocation;

/**
 * Reads a CSV package, a folder or a ZIP archive: {@code dataset.csv} first, then one file
 * per record type in the format's order. Headers may be snake_case English or Chinese.
 * Entries of a ZIP are read in place (nothing is extracted), with their names checked and
 * their expansion bounded.
 */
final class CsvPackageReader {

  private final ReadContext context;

  CsvPackageReader(ReadContext context) {
    this.context = context;
  }

  /** Opens a named file of the package. */
  private interface Source {
    Optional<InputStream> open(String name) throws IOException;

    String describe(String name);
  }

  void readFolder(Path folder) throws IOException {
    Set<String> expected = expectedNames();
    boolean any;
    try (Stream<Path> files = Files.list(folder)) {
      any = files.anyMatch(p -> expected.contains(p.getFileName().toString()) && Files.isRegularFile(p));
    }
    if (!any) {
      // No file of a package at all: nothing was read, so there is no verdict to give.
      context.parseError(SourceLocation.inFile(folder.toString(), 0, 0), ReadIssue.reason("CSV_PACKAGE_EMPTY"));
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).filter(name -> !expected.contains(name)).sorted()
          .forEach(name -> context.issue(ReadIssue.UNKNOWN_FIELD, SourceLocation.inFile(folder.resolve(name).toString(), 0, 0),
              null, null, Map.of("field", name + " (a file the format does not define; not read)")));
    }
    readTables(new Source() {
      @Override
      public Optional<InputStream> open(String name) throws IOException {
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(context.counted(Files.newInputStream(file))) : Optional.empty();
      }

      @Override
      public String describe(String name) {
        return folder.resolve(name).toString();
      }
    }, folder.toString());
  }

  void readZip(Path archive) throws IOException {
    readZip(archive, archive.toString());
  }

  /** Reads the archive at {@code archive} (of the default file system), naming it {@code name} in locations. */
  void readZip(Path archive, String name) throws IOException {
    ReadLimits limits = context.options.limits();
    Opened opened = open(archive, name, limits);
    if (opened == null) {
      return;
    }
    try (ZipFile archiveFile = opened.zip()) {
      Map<String, ZipEntry> entries = entries(opened.entries(), name);
      long[] total = {0};
      readTables(new Source() {
        @Override
        public Optional<InputStream> open(String name) throws IOException {
          ZipEntry entry = entries.get(name);
          return entry == null ? Optional.empty()
              : Optional.of(context.counted(new Bounded(archiveFile.getInputStream(entry), entry, total, limits)));
        }

        @Override
        public String describe(String member) {
          return name + "!/" + (entries.containsKey(member) ? entries.get(member).getName() : member);
        }
      }, name);
    }
  }

  /** An open archive and its entries. */
  private record Opened(ZipFile zip, List<ZipEntry> entries) {}

  /**
   * The archive and its entries, or null (reported). Entry names without the UTF-8 flag are in
   * the creating machine's code page — GBK on Chinese Windows — so when they do not decode as
   * UTF-8 the archive is opened again with GB18030 for them.
   */
  private Opened open(Path archive, String name, ReadLimits limits) throws IOException {
    SourceLocation location = SourceLocation.inFile(name, 0, 0);
    for (Charset names : List.of(StandardCharsets.UTF_8, CsvEncoding.GB18030)) {
      ZipFile zip;
      try {
        zip = new ZipFile(archive.toFile(), names);
      } catch (ZipException | EOFException e) { // a damaged end record reads past the end of the file
        if (String.valueOf(e.getMessage()).contains("bad entry name")) {
          continue;
        }
        context.parseError(location, ReadIssue.reason("ZIP_UNREADABLE", "cause", String.valueOf(e.getMessage())));
        return null;
      }
      int size = zip.size();
      if (size > limits.maxZipEntries()) { // before listing them: each listed entry is an object
        zip.close();
        context.parseError(location, ReadIssue.reason("ZIP_TOO_MANY_ENTRIES", "entries", size, "limit", limits.maxZipEntries()));
        return null;
      }
      List<ZipEntry> listed = list(zip);
      if (listed != null) {
        return new Opened(zip, listed);
      }
      zip.close();
    }
    context.parseError(location, ReadIssue.reason("ZIP_NAME_UNDECODABLE"));
    return null;
  }

  /** Every entry, or null when a name does not decode (ZipFile throws IllegalArgumentException). */
  private static List<ZipEntry> list(ZipFile zip) {
    List<ZipEntry> all = new ArrayList<>();
    try {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        all.add(entries.nextElement());
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return all;
  }

  /** The package's entries by file name; unsafe names and unknown files are reported, not read. */
  private Map<String, ZipEntry> entries(List<ZipEntry> listed, String archive) {
    Set<String> expected = expectedNames();
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    for (ZipEntry entry : listed) {
      String name = entry.getName();
      SourceLocation location = SourceLocation.inFile(archive + "!/" + name, 0, 0);
      if (entry.isDirectory()) {
        continue;
      }
      if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")
          || name.chars().filter(c -> c == '/').count() > 1) {
        context.parseError(location, ReadIssue.reason("ZIP_NAME_NOT_ALLOWED", "name", name));
        continue;
      }
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (!expected.contains(base)) {
        context.issue(ReadIssue.UNKNOWN_FIELD, location, null, null,
            Map.of("field", name + " (a file the format does not define; not read)"));
      } else if (entries.putIfAbsent(base, entry) != null) {
        context.parseError(location, ReadIssue.reason("ZIP_DUPLICATE_ENTRY", "file", base));
      }
    }
    return entries;
  }

  private static Set<String> expectedNames() {
    Set<String> names = new HashSet<>();
    Tables.all().forEach(t -> names.add(t.csvFile()));
    return names;
  }

  private void readTables(Source source, String packageName) throws IOException {
    try {
      boolean header = readTable(source, Tables.DATASET);
      if (!header) {
        context.issue(ReadIssue.FIELD_REQUIRED, SourceLocation.inFile(source.describe("dataset.csv"), 0, 0), null,
            "header", Map.of());
      }
      for (Table table : Tables.all().subList(1, Tables.all().size())) {
        readTable(source, table);
      }
    } catch (InputLimitException e) {
      context.parseError(SourceLocation.inFile(packageName, 0, 0), e.reason());
    }
  }

  /** A damaged compressed entry is the file's fault, not an I/O failure of the machine. */
  private static org.qinglian.model.text.Reason damagedEntry(ZipException e) {
    return ReadIssue.reason("ZIP_DAMAGED", "cause", JsonErrors.firstLine(e.getMessage()));
  }

  /** Reads one file; returns whether it was there. */
  private boolean readTable(Source source, Table table) throws IOException {
    String file = source.describe(table.csvFile());
    Optional<InputStream> opened;
    try {
      opened = source.open(table.csvFile());
    } catch (ZipException e) {
      context.parseError(SourceLocation.inFile(file, 0, 0), damagedEntry(e));
      return true;
    }
    if (opened.isEmpty()) {
      return false;
    }
    long line = 0;
    try (InputStream in = opened.get()) {
      CsvEncoding.Decoded decoded = CsvEncoding.open(in, context.options.encoding());
      ReadLimits limits = context.options.limits();
      // A cell may hold four times the longest string in characters (what the reader reports as too
      // long, rather than stop), and a char takes at most four bytes.
      int maxCellBytes = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(65536L, limits.maxStringLength() * 4L) * 4L);
      TableRows rows = new TableRows(context, table, (row, column) -> SourceLocation.inFile(file, row, column), true);
      // Bytes split first, then decoded a cell at a time (CsvRows says why). Another encoding is
      // transcoded to UTF-8 first: one reader for every file (FastCSV 4.1, which read them before,
      // loses a quoted cell's bare CR and the row's end with it).
      boolean split = CsvRows.reads(decoded.charset());
      CsvRows reader = new CsvRows(split ? decoded.bytes() : new Utf8Transcoding(decoded.bytes(), decoded.charset()),
          split ? decoded.charset() : StandardCharsets.UTF_8, maxCellBytes);
      try {
        while (reader.next()) {
          line = reader.line();
          if (!row(rows, file, reader.cells(), reader.cellCount(), line, reader.mayHoldControl())) {
            break;
          }
        }
      } catch (CsvRows.Malformed | CharacterCodingException e) {
        stopped(e, SourceLocation.inFile(file, reader.line(), 0)); // at the row that stopped it
      }
      if (table == Tables.DATASET && rows.dataRows() == 0) {
        return false;
      }
    } catch (UncheckedIOException | CharacterCodingException | ZipException e) {
      stopped(e, SourceLocation.inFile(file, line + 1, 0));
    }
    return true;
  }

  /** One row of a file: the header, or a row under it; false when reading stops (a limit). */
  private boolean row(TableRows rows, String file, List<String> cells, int count, long line, boolean mayHoldControl) {
    if (!rows.hasHeader()) {
      rows.header(cells, line);
      return true;
    }
    if (count != rows.headers().size()) {
      rows.unreadableRow();
      context.parseError(SourceLocation.inFile(file, line, 1),
          ReadIssue.reason("CSV_FIELD_COUNT", "expected", rows.headers().size(), "found", count));
      return true;
    }
    return rows.row(cells, line, mayHoldControl);
  }

  /**
   * What stopped reading a file, wherever the decoder or the ZIP reader wrapped it (or {@link CsvRows}
   * threw it): a limit goes up to the package, the file's own faults (encoding, damaged entry, bad
   * CSV) are reported at {@code at}, and a failure of the machine is rethrown.
   */
  private void stopped(Exception e, SourceLocation at) throws IOException {
    InputLimitException limit = inChain(e, InputLimitException.class);
    if (limit != null) {
      throw limit;
    }
    CharacterCodingException coding = inChain(e, CharacterCodingException.class);
    ZipException zip = inChain(e, ZipException.class);
    if (coding != null) {
      context.parseError(at, encodingProblem(coding));
    } else if (zip != null) {
      context.parseError(at, damagedEntry(zip));
    } else if (e instanceof CsvRows.Malformed malformed) {
      context.parseError(at, ReadIssue.reason(malformed.tooLong() ? "CSV_CELL_TOO_LONG_READER" : "CSV_INVALID",
          "cause", malformed.getMessage()));
    } else {
      throw ((UncheckedIOException) e).getCause();
    }
  }

  /** The first throwable of {@code type} in the cause chain of {@code e}, or null. */
  private static <T extends Throwable> T inChain(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private org.qinglian.model.text.Reason encodingProblem(CharacterCodingException e) {
    return e instanceof CsvEncoding.Unreadable unreadable ? unreadable.reason()
        : ReadIssue.reason("ENCODING_UNDECODABLE", "encoding",
            context.options.encoding().map(Object::toString).orElse("UTF-8 / GB18030"));
  }

  /** Counts what a ZIP entry expands to: the package total and the entry's ratio are bounded. */
  private static final class Bounded extends FilterInputStream {
    private final ZipEntry entry;
    private final long[] total;
    private final ReadLimits limits;
    private final CRC32 crc = new CRC32();
    private long read;

    Bounded(InputStream in, ZipEntry entry, long[] total, ReadLimits limits) {
      super(in);
      this.entry = entry;
      this.total = total;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int b;
      try {
        b = super.read();
      } catch (IOException e) {
        throw damaged(e);
      }
      if (b >= 0) {
        crc.update(b);
        count(1);
      } else {
        checkComplete();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (IOException e) {
        throw damaged(e);
      }
      if (n > 0) {
        crc.update(buffer, offset, n);
        count(n);
      } else if (n < 0) {
        checkComplete();
      }
      return n;
    }

    /**
     * ZipFile neither checks the size nor the CRC of what it inflates; a damaged deflate stream can
     * end early and look like a shorter file. Checking both at the end turns that silent loss into
     * a reported one.
     */
    private void checkComplete() throws ZipException {
      if (entry.getSize() >= 0 && read != entry.getSize()) {
        throw new ZipException("it ends after " + read + " bytes, the archive says " + entry.getSize());
      }
      if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
        throw new ZipException("its content does not match the archive's CRC-32 checksum");
      }
    }

    /**
     * The archive is a file already open and read by ZipFile; what fails while inflating an entry
     * (bad distance, truncated stream, EOF) is damage in the file, reported as such.
     */
    private static ZipException damaged(IOException e) {
      if (e instanceof ZipException zip) {
        return zip;
      }
      ZipException zip = new ZipException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      zip.initCause(e);
      return zip;
    }

    private void count(int n) throws InputLimitException {
      read += n;
      total[0] += n;
      if (total[0] > limits.maxZipBytes()) {
        throw new InputLimitException(ReadIssue.reason("ZIP_TOO_LARGE", "limit", limits.maxZipBytes()));
      }
      long compressed = Math.max(entry.getCompressedSize(), 1);
      if (read > (1 << 20) && read / compressed > limits.maxZipRatio()) {
        throw new InputLimitException(ReadIssue.reason("ZIP_RATIO", "entry", entry.getName(), "limit", limits.maxZipRatio()));
      }
    }
  }
}
