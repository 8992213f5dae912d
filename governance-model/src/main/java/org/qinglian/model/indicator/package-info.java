/** 指标 — the catalogue of service indicators and observations of them. */
package org.qinglian.model.indicator;
