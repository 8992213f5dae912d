package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;
import org.qinglian.model.dataset.DatasetHeader;

/** {@code SCHEMA_VERSION_UNSUPPORTED}: this SDK reads format 1.x (minor versions only add). */
final class SchemaVersionRule implements TypedRule {

  static final RuleDescriptor SCHEMA_VERSION_UNSUPPORTED = RuleDescriptor.builtIn("SCHEMA_VERSION_UNSUPPORTED", Severity.ERROR);

  static final String SUPPORTED_MAJOR = "1";

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(SCHEMA_VERSION_UNSUPPORTED);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.noneOf(RecordType.class);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void header(DatasetHeader header, RuleContext context) {
        String version = header.getSchemaVersion();
        int dot = version.indexOf('.');
        // A malformed version is FIELD_INVALID already; only judge well-formed ones here.
        if (dot > 0 && !version.substring(0, dot).equals(SUPPORTED_MAJOR) && version.matches("[0-9]+\\.[0-9]+")) {
          context.issue(SCHEMA_VERSION_UNSUPPORTED).path("header.schemaVersion")
              .arg("value", version).arg("supported", SUPPORTED_MAJOR + ".x").report();
        }
      }
    };
  }
}
