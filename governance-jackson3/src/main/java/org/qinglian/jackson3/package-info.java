/**
 * Jackson 3 支持 — {@link org.qinglian.jackson.QinglianModule}: register it with an
 * {@code ObjectMapper} and records, headers, datasets, identifiers, code values and reports
 * read and write as the exchange carries them.
 */
package org.qinglian.jackson3;
