/**
 * Jackson 3 支持 — {@link org.qinglian.jackson3.QinglianModule}: register it with a Jackson 3
 * ({@code tools.jackson}) {@code JsonMapper} and records, headers, datasets, identifiers, code values and reports
 * read and write as the exchange carries them.
 */
package org.qinglian.jackson3;
