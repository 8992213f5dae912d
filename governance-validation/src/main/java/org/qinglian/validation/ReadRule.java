package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;

/** Codes the readers report through {@link ValidationSession#readIssue}; nothing to check here. */
final class ReadRule implements TypedRule {

  static final RuleDescriptor PARSE_ERROR = RuleDescriptor.builtIn("PARSE_ERROR", Severity.ERROR);
  static final RuleDescriptor UNKNOWN_FIELD = RuleDescriptor.builtIn("UNKNOWN_FIELD", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(PARSE_ERROR, UNKNOWN_FIELD);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.noneOf(RecordType.class);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {};
  }
}
