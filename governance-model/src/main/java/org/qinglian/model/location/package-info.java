/**
 * 来源位置 — where a record or value was read: file, line, column and JSON pointer. It
 * sits in the model so that readers, validators and report writers share it without
 * depending on one another.
 */
package org.qinglian.model.location;
