package org.qinglian.model.dataset;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.internal.ValueStyle;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * 数据集 — one exchange held in memory: the header, the declared totals and the record
 * lists, with lookup by id. For files too large to hold, the IO readers stream records
 * one by one instead.
 *
 * <p>A dataset may hold broken data (duplicate ids, dangling references); that is what the
 * validator is for. Lookup by id returns the first record with that id.
 */
@Value.Immutable
@ValueStyle
public abstract class Dataset {

  /** For the implementation Immutables generates, {@code ImmutableDataset}. */
  protected Dataset() {}

  /** {@return the header} */
  @Valid
  public abstract DatasetHeader getHeader();

  /** {@return the totals the producer declares} */
  public abstract Optional<@Valid DeclaredTotals> getDeclaredTotals();

  /**
   * 清廉单元.
   *
   * @return the clean units (清廉单元)
   */
  public abstract List<@Valid Unit> getUnits();

  /**
   * 重点任务.
   *
   * @return the key tasks (重点任务)
   */
  public abstract List<@Valid KeyTask> getTasks();

  /**
   * 监督检查.
   *
   * @return the supervision inspections (监督检查)
   */
  public abstract List<@Valid Inspection> getInspections();

  /**
   * 发现问题.
   *
   * @return the findings (发现问题)
   */
  public abstract List<@Valid Finding> getFindings();

  /**
   * 问责处理.
   *
   * @return the accountability actions (问责处理)
   */
  public abstract List<@Valid AccountabilityAction> getActions();

  /**
   * 考评细则.
   *
   * @return the assessment schemes (考评细则)
   */
  public abstract List<@Valid AssessmentScheme> getAssessmentSchemes();

  /**
   * 考评结果.
   *
   * @return the assessments (考评结果)
   */
  public abstract List<@Valid AssessmentRecord> getAssessments();

  /**
   * 指标观测.
   *
   * @return the indicator observations (指标观测)
   */
  public abstract List<@Valid Indicator> getIndicators();

  /**
   * {@return fields the format does not define, kept as read (see {@link
   * org.qinglian.model.GovernanceRecord#getExtensions()})}
   */
  public abstract java.util.Map<String, String> getExtensions();

  /**
   * {@return the list of one record type}
   *
   * @param type the record type
   */
  public List<? extends GovernanceRecord> records(RecordType type) {
    return switch (type) {
      case UNIT -> getUnits();
      case TASK -> getTasks();
      case INSPECTION -> getInspections();
      case FINDING -> getFindings();
      case ACTION -> getActions();
      case ASSESSMENT_SCHEME -> getAssessmentSchemes();
      case ASSESSMENT -> getAssessments();
      case INDICATOR -> getIndicators();
    };
  }

  /** {@return the number of records of every type together} */
  public int recordCount() {
    int count = 0;
    for (RecordType type : RecordType.values()) {
      count += records(type).size();
    }
    return count;
  }

  /**
   * {@return the first record of {@code type} with id {@code id}}
   *
   * @param type the record type
   * @param id the record's id
   */
  public Optional<GovernanceRecord> find(RecordType type, String id) {
    return Optional.ofNullable(index().get(type).get(id));
  }

  /**
   * {@return the unit with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<Unit> findUnit(String id) {
    return find(RecordType.UNIT, id).map(Unit.class::cast);
  }

  /**
   * {@return the key task with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<KeyTask> findTask(String id) {
    return find(RecordType.TASK, id).map(KeyTask.class::cast);
  }

  /**
   * {@return the inspection with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<Inspection> findInspection(String id) {
    return find(RecordType.INSPECTION, id).map(Inspection.class::cast);
  }

  /**
   * {@return the finding with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<Finding> findFinding(String id) {
    return find(RecordType.FINDING, id).map(Finding.class::cast);
  }

  /**
   * {@return the accountability action with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<AccountabilityAction> findAction(String id) {
    return find(RecordType.ACTION, id).map(AccountabilityAction.class::cast);
  }

  /**
   * {@return the assessment scheme with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<AssessmentScheme> findAssessmentScheme(String id) {
    return find(RecordType.ASSESSMENT_SCHEME, id).map(AssessmentScheme.class::cast);
  }

  /**
   * {@return the assessment with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<AssessmentRecord> findAssessment(String id) {
    return find(RecordType.ASSESSMENT, id).map(AssessmentRecord.class::cast);
  }

  /**
   * {@return the indicator observation with id {@code id}}
   *
   * @param id the record's id
   */
  public Optional<Indicator> findIndicator(String id) {
    return find(RecordType.INDICATOR, id).map(Indicator.class::cast);
  }

  /** Built once, on first lookup; the first record of an id wins. */
  @Value.Lazy
  Map<RecordType, Map<String, GovernanceRecord>> index() {
    Map<RecordType, Map<String, GovernanceRecord>> index = new java.util.EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      Map<String, GovernanceRecord> byId = new HashMap<>();
      for (GovernanceRecord record : records(type)) {
        byId.putIfAbsent(record.getId(), record);
      }
      index.put(type, byId);
    }
    return index;
  }

  /** {@return a new builder} */
  public static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder();
  }
}
