/** 周期 — periods of a year over which results are assessed and indicators observed. */
package org.qinglian.model.time;
