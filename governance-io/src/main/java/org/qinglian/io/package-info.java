/**
 * 数据交换 — readers and writers of the exchange format: JSON, JSON Lines and CSV packages
 * (DOMAIN.md §6). Built in its own issue; this module holds only its package so far.
 */
package org.qinglian.io;
