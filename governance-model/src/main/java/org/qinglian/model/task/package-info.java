/** 重点任务 — key tasks and key projects, their lead and supporting units and their tracking. */
package org.qinglian.model.task;
