package org.qinglian.model.codelist;

import java.util.List;

/**
 * 代码项 — one entry of a code list: a stable English code used on the wire, a
 * simplified-Chinese label and a traditional-Chinese label.
 *
 * <p>Readers accept the code or either label (some field reports are written in
 * traditional characters), plus a few documented aliases such as 提醒谈话 for 谈话提醒.
 * Writers always use {@link #code()}.
 */
public interface Coded {

  /**
   * The stable wire code, for example {@code SCHOOL}; never renamed once released. For an
   * enumeration it is the constant's name.
   *
   * @return the wire code
   */
  default String code() {
    if (this instanceof Enum<?> constant) {
      return constant.name();
    }
    throw new UnsupportedOperationException(getClass() + " must define code()");
  }

  /** {@return the labels of this entry} */
  Labels labels();

  /** {@return the simplified-Chinese label (简体), for example 学校} */
  default String simplifiedLabel() {
    return labels().simplified();
  }

  /** {@return the traditional-Chinese label (繁體), for example 學校} */
  default String traditionalLabel() {
    return labels().traditional();
  }

  /** {@return further accepted spellings} */
  default List<String> aliases() {
    return labels().aliases();
  }
}
