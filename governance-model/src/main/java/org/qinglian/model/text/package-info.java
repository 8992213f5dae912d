/**
 * 多语言文本 — the languages the SDK speaks (simplified Chinese by default, traditional
 * Chinese, English), its message bundles, and reasons: coded explanations that a report
 * keeps as codes and renders in the reader's language.
 *
 * <p>Templates name their arguments in braces, {@code {value}}, and are filled in one pass:
 * an argument is inserted as plain text and never evaluated or expanded, so a value such as
 * {@code ${1+1}} or {@code {path}} from a file stays as written.
 */
package org.qinglian.model.text;
