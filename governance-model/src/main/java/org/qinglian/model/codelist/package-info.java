/**
 * 代码表 — code lists: every enumeration of the exchange format carries a stable wire
 * code and its simplified and traditional Chinese labels, and can be found by any of them.
 */
package org.qinglian.model.codelist;
