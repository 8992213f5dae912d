package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A table finds each of its columns by path, whether the path is the declared string or an equal one. */
class TableTest {

  @Test
  void everyColumnIsFoundByItsPathAndNothingElseIs() {
    for (Table table : Tables.all()) {
      for (int i = 0; i < table.columns().size(); i++) {
        String path = table.columns().get(i).path();
        assertEquals(i, table.indexOf(path), path);
        assertEquals(i, table.indexOf(new String(path.toCharArray())), "an equal, not interned, " + path);
        assertEquals(-1, table.indexOf(path + "x"), path + "x");
        assertEquals(-1, table.indexOf(path.substring(0, path.length() - 1)), "a prefix of " + path);
      }
      assertEquals(-1, table.indexOf(""), table.csvFile());
    }
  }
}
