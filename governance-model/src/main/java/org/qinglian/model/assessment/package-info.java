/** 考评 — assessment schemes (考评细则) with their weights and grade scales, and assessment results. */
package org.qinglian.model.assessment;
