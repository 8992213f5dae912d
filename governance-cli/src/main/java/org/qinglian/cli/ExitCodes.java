package org.qinglian.cli;

/** 退出码 — what the command line answers, for scripts and CI. */
final class ExitCodes {

  /** The input passes {@code --fail-on}, or the command did its work. */
  static final int OK = 0;
  /** The input does not pass {@code --fail-on}. */
  static final int FAILED = 1;
  /** The input cannot be read (or not all of it), or the usage is wrong. */
  static final int UNREADABLE = 2;

  private ExitCodes() {}
}
