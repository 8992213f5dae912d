/**
 * 字段约束 — Jakarta Bean Validation constraints of the model that the standard ones do
 * not cover: record ids, CNY amounts, text that holds characters only and the checks of the
 * identifier standards.
 * Messages come from {@code ContributorValidationMessages} (English, zh-CN and zh-TW) and
 * contain no expression language.
 */
package org.qinglian.model.constraint;
