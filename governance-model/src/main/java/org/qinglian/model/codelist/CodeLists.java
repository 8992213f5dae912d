package org.qinglian.model.codelist;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 代码表查找 — finds a code-list entry by its code or by either Chinese label.
 *
 * <p>Codes match without regard to case; labels and aliases match exactly after
 * trimming (full-width spaces included). A label claimed by two entries of one list is a
 * programming error and fails when the list is first used, so no lookup is ever
 * ambiguous.
 */
public final class CodeLists {

  // One index per enumeration, built on first use; ClassValue is a lock-free per-class cache.
  private static final ClassValue<EnumIndex> ENUM_INDEXES = new ClassValue<>() {
    @Override
    protected EnumIndex computeValue(Class<?> type) {
      return new EnumIndex((Coded[]) type.getEnumConstants());
    }
  };

  /**
   * An enumeration's index, and its codes by length: a reader is given a code written exactly as
   * declared nearly every time, and comparing it with the one or two codes of its length costs less
   * than hashing a string read a moment ago (a read of a million records asks some two million times).
   */
  private static final class EnumIndex {
    final Map<String, ? extends Coded> index;
    final String[][] codesByLength;
    final Coded[][] entriesByLength;

    EnumIndex(Coded[] entries) {
      index = index(entries);
      java.util.List<java.util.List<Coded>> byLength = new java.util.ArrayList<>();
      for (Coded entry : entries) {
        String code = entry.code();
        if (code.equals(codeKey(code))) { // a code not in capitals is left to the index, which upper-cases
          while (byLength.size() <= code.length()) {
            byLength.add(new java.util.ArrayList<>());
          }
          byLength.get(code.length()).add(entry);
        }
      }
      codesByLength = new String[byLength.size()][];
      entriesByLength = new Coded[byLength.size()][];
      for (int n = 0; n < byLength.size(); n++) { // loops, not streams: a short run links each lambda it meets
        entriesByLength[n] = byLength.get(n).toArray(new Coded[0]);
        codesByLength[n] = new String[entriesByLength[n].length];
        for (int i = 0; i < entriesByLength[n].length; i++) {
          codesByLength[n][i] = entriesByLength[n][i].code();
        }
      }
    }

    /** The entry whose code is exactly {@code text}, or {@code null}. */
    Coded byCode(String text) {
      int n = text.length();
      if (n < codesByLength.length) {
        String[] codes = codesByLength[n];
        for (int i = 0; i < codes.length; i++) {
          if (codes[i].equals(text)) {
            return entriesByLength[n][i];
          }
        }
      }
      return null;
    }
  }

  private CodeLists() {}

  /**
   * {@return every closed code list of the model (the open unit categories are not among them), in
   * package order}
   */
  public static java.util.List<Class<? extends Enum<?>>> enumerations() {
    return ENUMERATIONS;
  }

  private static final java.util.List<Class<? extends Enum<?>>> ENUMERATIONS = java.util.List.of(
      org.qinglian.model.RecordType.class,
      org.qinglian.model.accountability.AccountabilityMeasure.class, org.qinglian.model.accountability.DisciplineForm.class,
      org.qinglian.model.accountability.MeasureKind.class, org.qinglian.model.accountability.SubjectType.class,
      org.qinglian.model.finding.FollowUpType.class, org.qinglian.model.finding.RectificationStatus.class,
      org.qinglian.model.identifier.DivisionLevel.class, org.qinglian.model.identifier.EntityCategory.class,
      org.qinglian.model.identifier.RegistrationAuthority.class, org.qinglian.model.indicator.Metric.class,
      org.qinglian.model.inspection.InspectionKind.class, org.qinglian.model.inspection.InspectionMethod.class,
      org.qinglian.model.inspection.RiskArea.class, org.qinglian.model.task.TaskKind.class,
      org.qinglian.model.task.TaskStatus.class, org.qinglian.model.time.PeriodType.class,
      org.qinglian.model.unit.DemonstrationLevel.class, org.qinglian.model.unit.DemonstrationStatus.class);

  /**
   * The entry of enumeration {@code type} whose code or label is {@code text}.
   *
   * @param type the code list's enumeration
   * @param text a code (any case) or a simplified or traditional label
   * @param <E> the code list's enumeration
   * @return the entry, or empty when none matches
   */
  public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
    EnumIndex index = ENUM_INDEXES.get(type);
    Coded exact = index.byCode(text);
    if (exact != null) {
      return Optional.of(type.cast(exact));
    }
    @SuppressWarnings("unchecked")
    Map<String, E> entries = (Map<String, E>) index.index;
    return lookup(entries, text);
  }

  /**
   * Builds an index over {@code entries} keyed by upper-cased code and by each label.
   *
   * @param entries the entries of a code list
   * @param <T> the entries' type
   * @return the index: upper-cased code and every label to its entry
   * @throws IllegalArgumentException when two entries claim the same code or label
   */
  public static <T extends Coded> Map<String, T> index(T[] entries) {
    return index(java.util.Arrays.asList(entries));
  }

  /**
   * As {@link #index(Coded[])}, over a collection.
   *
   * @param entries the entries of a code list
   * @param <T> the entries' type
   * @return the index: upper-cased code and every label to its entry
   */
  public static <T extends Coded> Map<String, T> index(Collection<T> entries) {
    Map<String, T> index = new HashMap<>();
    for (T entry : entries) {
      put(index, codeKey(entry.code()), entry);
      put(index, entry.simplifiedLabel(), entry);
      put(index, entry.traditionalLabel(), entry);
      for (String alias : entry.aliases()) {
        put(index, alias, entry);
      }
    }
    return Map.copyOf(index);
  }

  /**
   * Looks {@code text} up in an index built by {@link #index(Collection)}.
   *
   * @param index an index made by {@link #index(Collection)}
   * @param text a code (any case) or a label
   * @param <T> the entries' type
   * @return the entry, or empty when none matches
   */
  public static <T extends Coded> Optional<T> lookup(Map<String, T> index, String text) {
    T exact = index.get(text);
    if (exact != null) {
      // The common case: a well-written code or label, no normalising needed.
      return Optional.of(exact);
    }
    String trimmed = trim(text);
    T byCode = index.get(codeKey(trimmed));
    return byCode != null ? Optional.of(byCode) : Optional.ofNullable(index.get(trimmed));
  }

  private static <T extends Coded> void put(Map<String, T> index, String key, T entry) {
    T previous = index.putIfAbsent(key, entry);
    if (previous != null && previous != entry && !previous.equals(entry)) {
      throw new IllegalArgumentException(
          "code list entries " + previous.code() + " and " + entry.code() + " both claim '" + key + "'");
    }
  }

  private static String codeKey(String code) {
    return code.toUpperCase(Locale.ROOT);
  }

  /** Trims ASCII white space and the ideographic space U+3000 that Chinese input methods type. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c);
  }
}
