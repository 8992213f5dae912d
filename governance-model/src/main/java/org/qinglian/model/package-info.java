/**
 * 清廉建设数据模型 — the records of a clean-governance exchange (docs/domain.md): every
 * record is an immutable value built with a builder, never holds {@code null}
 * ({@link java.util.Optional} for absent values, empty lists), and carries its field rules
 * as Jakarta Bean Validation constraints on {@code getX()} accessors.
 *
 * <p>One package per concept: {@code unit}, {@code task}, {@code inspection},
 * {@code finding}, {@code accountability}, {@code assessment}, {@code indicator},
 * {@code dataset}; identifiers in {@code identifier}, code lists in {@code codelist}.
 */
package org.qinglian.model;
