package org.qinglian.io;

import java.util.Locale;
import java.util.Optional;
import org.qinglian.model.codelist.Coded;

/**
 * One field of a table, declared once: its JSON path, CSV column (snake_case of the path,
 * the parent as prefix), Chinese header, type, whether it is required, whether it holds a
 * list (joined with {@code |} in CSV), and, for lists of objects ({@code followUps},
 * {@code grades}), the object list it belongs to.
 */
record Column(String path, String csvName, String chineseHeader, ValueType type, boolean required, boolean list,
    Optional<Class<? extends Coded>> codes, Optional<String> objectList) {

  /** The snake_case form of a dotted camelCase path: {@code rectification.completedDate} → {@code rectification_completed_date}. */
  static String snake(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("\\.")) {
      if (out.length() > 0) {
        out.append('_');
      }
      if (segment.equals(segment.toUpperCase(Locale.ROOT))) {
        out.append(segment.toLowerCase(Locale.ROOT));
        continue;
      }
      for (char c : segment.toCharArray()) {
        if (Character.isUpperCase(c)) {
          out.append('_').append(Character.toLowerCase(c));
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** The last segment of the path. */
  String leaf() {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
