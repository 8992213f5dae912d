package org.qinglian.model.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.immutables.value.Value;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.internal.ValueStyle;

/**
 * 数据集头 — the header of one exchange: format version, dataset id, producer,
 * jurisdiction, reporting period, the date the data stand at ({@code asOf}) and when the
 * file was generated.
 *
 * <p>Wire: {@code header{schemaVersion, datasetId, producer{…}, jurisdiction, periodStart,
 * periodEnd, asOf, generatedAt}}.
 */
@Value.Immutable
@ValueStyle
public abstract class DatasetHeader {

  /** For the implementation Immutables generates, {@code ImmutableDatasetHeader}. */
  protected DatasetHeader() {}

  /** The format version this SDK writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  /** {@return the format version, {@code major.minor}} */
  @Pattern(regexp = "[0-9]{1,3}\\.[0-9]{1,3}")
  public abstract String getSchemaVersion();

  /** {@return the dataset id, unique per producer} */
  @RecordId
  public abstract String getDatasetId();

  /** {@return who produced the dataset} */
  @Valid
  public abstract Producer getProducer();

  /** {@return the division the dataset covers; every record's division lies inside it} */
  @ValidIdentifier
  public abstract DivisionCode getJurisdiction();

  /** {@return the first day of the reporting period} */
  public abstract LocalDate getPeriodStart();

  /** {@return the last day of the reporting period} */
  public abstract LocalDate getPeriodEnd();

  /** {@return the day the data stand at; overdue checks count from it} */
  public abstract LocalDate getAsOf();

  /** {@return when the file was generated} */
  public abstract OffsetDateTime getGeneratedAt();

  /**
   * {@return fields the format does not define, kept as read (see {@link
   * org.qinglian.model.GovernanceRecord#getExtensions()})}
   */
  public abstract java.util.Map<String, String> getExtensions();

  /** {@return a new builder} */
  public static ImmutableDatasetHeader.Builder builder() {
    return ImmutableDatasetHeader.builder();
  }
}
