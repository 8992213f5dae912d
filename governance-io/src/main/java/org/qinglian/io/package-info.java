/**
 * 数据交换 — readers and writers of the exchange format (docs/format.md): JSON, JSON Lines
 * and CSV packages, streaming, with located read errors whose reasons are in
 * {@code org/qinglian/io/messages*.properties} (zh-CN, zh-TW, en). Reading, writing and
 * converting need no rule engine; {@link org.qinglian.io.ExchangeReader#validate} needs
 * {@code governance-validation} on the classpath.
 */
package org.qinglian.io;
