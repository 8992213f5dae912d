package org.qinglian.io;

import java.io.IOException;

/** A read limit was passed; readers turn it into a {@code PARSE_ERROR}. Never leaves the package. */
final class InputLimitException extends IOException {

  private static final long serialVersionUID = 1L;

  InputLimitException(String message) {
    super(message);
  }
}
