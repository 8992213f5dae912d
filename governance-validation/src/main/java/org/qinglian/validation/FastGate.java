package org.qinglian.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A fast yes/no answer to “does this bean break none of its constraints?”, without starting
 * Hibernate Validator, whose bootstrap costs a short run more than its reading and validating.
 * The checks of each model value class are plain Java in {@link Gates}, written at build time
 * from the model's Bean Validation annotations (so the annotations stay the one source of the
 * field rules, and a run neither reads annotations nor makes lambdas); a test fails when that
 * file no longer matches them. Valid records — nearly all of a real exchange — never reach
 * Hibernate Validator; a record the gate refuses is validated by Hibernate Validator, which
 * reports the exact violations, and so is any class without a gate (an embedder's own
 * implementation of a model type). The gate may refuse a valid record (it costs time, nothing
 * else); it must never pass an invalid one — {@code FastGateTest} holds it to that.
 */
final class FastGate {

  /** Whether the values' text was checked as it was read (see {@link #textCharacters}). */
  private final boolean textsChecked;

  /** A gate for beans built in Java: every constraint is checked. */
  FastGate() {
    this(false);
  }

  /** {@code textsChecked}: a gate for beans from a reader, which refused text no file can carry. */
  FastGate(boolean textsChecked) {
    this.textsChecked = textsChecked;
  }

  /** The pattern of {@code @HasText}: some character that is not white space. */
  static final String HAS_TEXT = "(?s).*\\S.*";

  private static final ClassValue<Integer> INDEX = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      return index(type);
    }
  };

  /**
   * The index of {@code type}'s gate in {@link Gates#CLASSES}, or -1. The class must be the one the
   * gates' casts resolve to — a class of the same name from an unrelated loader is not — whichever
   * loader defined it (the model may sit in a parent loader of this one).
   */
  static int index(Class<?> type) {
    String name = type.getName();
    for (int i = 0; i < Gates.CLASSES.length; i++) {
      if (Gates.CLASSES[i].equals(name)) {
        try {
          return Class.forName(name, false, FastGate.class.getClassLoader()) == type ? i : -1;
        } catch (ClassNotFoundException | LinkageError e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Whether {@code bean} certainly breaks no constraint. */
  boolean passes(Object bean) {
    int index = INDEX.get(bean.getClass());
    return index >= 0 && Gates.passes(index, bean, this);
  }

  /** {@code @Valid}: a present bean passes its own gate. */
  boolean cascade(Object value) {
    return value == null || passes(value);
  }

  /** What property-level constraints see: optional primitives and optionals are unwrapped. */
  static Object unwrapped(Object value) {
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    return value;
  }

  /** {@code @NotBlank}, stricter than either reading of "blank": trim() (control characters) and isBlank() (U+3000). */
  static boolean notBlank(Object value) {
    return value instanceof CharSequence text && !text.toString().trim().isEmpty() && !text.toString().isBlank();
  }

  /** {@code @NotEmpty}. */
  static boolean notEmpty(Object value) {
    return value instanceof CharSequence text ? text.length() > 0
        : value instanceof Collection<?> c ? !c.isEmpty() : value instanceof Map<?, ?> m && !m.isEmpty();
  }

  /** {@code @Size}. */
  static boolean size(Object value, int min, int max) {
    int length = value instanceof CharSequence text ? text.length()
        : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
    return value == null || (length >= 0 && length >= min && length <= max);
  }

  /** {@code @Pattern} of a record id, without the regex engine ({@code FastGateTest} compares them). */
  static boolean recordId(Object value) {
    return value == null || value instanceof CharSequence text && isRecordId(text);
  }

  /** {@code @Pattern(regexp = HAS_TEXT)}, without the regex engine. */
  static boolean hasText(Object value) {
    return value == null || value instanceof CharSequence text && hasNonSpace(text);
  }

  /**
   * {@code @Pattern(regexp = TextCharacters.PATTERN)}, without the regex engine ({@code FastGateTest} compares
   * them); passed at once by the gate of records a reader has checked (scanning them cost a warm run of a
   * million JSON records 2.5 %; docs/performance.md, the nineteenth round).
   */
  boolean textCharacters(Object value) {
    return textsChecked || value == null || value instanceof CharSequence text && isText(text);
  }

  /** Whether {@code text} holds characters only (see {@link org.qinglian.model.internal.Characters}). */
  static boolean isText(CharSequence text) {
    return org.qinglian.model.internal.Characters.firstDisallowed(text, 0) < 0;
  }

  /** {@code @Pattern} of any other expression. */
  static boolean matches(Object value, java.util.regex.Pattern pattern) {
    return value == null || (value instanceof CharSequence text && pattern.matcher(text).matches());
  }

  /** {@code @Min} and {@code @DecimalMin}. */
  static boolean atLeast(Object value, BigDecimal bound, boolean inclusive) {
    BigDecimal n = number(value);
    return value == null || (n != null && (inclusive ? n.compareTo(bound) >= 0 : n.compareTo(bound) > 0));
  }

  /** {@code @Max} and {@code @DecimalMax}. */
  static boolean atMost(Object value, BigDecimal bound, boolean inclusive) {
    BigDecimal n = number(value);
    return value == null || (n != null && (inclusive ? n.compareTo(bound) <= 0 : n.compareTo(bound) < 0));
  }

  /** {@code @Digits}, stricter than Hibernate Validator (no stripping of trailing zeros): a refusal only costs time. */
  static boolean digits(Object value, int integer, int fraction) {
    BigDecimal n = number(value);
    return value == null || (n != null && n.precision() - n.scale() <= integer && Math.max(n.scale(), 0) <= fraction);
  }

  /** {@code @AssertTrue}. */
  static boolean isTrue(Object value) {
    return value == null || Boolean.TRUE.equals(value);
  }

  static boolean isRecordId(CharSequence text) {
    int length = text.length();
    if (length == 0 || !isAlphanumeric(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !ID_CHARACTERS[c]) {
        return false;
      }
    }
    return true;
  }

  /** The characters of an id after its first: letters, digits, {@code . _ : -} (a table: ids are hot). */
  private static final boolean[] ID_CHARACTERS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ID_CHARACTERS[c] = isAlphanumeric(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Regex \S: anything but space, tab, newline, vertical tab, form feed, carriage return. */
  static boolean hasNonSpace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }
}
