package org.qinglian.validation;

import java.util.List;

/** Codes the readers report through {@link ValidationSession#readIssue}; nothing to check here. */
final class ReadRule implements ValidationRule {

  static final RuleDescriptor PARSE_ERROR = RuleDescriptor.builtIn("PARSE_ERROR", Severity.ERROR);
  static final RuleDescriptor UNKNOWN_FIELD = RuleDescriptor.builtIn("UNKNOWN_FIELD", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(PARSE_ERROR, UNKNOWN_FIELD);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {};
  }
}
