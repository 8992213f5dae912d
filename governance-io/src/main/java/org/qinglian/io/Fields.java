package org.qinglian.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qinglian.model.text.Reason;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.qinglian.model.codelist.CodeLists;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.location.SourceLocation;

/**
 * Typed access to the values of one {@link RawRecord}, for the binders. Every getter marks
 * its path as read; a value of the wrong type or outside its code list is a {@code FIELD_INVALID} at the value's
 * location, a missing required one a {@code FIELD_REQUIRED} at the record's. Required
 * getters then return {@code null} and {@link #ok()} turns false: the binder must not
 * build. Paths nobody read are the record's unknown fields.
 */
final class Fields {

  private final RawRecord raw;
  private final ReadContext context;
  private boolean ok = true;

  Fields(RawRecord raw, ReadContext context) {
    this.raw = raw;
    this.context = context;
  }

  boolean ok() {
    return ok;
  }

  SourceLocation location() {
    return raw.location;
  }

  boolean present(String path) {
    return raw.values.containsKey(path);
  }

  /** Whether any value lies under {@code prefix} (for example {@code demonstration.}). */
  boolean anyPresent(String prefix) {
    if (raw.values.anyStartsWith(prefix)) {
      return true;
    }
    // Asked for every unit, whose unknown values are nearly always none: then nothing is made, not even
    // an iterator or the pointer's prefix. A loop, not a stream.
    if (raw.unknown().isEmpty()) {
      return false;
    }
    String pointerPrefix = prefix.replace('.', '/');
    for (String pointer : raw.unknown().keySet()) {
      if (pointer.startsWith(pointerPrefix)) {
        return true;
      }
    }
    return false;
  }

  private RawValue take(String path) {
    return raw.values.take(path);
  }

  /**
   * The value to check and report when {@code cell} (from {@link RawValues#takeCellText}) did not
   * settle the question: taken now when no cell answered, else looked up (the cell was taken already).
   */
  private RawValue slowPathValue(String cell, String path) {
    return cell == RawValues.NOT_A_CELL ? scalar(path) : raw.values.get(path);
  }

  /** The id text, when present and a scalar (for reporting a record that cannot be built). */
  Optional<String> peekText(String path) {
    RawValue value = raw.values.get(path);
    return value == null || value.isList() ? Optional.empty() : Optional.of(value.text);
  }

  String text(String path) {
    return requireValue(path, textOrNull(path));
  }

  Optional<String> optText(String path) {
    return Optional.ofNullable(textOrNull(path));
  }

  // The getters below unwrap nothing on the way: a required value is returned as it is, and only
  // an optional one is wrapped, once (an Optional for every value was some 7 % of what reading allocated).

  /** The text at {@code path}, or {@code null} when absent or not readable as text (reported). */
  private String textOrNull(String path) {
    String cell = raw.values.takeCellText(path);
    if (cell != RawValues.NOT_A_CELL && (cell == null || !raw.escaped || disallowedCharacter(cell) < 0)) {
      return cell; // a row's text cell, read without making a value of it
    }
    RawValue value = slowPathValue(cell, path);
    if (value == null) {
      return null;
    }
    if (value.kind != RawValue.Kind.TEXT && value.kind != RawValue.Kind.STRING) {
      fail(value, path, describe(value, path), "TEXT_EXPECTED");
      return null;
    }
    int control = raw.escaped ? disallowedCharacter(value.text) : -1;
    if (control >= 0) {
      fail(value, path, describe(value, path), characterProblem(value.text, control),
          "character", String.format("U+%04X", (int) value.text.charAt(control)), "position", control + 1);
      return null;
    }
    return value.text;
  }

  <E extends Enum<E> & Coded> E code(Class<E> type, String path) {
    return require(path, optCode(type, path));
  }

  // The optional readers below test and unwrap rather than chain lambdas: a short run links each
  // lambda on its first call, about 0.15 ms each even from a class-data-sharing archive.

  <E extends Enum<E> & Coded> Optional<E> optCode(Class<E> type, String path) {
    String text = textOrNull(path);
    if (text == null) {
      return Optional.empty();
    }
    Optional<E> found = CodeLists.find(type, text);
    return found.isPresent() ? found
        : fail(raw.values.get(path), path, quoted(text), "CODE_EXPECTED", "codes", codes(type));
  }

  <E extends Enum<E> & Coded> List<E> codes(Class<E> type, String path) {
    List<E> result = new ArrayList<>();
    for (String item : items(path)) {
      Optional<E> found = CodeLists.find(type, item);
      if (found.isEmpty()) {
        fail(raw.values.get(path), path, quoted(item), "CODE_ITEMS_EXPECTED", "codes", codes(type));
      } else {
        result.add(found.get());
      }
    }
    return result;
  }

  UnitCategory category(String path) {
    return require(path, optCategory(path));
  }

  Optional<UnitCategory> optCategory(String path) {
    String text = textOrNull(path);
    if (text == null) {
      return Optional.empty();
    }
    Optional<UnitCategory> found = context.options.categories().find(text);
    return found.isPresent() ? found : Optional.of(UnitCategory.unlisted(text));
  }

  LocalDate date(String path) {
    return requireValue(path, dateOrNull(path));
  }

  Optional<LocalDate> optDate(String path) {
    return Optional.ofNullable(dateOrNull(path));
  }

  private LocalDate dateOrNull(String path) {
    String text = textOrNull(path);
    return text == null ? null : parseDate(text, path, -1);
  }

  OffsetDateTime dateTime(String path) {
    String text = textOrNull(path);
    OffsetDateTime value = null;
    try {
      value = text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      fail(raw.values.get(path), path, quoted(text), "DATE_TIME_EXPECTED");
    }
    return requireValue(path, value);
  }

  Integer integer(String path) {
    OptionalInt value = optInteger(path);
    return requireValue(path, value.isPresent() ? Integer.valueOf(value.getAsInt()) : null);
  }

  OptionalInt optInteger(String path) {
    String cell = raw.values.takeCellText(path);
    if (cell != RawValues.NOT_A_CELL && (cell == null || isInteger(cell, 9))) {
      return cell == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
    }
    RawValue value = slowPathValue(cell, path);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value.kind == RawValue.Kind.BOOLEAN || value.kind == RawValue.Kind.RAW || !isInteger(value.text, 9)) {
      fail(value, path, describe(value, path), "INTEGER_EXPECTED");
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(value.text));
  }

  Optional<Long> optLong(String path) {
    RawValue value = scalar(path);
    if (value == null) {
      return Optional.empty();
    }
    if (value.kind == RawValue.Kind.BOOLEAN || value.kind == RawValue.Kind.RAW || !isInteger(value.text, 18)) {
      return fail(value, path, describe(value), "INTEGER_EXPECTED");
    }
    return Optional.of(Long.parseLong(value.text));
  }

  BigDecimal decimal(String path) {
    return requireValue(path, decimalOrNull(path));
  }

  Optional<BigDecimal> optDecimal(String path) {
    return Optional.ofNullable(decimalOrNull(path));
  }

  private BigDecimal decimalOrNull(String path) {
    String cell = raw.values.takeCellText(path);
    if (cell != RawValues.NOT_A_CELL && (cell == null || readableDecimal(cell))) {
      return cell == null ? null : new BigDecimal(cell);
    }
    RawValue value = slowPathValue(cell, path);
    return value == null ? null : parseDecimal(value, value.text, path, -1);
  }


  boolean bool(String path, boolean absent) {
    RawValue value = scalar(path);
    if (value == null) {
      return absent;
    }
    if (value.kind == RawValue.Kind.STRING || value.kind == RawValue.Kind.NUMBER || value.kind == RawValue.Kind.RAW) {
      // JSON says true or false; "true" or 1 is another type, as the schema says too.
      fail(value, path, describe(value), "BOOLEAN_EXPECTED");
      return absent;
    }
    switch (value.text.toLowerCase(Locale.ROOT)) {
      case "true": case "是": case "1": case "yes":
        return true;
      case "false": case "否": case "0": case "no":
        return false;
      default:
        fail(value, path, describe(value), "BOOLEAN_EXPECTED");
        return absent;
    }
  }

  DivisionCode division(String path) {
    String text = textOrNull(path);
    return requireValue(path, text == null ? null : DivisionCode.lenient(text));
  }

  Optional<DivisionCode> optDivision(String path) {
    String text = textOrNull(path);
    return text == null ? Optional.empty() : Optional.of(DivisionCode.lenient(text));
  }

  CreditCode credit(String path) {
    String text = textOrNull(path);
    return requireValue(path, text == null ? null : CreditCode.lenient(text));
  }

  Optional<CreditCode> optCredit(String path) {
    String text = textOrNull(path);
    return text == null ? Optional.empty() : Optional.of(CreditCode.lenient(text));
  }

  Optional<ResidentId> optResidentId(String path) {
    String text = textOrNull(path);
    return text == null ? Optional.empty() : Optional.of(ResidentId.lenient(text));
  }

  /** The items of a list; absent is empty. A scalar where a list belongs is a parse error. */
  List<String> items(String path) {
    RawValue value = take(path);
    if (value == null) {
      return List.of();
    }
    if (!value.isList()) {
      fail(value, path, describe(value), "LIST_EXPECTED");
      return List.of();
    }
    return value.items;
  }

  /** Items of one field of a list of objects; a {@code null} item is a missing field. */
  List<String> objectListItems(String path, int size) {
    List<String> items = items(path);
    if (items.size() != size && !items.isEmpty()) {
      fail(raw.values.get(path), path, ReadIssue.reason("FOUND_LIST", "count", items.size()), "LIST_SIZE",
          "expected", size);
    }
    return items;
  }


  /** Item {@code index} of a code list of objects ({@code path} like {@code followUps.type}), read from {@code text}. */
  <E extends Enum<E> & Coded> Optional<E> codeItem(Class<E> type, String path, int index, String text) {
    Optional<E> found = CodeLists.find(type, text);
    return found.isPresent() ? found
        : fail(raw.values.get(path), itemPath(path, index), quoted(text), "CODE_ITEMS_EXPECTED",
            "codes", codes(type));
  }

  /** Item {@code index} of a text field of a list of objects, read from {@code text}. */
  Optional<String> textItem(String path, int index, String text) {
    int control = raw.escaped ? disallowedCharacter(text) : -1;
    if (control >= 0) {
      return fail(raw.values.get(path), itemPath(path, index), quoted(text), characterProblem(text, control),
          "character", String.format("U+%04X", (int) text.charAt(control)), "position", control + 1);
    }
    return Optional.of(text);
  }

  /** Item {@code index} of a date list of objects, read from {@code text}. */
  Optional<LocalDate> dateItem(String path, int index, String text) {
    return Optional.ofNullable(parseDate(text, path, index));
  }

  /** Item {@code index} of a decimal list of objects, read from {@code text}. */
  Optional<BigDecimal> decimalItem(String path, int index, String text) {
    return Optional.ofNullable(parseDecimal(raw.values.get(path), text, path, index));
  }

  /** {@code followUps.type}, item 2 → {@code followUps[2].type}: the issue names the item. */
  private static String itemPath(String path, int index) {
    int dot = path.indexOf('.');
    return path.substring(0, dot) + "[" + index + "]" + path.substring(dot);
  }

  /** Reports a required value that is absent. */
  void missing(String path) {
    ok = false;
    context.issue(ReadIssue.FIELD_REQUIRED, raw.location, raw.table, path.equals("id") ? Optional.empty() : peekText("id"),
        path, Map.of());
  }

  /**
   * The values nobody read, reported as {@code UNKNOWN_FIELD} and returned as JSON text by
   * key; {@code prefix} (for example {@code header.}) is dropped from the keys.
   */
  Map<String, String> extensions(String prefix) {
    if (raw.values.allConsumed() && raw.unknown().isEmpty()) {
      return Map.of(); // nearly every record: no map to make, fill and copy
    }
    Map<String, String> extensions = new LinkedHashMap<>();
    raw.values.inOrder().forEach(entry -> {
      String path = entry.getKey();
      RawValue value = entry.getValue();
      if (!value.consumed && path.startsWith(prefix)) {
        String key = Json.segment(path.substring(prefix.length()));
        context.issue(ReadIssue.UNKNOWN_FIELD, raw.locate(value, path), raw.table, peekText("id"), path,
            Map.of("field", key));
        extensions.put(key, value.toJson());
      }
    });
    // Unknown values by pointer: "header/producer/contact" is the header's "producer/contact".
    String pointerPrefix = prefix.replace('.', '/');
    raw.unknown().forEach((pointer, value) -> {
      if (pointer.startsWith(pointerPrefix)) {
        String key = pointer.substring(pointerPrefix.length());
        context.issue(ReadIssue.UNKNOWN_FIELD, raw.locateUnknown(value, pointer), raw.table, peekText("id"), key,
            Map.of("field", key));
        extensions.put(key, value.toJson());
      }
    });
    return extensions;
  }

  private RawValue scalar(String path) {
    RawValue value = take(path);
    if (value != null && value.isList()) {
      fail(value, path, ReadIssue.reason("FOUND_LIST", "count", value.items.size()), "SINGLE_VALUE_EXPECTED");
      return null;
    }
    return value;
  }

  private <T> T require(String path, Optional<T> value) {
    return requireValue(path, value.orElse(null));
  }

  /** {@code value}, or {@code null} (and a {@code FIELD_REQUIRED} when nothing was given at {@code path}). */
  private <T> T requireValue(String path, T value) {
    if (value != null) {
      return value;
    }
    if (!raw.values.containsKey(path)) {
      missing(path);
    }
    return null;
  }

  /**
   * The date {@code text} at {@code path} (its item {@code item} of a list of objects, or -1), or
   * {@code null} (reported; the item's path is only made then).
   */
  private LocalDate parseDate(String text, String path, int item) {
    // Strict YYYY-MM-DD by hand: DateTimeFormatter costs a microsecond a date.
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // The value looked up again only now: a date read well needs no location.
      fail(raw.values.get(path), item < 0 ? path : itemPath(path, item), quoted(text), "DATE_EXPECTED");
      return null;
    }
  }

  /**
   * Whether {@code text} is {@code -?[0-9]{1,maxDigits}}. A loop, not a regular expression:
   * it runs for every number of every record, and a pattern's matcher is an object and a
   * dozen calls for the compiler to profile and compile.
   */
  static boolean isInteger(String text, int maxDigits) {
    int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int length = text.length() - start;
    return length >= 1 && length <= maxDigits && asciiDigits(text, start, text.length());
  }

  /** Whether {@code text} is {@code -?[0-9]+(\.[0-9]+)?}; a loop for the same reason. */
  static boolean isDecimal(String text) {
    int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int dot = text.indexOf('.', start);
    if (dot < 0) {
      return start < text.length() && asciiDigits(text, start, text.length());
    }
    return dot > start && dot < text.length() - 1
        && asciiDigits(text, start, dot) && asciiDigits(text, dot + 1, text.length());
  }

  private static boolean asciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The decimal {@code text}, as {@link #parseDate} reads a date. */
  /** Whether {@code text} is a decimal within the length limit. */
  private boolean readableDecimal(String text) {
    return text.length() <= context.options.limits().maxNumberLength() && isDecimal(text);
  }

  private BigDecimal parseDecimal(RawValue value, String text, String path, int item) {
    if (text == null || value.kind == RawValue.Kind.BOOLEAN || value.kind == RawValue.Kind.RAW
        || !readableDecimal(text)) {
      fail(value, item < 0 ? path : itemPath(path, item),
          text == null ? ReadIssue.reason("FOUND_NOTHING") : quoted(abbreviate(text)), "DECIMAL_EXPECTED");
      return null;
    }
    return new BigDecimal(text);
  }

  /**
   * One value that cannot be read as its field: {@code FIELD_INVALID} with the value
   * {@code found} and what the field expects ({@code reason} with its arguments), so the
   * record's other values are still read and the record still counts (its id is known).
   */
  private <T> Optional<T> fail(RawValue value, String path, Object found, String reason, Object... expectation) {
    ok = false;
    Optional<String> id = path.equals("id") ? Optional.empty() : peekText("id");
    context.issue(ReadIssue.FIELD_INVALID, raw.locate(value, path), raw.table, id, path,
        Map.of("path", path, "value", plain(found), "constraint", ReadIssue.reason(reason, expectation)));
    return Optional.empty();
  }

  /** A found text, number or boolean as the plain argument the validator's issues give too. */
  private static Object plain(Object found) {
    if (found instanceof Reason reason) {
      Object value = reason.arguments().get("value");
      switch (reason.code()) {
        case "FOUND_TEXT": return "\"" + value + "\"";
        case "FOUND_NUMBER": case "FOUND_BOOLEAN": return String.valueOf(value);
        default: return reason;
      }
    }
    return found;
  }

  /**
   * The first character text may not hold, or -1: a C0 control character other than tab, line
   * feed and carriage return (NUL, escape …), DEL, or half of a surrogate pair (JSON's
   * {@code "\\ud800"}, which is no character at all and which no UTF-8 or GB18030 file can carry).
   */
  static int disallowedCharacter(String text) {
    return org.qinglian.model.internal.Characters.firstDisallowed(text, 0);
  }

  /** The reason code for what {@link #disallowedCharacter} found at {@code at}. */
  private static String characterProblem(String text, int at) {
    return Character.isSurrogate(text.charAt(at)) ? "UNPAIRED_SURROGATE" : "CONTROL_CHARACTER";
  }

  private static Reason quoted(String text) {
    return ReadIssue.reason("FOUND_TEXT", "value", text);
  }

  private Reason describe(RawValue value) {
    return describe(value, "");
  }

  /** A found value for a message; personal values (resident ids, names) are never repeated. */
  private Reason describe(RawValue value, String path) {
    if (isPersonal(path)) {
      return ReadIssue.reason("FOUND_PERSONAL");
    }
    switch (value.kind) {
      case NUMBER: return ReadIssue.reason("FOUND_NUMBER", "value", abbreviate(value.text));
      case BOOLEAN: return ReadIssue.reason("FOUND_BOOLEAN", "value", value.text);
      case RAW: return ReadIssue.reason("FOUND_STRUCTURE");
      default: return quoted(abbreviate(value.text));
    }
  }

  private boolean isPersonal(String path) {
    return raw.table.byPath(path).map(c -> c.type() == ValueType.RESIDENT_ID || c.path().equals("subject.name"))
        .orElse(false);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    return codes.size() <= 8 ? String.join(", ", codes) : String.join(", ", codes.subList(0, 8)) + ", …";
  }
}
