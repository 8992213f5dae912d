/** 监督检查 — supervision inspections, their kinds and methods, and the risk areas they look at. */
package org.qinglian.model.inspection;
