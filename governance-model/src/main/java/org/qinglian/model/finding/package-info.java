/** 发现问题与整改 — findings of inspections, their rectification and the follow-up documents. */
package org.qinglian.model.finding;
