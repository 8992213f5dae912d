/**
 * 清廉单元 — clean units, their open catalogue of categories and their standing as
 * demonstration sites.
 */
package org.qinglian.model.unit;
