/** 数据集 — one exchange: its header, declared totals and record lists. */
package org.qinglian.model.dataset;
