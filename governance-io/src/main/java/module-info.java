/** 读写交换数据 — JSON, JSON Lines and CSV readers and writers, the JSON Schema. */
open module org.qinglian.io {
  requires transitive org.qinglian.model;
  requires static transitive org.qinglian.validation;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;

  exports org.qinglian.io;
}
