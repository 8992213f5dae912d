/**
 * 样例数据 — sample datasets and the job that validates them. The seeded generator,
 * mutators and presets come in their own issue.
 */
package org.qinglian.samples;
