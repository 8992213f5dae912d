package org.qinglian.model.task;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 重点任务类别 — whether a key task is on the task list or is a key project. */
public enum TaskKind implements Coded {
  /** 任务清单 — an item of the task list. */
  TASK(Labels.of("任务", "任務", "任务清单", "任務清單")),
  /** 重点项目 — a key project. */
  PROJECT(Labels.of("重点项目", "重點項目", "项目", "項目"));

  private final Labels labels;

  TaskKind(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
