package org.qinglian.model.identifier;

/**
 * 标识码无效 — thrown by the strict factories ({@code of}) of the identifier types when a
 * text is not a valid code. The message says what was expected and never repeats a
 * personal identifier in full.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidIdentifierException(String message) {
    super(message);
  }
}
