/**
 * 校验 — the validation engine: rules with stable codes, severities, locations and
 * zh-CN/en messages (DOMAIN.md §5). Built in its own issue; this module holds only its
 * package so far.
 */
package org.qinglian.validation;
