package org.qinglian.model.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * 原因 — why something is wrong, as a stable code with typed arguments, for example
 * {@code DATE_EXPECTED} with {@code found = "2022-13-45"}. A report keeps the code and the
 * arguments; people read it rendered in their language from the bundle's
 * {@code reason.CODE} template.
 */
public final class Reason {

  private final MessageBundle bundle;
  private final String code;
  private final Map<String, Object> arguments;

  private Reason(MessageBundle bundle, String code, Map<String, Object> arguments) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    if (!bundle.has("reason." + code)) {
      throw new IllegalArgumentException("no text reason." + code + " in " + bundle);
    }
  }

  /**
   * {@return the reason {@code code} of {@code bundle}, without arguments}
   *
   * @param bundle the bundle holding the reason's text under {@code reason.CODE}
   * @param code the reason's code
   */
  public static Reason of(MessageBundle bundle, String code) {
    return new Reason(bundle, code, Map.of());
  }

  /**
   * {@return the reason {@code code} of {@code bundle} with its arguments (names and values alternating)}
   *
   * @param bundle the bundle holding the reason's text under {@code reason.CODE}
   * @param code the reason's code
   * @param namesAndValues argument names and values, alternating
   */
  public static Reason of(MessageBundle bundle, String code, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]));
    }
    return new Reason(bundle, code, arguments);
  }

  /** {@return the stable code, for example {@code DATE_EXPECTED}} */
  public String code() {
    return code;
  }

  /** {@return the typed arguments, by name} */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /**
   * {@return the reason in {@code locale}'s language}
   *
   * @param locale the language wanted
   */
  public String render(Locale locale) {
    return bundle.format(locale, "reason." + code, arguments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason other && code.equals(other.code) && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, arguments);
  }

  /** The code and arguments, never localized text. */
  @Override
  public String toString() {
    return arguments.isEmpty() ? code : code + arguments;
  }
}
