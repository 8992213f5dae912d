package org.qinglian.validation;

import java.util.List;

/** Codes the readers report through {@link ValidationSession#readIssue}; nothing to check here. */
final class ReadRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_PARSE_ERROR, Codes.D_UNKNOWN_FIELD);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {};
  }
}
