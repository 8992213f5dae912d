package org.qinglian.model.task;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 任务状态 — the state of a key task in its tracking (跟踪督办). */
public enum TaskStatus implements Coded {
  /** 未启动. */
  NOT_STARTED(Labels.of("未启动", "未啟動", "未开始", "未開始")),
  /** 推进中. */
  IN_PROGRESS(Labels.of("推进中", "推進中", "进行中", "進行中")),
  /** 已完成 — requires a completion date and progress 100. */
  COMPLETED(Labels.of("已完成", "已完成", "完成")),
  /** 暂停. */
  SUSPENDED(Labels.of("暂停", "暫停", "已暂停", "已暫停")),
  /** 已取消. */
  CANCELLED(Labels.of("已取消", "已取消", "取消"));

  private final Labels labels;

  TaskStatus(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
