/**
 * 问责处理 — accountability actions, their subjects (persons or organisations), the “four
 * forms” and the measures each form allows.
 */
package org.qinglian.model.accountability;
