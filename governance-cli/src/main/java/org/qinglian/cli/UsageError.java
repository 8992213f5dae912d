package org.qinglian.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A usage error whose message is already in the user's language. */
final class UsageError extends ParameterException {

  private static final long serialVersionUID = 1L;

  UsageError(CommandLine commandLine, String message) {
    super(commandLine, message);
  }
}
