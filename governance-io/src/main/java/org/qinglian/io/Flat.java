package org.qinglian.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.codelist.Coded;

/** A record flattened for writing: values by path, and its extensions. */
final class Flat {

  enum Kind { STRING, NUMBER, BOOLEAN }

  /** A scalar or a list, with how JSON writes it. */
  record Value(Kind kind, String text, List<String> items) {
    boolean isList() {
      return items != null;
    }
  }

  final Map<String, Value> values = new LinkedHashMap<>();
  final Map<String, String> extensions = new LinkedHashMap<>();

  Flat text(String path, String text) {
    values.put(path, new Value(Kind.STRING, text, null));
    return this;
  }

  Flat text(String path, Optional<String> text) {
    text.ifPresent(t -> text(path, t));
    return this;
  }

  Flat code(String path, Coded code) {
    return text(path, code.code());
  }

  Flat code(String path, Optional<? extends Coded> code) {
    code.ifPresent(c -> code(path, c));
    return this;
  }

  Flat number(String path, long number) {
    values.put(path, new Value(Kind.NUMBER, Long.toString(number), null));
    return this;
  }

  Flat number(String path, BigDecimal number) {
    values.put(path, new Value(Kind.NUMBER, number.toPlainString(), null));
    return this;
  }

  Flat number(String path, Optional<BigDecimal> number) {
    number.ifPresent(n -> number(path, n));
    return this;
  }

  Flat bool(String path, boolean value) {
    values.put(path, new Value(Kind.BOOLEAN, Boolean.toString(value), null));
    return this;
  }

  Flat date(String path, Object date) {
    return text(path, date.toString());
  }

  Flat date(String path, Optional<?> date) {
    date.ifPresent(d -> text(path, d.toString()));
    return this;
  }

  Flat list(String path, List<String> items) {
    if (!items.isEmpty()) {
      values.put(path, new Value(Kind.STRING, null, List.copyOf(items)));
    }
    return this;
  }

  Flat codes(String path, Iterable<? extends Coded> codes) {
    List<String> items = new ArrayList<>();
    codes.forEach(c -> items.add(c.code()));
    return list(path, items);
  }

  Flat numbers(String path, List<BigDecimal> numbers) {
    if (!numbers.isEmpty()) {
      List<String> items = new ArrayList<>();
      numbers.forEach(n -> items.add(n.toPlainString()));
      values.put(path, new Value(Kind.NUMBER, null, items));
    }
    return this;
  }

  Flat extensions(Map<String, String> extensions) {
    this.extensions.putAll(extensions);
    return this;
  }
}
