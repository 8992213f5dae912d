package org.qinglian.io;

import java.io.IOException;

/** A read limit was passed; readers turn it into a {@code PARSE_ERROR}. Never leaves the package. */
final class InputLimitException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient org.qinglian.model.text.Reason reason;

  InputLimitException(org.qinglian.model.text.Reason reason) {
    super(reason.render(java.util.Locale.ENGLISH));
    this.reason = reason;
  }

  /** Why, for the report. */
  org.qinglian.model.text.Reason reason() {
    return reason;
  }
}
