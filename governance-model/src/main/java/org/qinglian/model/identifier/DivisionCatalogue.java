package org.qinglian.model.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * 区划目录 — a list of divisions in force, down to township level, with their names and the
 * date of the list. {@link #standard()} is the national statistics bureau's 统计用区划代码
 * of 2023 (as of 2023-06-30: 31 provinces, 342 prefectures, 2,978 counties, 41,352
 * townships) with 台湾省 71, 香港 81 and 澳门 82 of GB/T 2260. Divisions change every year:
 * an embedder with a newer list reads it with {@link #read(Reader, String, String, String, LocalDate)}.
 *
 * <p>Immutable and thread-safe; the standard catalogue is loaded once, on first use.
 */
public final class DivisionCatalogue {

  private final long[] codes;
  private final Names names;
  private final String[] labels;
  private final LocalDate date;

  /** The names of the divisions, by index: held as strings, or decoded from the bundled file when asked. */
  private interface Names {
    String simplified(int index);

    String traditional(int index);
  }

  private DivisionCatalogue(long[] codes, Names names, String[] labels, LocalDate date) {
    this.codes = codes;
    this.names = names;
    this.labels = labels;
    this.date = date;
  }

  private DivisionCatalogue(long[] codes, String[] names, String[] traditionalNames, String[] labels, LocalDate date) {
    this(codes, new Names() {
      @Override
      public String simplified(int index) {
        return names[index];
      }

      @Override
      public String traditional(int index) {
        return traditionalNames[index];
      }
    }, labels, date);
  }

  /** {@return the bundled list: 统计用区划代码 2023, to township level} */
  public static DivisionCatalogue standard() {
    return Standard.INSTANCE;
  }

  /** {@return the bundled list read from its text, not from its codes file} (for a build-time test) */
  static DivisionCatalogue standardFromList() {
    return Standard.scanned();
  }

  /** {@return the bundled list as if its codes file held {@code codes}} (for a test of a mismatch) */
  static DivisionCatalogue standardWithCodes(long[] codes) {
    return Standard.withCodes(codes);
  }

  /** {@return the codes file of {@code catalogue}: what {@code divisions-2023.codes} holds} (for a build-time test) */
  static byte[] codesFile(DivisionCatalogue catalogue) {
    return Standard.codesFileFor(catalogue);
  }

  /**
   * A catalogue from lines {@code code<TAB>name[<TAB>traditional name]}: codes of 6 or 12
   * digits (or the 2-, 4- and 9-digit forms of the statistical list, which are padded with
   * zeros), blank lines and lines starting with {@code #} ignored.
   *
   * @param lines the catalogue's lines; read to the end, not closed
   * @return the catalogue
   * @param labelZh the list's name in simplified Chinese, for messages (“2024年统计用区划代码”)
   * @param labelTw the same in traditional Chinese
   * @param labelEn the same in English
   * @param date the day the list speaks for
   * @throws IllegalArgumentException when a line is not a code and a name
   * @throws IOException when the lines cannot be read
   */
  public static DivisionCatalogue read(Reader lines, String labelZh, String labelTw, String labelEn, LocalDate date)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    BufferedReader reader = lines instanceof BufferedReader b ? b : new BufferedReader(lines);
    int number = 0;
    boolean sorted = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String code = tab < 0 ? line : line.substring(0, tab);
      if (tab < 0 || code.isEmpty() || code.length() > 12 || !code.chars().allMatch(c -> c >= '0' && c <= '9')
          || line.substring(tab + 1).isBlank()) {
        throw new IllegalArgumentException("line " + number + ": expected a code, a tab and a name");
      }
      int second = line.indexOf('\t', tab + 1);
      String name = second < 0 ? line.substring(tab + 1) : line.substring(tab + 1, second);
      String traditional = second < 0 || line.substring(second + 1).isBlank() ? name : line.substring(second + 1);
      long key = key(code);
      sorted &= keys.isEmpty() || keys.get(keys.size() - 1) <= key;
      keys.add(key);
      rows.add(new String[] {name, traditional});
    }
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (!sorted) {
      Arrays.sort(order, (a, b) -> Long.compare(keys.get(a), keys.get(b)));
    }
    long[] codes = new long[rows.size()];
    String[] names = new String[rows.size()];
    String[] traditional = new String[rows.size()];
    int n = 0;
    for (int i : order) {
      long key = keys.get(i);
      if (n > 0 && codes[n - 1] == key) {
        continue; // a city without counties is listed at both levels under one code
      }
      codes[n] = key;
      names[n] = rows.get(i)[0];
      traditional[n] = rows.get(i)[1];
      n++;
    }
    return new DivisionCatalogue(Arrays.copyOf(codes, n), Arrays.copyOf(names, n), Arrays.copyOf(traditional, n),
        new String[] {Objects.requireNonNull(labelZh), Objects.requireNonNull(labelTw), Objects.requireNonNull(labelEn)},
        Objects.requireNonNull(date));
  }

  /**
   * Whether a well-formed code names a division of this list; a village code (the list goes
   * to townships) when its township does. Invalid codes are in no list.
   *
   * @param code the code
   * @return whether the list names it
   */
  public boolean contains(DivisionCode code) {
    return index(code) >= 0;
  }

  /**
   * {@return the division's name in {@code locale}'s script (traditional for zh-TW, else simplified)}
   *
   * @param code the division's code
   * @param locale the language wanted
   */
  public Optional<String> name(DivisionCode code, Locale locale) {
    if (code.level().filter(l -> l == DivisionLevel.VILLAGE).isPresent()) {
      return Optional.empty();
    }
    int i = index(code);
    if (i < 0) {
      return Optional.empty();
    }
    boolean traditional = locale.getLanguage().equals("zh") && (locale.getScript().equals("Hant")
        || locale.getCountry().equals("TW") || locale.getCountry().equals("HK") || locale.getCountry().equals("MO"));
    return Optional.of(traditional ? names.traditional(i) : names.simplified(i));
  }

  /**
   * {@return the list's name in {@code locale}'s language, for messages}
   *
   * @param locale the language wanted
   */
  public String label(Locale locale) {
    if (!locale.getLanguage().equals("zh")) {
      return labels[2];
    }
    boolean traditional = locale.getScript().equals("Hant") || locale.getCountry().equals("TW")
        || locale.getCountry().equals("HK") || locale.getCountry().equals("MO");
    return traditional ? labels[1] : labels[0];
  }

  /**
   * The divisions one level below {@code parent} that the list names, in code order, as
   * 12-digit codes (the townships of a county, the counties of a city …); empty for a
   * township, a village or a code the list does not know.
   *
   * @param parent a division's code
   * @return the divisions directly below it
   */
  public List<DivisionCode> children(DivisionCode parent) {
    if (index(parent) < 0 || parent.level().orElseThrow().ordinal() >= DivisionLevel.TOWNSHIP.ordinal()) {
      return List.of();
    }
    String twelve = parent.text() + "0".repeat(12 - parent.text().length());
    int digits = parent.level().orElseThrow().significantDigits();
    long span = (long) Math.pow(10, 12 - digits);
    long from = key(twelve);
    List<DivisionCode> children = new ArrayList<>();
    for (int i = Arrays.binarySearch(codes, from) + 1; i < codes.length && codes[i] < from + span; i++) {
      DivisionCode child = DivisionCode.of(String.format("%012d", codes[i]));
      if (child.parent().map(DivisionCode::text).filter(twelve::equals).isPresent()) {
        children.add(child);
      }
    }
    return List.copyOf(children);
  }

  /** {@return the day the list speaks for} */
  public LocalDate date() {
    return date;
  }

  /** {@return how many divisions the list names} */
  public int size() {
    return codes.length;
  }

  private int index(DivisionCode code) {
    if (!code.isValid()) {
      return -1;
    }
    String text = code.text();
    if (code.level().orElseThrow() == DivisionLevel.VILLAGE) {
      text = text.substring(0, 9); // the list goes to townships
    }
    return Arrays.binarySearch(codes, key(text));
  }

  private static long key(String digits) {
    long value = 0;
    for (int i = 0; i < 12; i++) {
      value = value * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
    }
    return value;
  }

  @Override
  public String toString() {
    return labels[2] + " (" + codes.length + " divisions, " + date + ")";
  }

  private static final class Standard {
    private static final String[] LABELS = {"2023年统计用区划代码（国家统计局，截至2023年6月30日）",
        "2023年統計用區劃代碼（國家統計局，截至2023年6月30日）",
        "the 2023 statistical division codes (National Bureau of Statistics, as of 30 June 2023)"};
    private static final LocalDate DATE = LocalDate.of(2023, 6, 30);
    /** The first bytes of {@code divisions-2023.codes}. */
    static final int MAGIC = 0x514c4443; // "QLDC"
    // After the constants it uses: static fields initialise in order.
    static final DivisionCatalogue INSTANCE = load();

    /**
     * The codes from {@code divisions-2023.codes} — the bundled list's distinct codes, sorted,
     * as 8-byte numbers, written at build time from the list ({@code DivisionCodesFileTest} fails
     * when it no longer matches) — so that a run that checks codes neither unpacks nor scans the
     * 1.6 MB list (about 20 ms at start); the list is read when a message first needs a name, and
     * must then have the same codes. Without that file, the list is read at once.
     */
    private static DivisionCatalogue load() {
      long[] codes = codesFile();
      return codes == null ? scanned() : withCodes(codes);
    }

    /** The bundled list with {@code codes} as read from its codes file; names from the list when asked. */
    static DivisionCatalogue withCodes(long[] codes) {
      return new DivisionCatalogue(codes, new Names() {
        private volatile DivisionCatalogue list;

        private DivisionCatalogue list() {
          DivisionCatalogue found = list;
          if (found == null) {
            found = scanned();
            if (!Arrays.equals(found.codes, codes)) {
              throw new IllegalStateException("divisions-2023.codes does not match divisions-2023.tsv.gz");
            }
            list = found;
          }
          return found;
        }

        @Override
        public String simplified(int index) {
          return list().names.simplified(index);
        }

        @Override
        public String traditional(int index) {
          return list().names.traditional(index);
        }
      }, LABELS, DATE);
    }

    /** The codes of {@code divisions-2023.codes}, or null when it is absent or not in its form. */
    private static long[] codesFile() {
      try (InputStream in = DivisionCatalogue.class.getResourceAsStream("divisions-2023.codes")) {
        if (in == null) {
          return null;
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(in.readAllBytes());
        if (bytes.remaining() < 8 || bytes.getInt() != MAGIC) {
          return null;
        }
        int n = bytes.getInt();
        if (n < 0 || bytes.remaining() != 8L * n) {
          return null;
        }
        long[] codes = new long[n];
        bytes.asLongBuffer().get(codes);
        return codes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code divisions-2023.codes} as it should be: the magic number, the count, the codes. */
    static byte[] codesFileFor(DivisionCatalogue catalogue) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 + 8 * catalogue.codes.length);
      bytes.putInt(MAGIC).putInt(catalogue.codes.length);
      bytes.asLongBuffer().put(catalogue.codes);
      return bytes.array();
    }

    /** The bundled list, unpacked and read. */
    static DivisionCatalogue scanned() {
      String[] labels = LABELS;
      LocalDate date = DATE;
      byte[] file;
      try (InputStream raw = DivisionCatalogue.class.getResourceAsStream("divisions-2023.tsv.gz")) {
        if (raw == null) {
          throw new IllegalStateException("divisions-2023.tsv.gz is missing from governance-model");
        }
        file = new GZIPInputStream(raw, 1 << 16).readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      DivisionCatalogue fast = scan(file, labels, date);
      if (fast != null) {
        return fast;
      }
      try {
        return read(new InputStreamReader(new java.io.ByteArrayInputStream(file), StandardCharsets.UTF_8),
            labels[0], labels[1], labels[2], date);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The bundled file as generated — sorted 12-digit codes — read without decoding a
     * character: a check of codes needs none, and the names (for messages) are decoded from
     * the file's bytes when asked. This saves a short command-line run most of 0.1 s. Null
     * when the file is not in that form, and {@link #read} reads it instead.
     */
    private static DivisionCatalogue scan(byte[] file, String[] labels, LocalDate date) {
      long[] codes = new long[50_000];
      int[] starts = new int[50_000];
      int n = 0;
      int at = 0;
      while (at < file.length) {
        int end = at;
        while (end < file.length && file[end] != '\n') {
          end++;
        }
        if (end > at && file[at] != '#') {
          if (end - at < 14 || file[at + 12] != '\t') {
            return null;
          }
          long key = 0;
          for (int i = at; i < at + 12; i++) {
            int digit = file[i] - '0';
            if (digit < 0 || digit > 9) {
              return null;
            }
            key = key * 10 + digit;
          }
          if (n > 0 && codes[n - 1] > key) {
            return null;
          }
          if (n == 0 || codes[n - 1] != key) { // a city without counties is listed at both levels under one code
            if (n == codes.length) {
              codes = Arrays.copyOf(codes, 2 * n);
              starts = Arrays.copyOf(starts, 2 * n);
            }
            codes[n] = key;
            starts[n] = at + 13;
            n++;
          }
        }
        at = end + 1;
      }
      int[] nameStarts = Arrays.copyOf(starts, n);
      return new DivisionCatalogue(Arrays.copyOf(codes, n), new Names() {
        @Override
        public String simplified(int index) {
          return field(nameStarts[index], 0);
        }

        @Override
        public String traditional(int index) {
          String traditional = field(nameStarts[index], 1);
          return traditional.isBlank() ? simplified(index) : traditional;
        }

        /** The {@code which}-th tab-separated field from {@code start} on its line; empty when absent. */
        private String field(int start, int which) {
          int from = start;
          for (int skipped = 0; skipped < which; skipped++) {
            while (from < file.length && file[from] != '\t' && file[from] != '\n') {
              from++;
            }
            if (from >= file.length || file[from] == '\n') {
              return "";
            }
            from++;
          }
          int to = from;
          while (to < file.length && file[to] != '\t' && file[to] != '\n' && file[to] != '\r') {
            to++;
          }
          return new String(file, from, to - from, StandardCharsets.UTF_8);
        }
      }, labels, date);
    }
  }
}
