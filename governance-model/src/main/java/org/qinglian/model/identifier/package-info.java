/**
 * 标识码 — the identifier types of the exchange: 行政区划代码 ({@link
 * org.qinglian.model.identifier.DivisionCode}, GB/T 2260 and 统计用区划代码), 统一社会信用代码
 * ({@link org.qinglian.model.identifier.CreditCode}, GB 32100-2015 with GB 11714-1997) and
 * 公民身份号码 ({@link org.qinglian.model.identifier.ResidentId}, GB 11643-1999).
 *
 * <p>Each keeps the text it was given, so a file converted by the SDK loses nothing; each
 * has a strict {@code of} factory and a {@code lenient} one for data still to be
 * validated.
 */
package org.qinglian.model.identifier;
