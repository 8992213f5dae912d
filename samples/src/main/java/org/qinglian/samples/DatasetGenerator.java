package org.qinglian.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.accountability.SubjectType;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.assessment.MethodScores;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.dataset.ImmutableDeclaredTotals;
import org.qinglian.model.dataset.Producer;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.FollowUp;
import org.qinglian.model.finding.FollowUpType;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCatalogue;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.indicator.Metric;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.inspection.InspectionKind;
import org.qinglian.model.inspection.InspectionMethod;
import org.qinglian.model.inspection.RiskArea;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.task.TaskKind;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.Demonstration;
import org.qinglian.model.unit.DemonstrationLevel;
import org.qinglian.model.unit.DemonstrationStatus;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/**
 * 样例数据生成器 — generates a consistent dataset from a {@link Plan} and a seed: every
 * reference resolves, dates are ordered and inside the period, the assessment arithmetic
 * holds, the declared totals reconcile, and it validates without a single issue.
 *
 * <p>Every record is a pure function of the seed, its type and its index, so the same seed
 * gives the same records (and, once written, the same bytes), any size streams in constant
 * memory, and a record can be made again when another needs it (a finding remakes its
 * inspection to pick one of its targets). No test framework is needed.
 */
public final class DatasetGenerator {

  private static final int UNIT = 1;
  private static final int TASK = 2;
  private static final int INSPECTION = 3;
  private static final int FINDING = 4;
  private static final int ACTION = 5;
  private static final int ASSESSMENT = 6;
  private static final int INDICATOR = 7;

  private static final MethodWeights WEIGHTS = MethodWeights.of("0.5", "0.2", "0.3");

  private final Plan plan;
  private final long seed;
  private final int[] areaCommission;
  private final int[] inspectionStart;
  private final int[] findingStart;
  private final int[] actionStart;
  private final int units;
  private final int inspections;
  private final int findings;
  private final int actions;
  private final int[] eligible;
  private final int assessments;
  private final long days;

  private DatasetGenerator(Plan plan, long seed) {
    this.plan = plan;
    this.seed = seed;
    int areas = plan.areas().size();
    areaCommission = new int[areas];
    inspectionStart = new int[areas + 1];
    findingStart = new int[areas + 1];
    actionStart = new int[areas + 1];
    int unit = 1 + plan.leadDepartments();
    for (int a = 0; a < areas; a++) {
      Area area = plan.areas().get(a);
      areaCommission[a] = unit;
      unit += 1 + area.units();
      inspectionStart[a + 1] = inspectionStart[a] + area.inspections();
      findingStart[a + 1] = findingStart[a] + area.findings();
      actionStart[a + 1] = actionStart[a] + area.actions();
    }
    units = unit;
    inspections = inspectionStart[areas];
    findings = findingStart[areas];
    actions = actionStart[areas];
    List<Integer> candidates = new ArrayList<>();
    for (int u = 1; u < units; u++) {
      if (!category(u).equals(UnitCategory.FAMILY)) {
        candidates.add(u);
      }
    }
    eligible = candidates.stream().mapToInt(Integer::intValue).toArray();
    assessments = Math.min(plan.assessments(), eligible.length * 5);
    days = ChronoUnit.DAYS.between(plan.periodStart(), plan.asOf());
  }

  /**
   * {@return a generator of {@code plan} with {@code seed}}
   *
   * @param plan what to generate
   * @param seed the random seed: the same plan and seed give the same dataset
   */
  public static DatasetGenerator of(Plan plan, long seed) {
    return new DatasetGenerator(plan, seed);
  }

  /**
   * {@return the plan it generates}
   */
  public Plan plan() {
    return plan;
  }

  /** {@return how many records it generates (header and totals not counted)} */
  public long recordCount() {
    return (long) units + plan.tasks() + inspections + findings + actions + 1 + assessments + plan.indicators();
  }

  /**
   * Generates into {@code sink}: header, declared totals, then records type by type.
   *
   * @param sink where the header, totals and records go
   * @throws IOException when the sink fails
   */
  public void generate(GeneratorSink sink) throws IOException {
    sink.header(header());
    sink.declaredTotals(totals());
    for (int u = 0; u < units; u++) {
      sink.record(unit(u));
    }
    for (int t = 0; t < plan.tasks(); t++) {
      sink.record(task(t));
    }
    for (int i = 0; i < inspections; i++) {
      sink.record(inspection(i));
    }
    for (int f = 0; f < findings; f++) {
      sink.record(finding(f));
    }
    for (int a = 0; a < actions; a++) {
      sink.record(action(a));
    }
    sink.record(scheme());
    for (int r = 0; r < assessments; r++) {
      sink.record(assessment(r));
    }
    for (int m = 0; m < plan.indicators(); m++) {
      sink.record(indicator(m));
    }
  }

  /** {@return the whole dataset in memory; for small plans} */
  public Dataset toDataset() {
    ImmutableDataset.Builder builder = Dataset.builder();
    try {
      generate(new GeneratorSink() {
        @Override
        public void header(DatasetHeader header) {
          builder.header(header);
        }

        @Override
        public void declaredTotals(DeclaredTotals totals) {
          builder.declaredTotals(totals);
        }

        @Override
        public void record(GovernanceRecord record) {
          add(builder, record);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /**
   * Streams the dataset into a file (or folder) of {@code format}.
   *
   * @param target the file (or folder, for a CSV package) to write
   * @param format the exchange format
   * @param options header language, encoding and layout
   * @throws IOException when the target cannot be written
   */
  public void write(Path target, ExchangeFormat format, WriteOptions options) throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.open(target, format, options)) {
      write(writer);
    }
  }

  /**
   * Streams the dataset into {@code writer} (any format's, a workbook's too), which the caller closes.
   *
   * @param writer an open exchange writer
   * @throws IOException when the writer fails
   */
  public void write(ExchangeWriter writer) throws IOException {
    {
      generate(new GeneratorSink() {
        @Override
        public void header(DatasetHeader header) throws IOException {
          writer.header(header);
        }

        @Override
        public void declaredTotals(DeclaredTotals totals) throws IOException {
          writer.declaredTotals(totals);
        }

        @Override
        public void record(GovernanceRecord record) throws IOException {
          writer.record(record);
        }
      });
    }
  }

  static void add(ImmutableDataset.Builder builder, GovernanceRecord record) {
    switch (record.recordType()) {
      case UNIT: builder.addUnits((Unit) record); break;
      case TASK: builder.addTasks((KeyTask) record); break;
      case INSPECTION: builder.addInspections((Inspection) record); break;
      case FINDING: builder.addFindings((Finding) record); break;
      case ACTION: builder.addActions((AccountabilityAction) record); break;
      case ASSESSMENT_SCHEME: builder.addAssessmentSchemes((AssessmentScheme) record); break;
      case ASSESSMENT: builder.addAssessments((AssessmentRecord) record); break;
      case INDICATOR: builder.addIndicators((Indicator) record); break;
      default: throw new AssertionError(record.recordType());
    }
  }

  // ---- randomness: one stream per record, from seed, type and index ----

  private SplittableRandom rng(int kind, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + kind * 0xC2B2AE3D27D4EB4FL + index * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  private static <E> E pick(E[] values, SplittableRandom rng) {
    return values[rng.nextInt(values.length)];
  }

  private static int area(int[] starts, int index) {
    int a = Arrays.binarySearch(starts, index);
    if (a < 0) {
      return -a - 2;
    }
    while (a + 1 < starts.length && starts[a + 1] == index) {
      a++;
    }
    return a;
  }

  private LocalDate dayOfPeriod(long offset) {
    return plan.periodStart().plusDays(Math.max(0, Math.min(days, offset)));
  }

  private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom rng) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(rng.nextLong(span + 1));
  }

  private static BigDecimal money(long maxFen, SplittableRandom rng) {
    return BigDecimal.valueOf(rng.nextLong(maxFen + 1), 2);
  }

  private CreditCode creditCode(String registration, DivisionCode division, SplittableRandom rng) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(CreditCode.ALPHABET.charAt(rng.nextInt(CreditCode.ALPHABET.length())));
    }
    return CreditCode.compose(registration, division.text().substring(0, 6), body.toString());
  }

  // ---- header and totals ----

  DatasetHeader header() {
    return DatasetHeader.builder()
        .schemaVersion(DatasetHeader.CURRENT_SCHEMA_VERSION)
        .datasetId(plan.datasetId())
        .producer(Producer.of(commissionName(plan.jurisdictionName()), unit(0).getCreditCode().orElseThrow()))
        .jurisdiction(plan.jurisdiction())
        .periodStart(plan.periodStart())
        .periodEnd(plan.asOf())
        .asOf(plan.asOf())
        .generatedAt(OffsetDateTime.of(plan.asOf().plusDays(10).atTime(9, 0), ZoneOffset.ofHours(8)))
        .build();
  }

  DeclaredTotals totals() {
    ImmutableDeclaredTotals.Builder totals = DeclaredTotals.builder().inspections(inspections).findings(findings);
    long rectified = 0;
    long persons = 0;
    long[] byForm = new long[4];
    for (Area area : plan.areas()) {
      rectified += area.findingsRectified();
      persons += area.persons();
      for (int f = 0; f < 4; f++) {
        byForm[f] += area.personsByForm()[f];
      }
    }
    totals.findingsRectified(rectified).personsHandled(persons);
    for (DisciplineForm form : DisciplineForm.values()) {
      totals.putPersonsHandledByForm(form, byForm[form.ordinal()]);
    }
    BigDecimal money = BigDecimal.ZERO;
    for (int f = 0; f < findings; f++) {
      money = money.add(finding(f).getAmountRecovered().orElse(BigDecimal.ZERO));
    }
    return totals.moneyRecovered(money).build();
  }

  // ---- units ----

  private static String commissionName(String place) {
    return "中共" + place + "纪律检查委员会";
  }

  private int areaOfUnit(int u) {
    for (int a = areaCommission.length - 1; a >= 0; a--) {
      if (u >= areaCommission[a]) {
        return a;
      }
    }
    return -1;
  }

  private UnitCategory category(int u) {
    int a = areaOfUnit(u);
    if (a < 0 || u == areaCommission[a]) {
      return UnitCategory.ORGAN;
    }
    int local = u - areaCommission[a] - 1;
    return plan.categories().get(local % plan.categories().size());
  }

  static String unitId(int u) {
    return "U-" + u;
  }

  private String leadDepartment(int index) {
    return plan.leadDepartments() == 0 ? unitId(0) : unitId(1 + index % plan.leadDepartments());
  }

  Unit unit(int u) {
    SplittableRandom rng = rng(UNIT, u);
    int a = areaOfUnit(u);
    ImmutableUnit.Builder unit = Unit.builder().id(unitId(u));
    if (a < 0) {
      boolean commission = u == 0;
      String name = commission ? commissionName(plan.jurisdictionName())
          : plan.jurisdictionName() + Names.DEPARTMENTS.get((u - 1) % Names.DEPARTMENTS.size())
              + ((u - 1) >= Names.DEPARTMENTS.size() ? "（" + u + "）" : "");
      return unit.name(name).category(UnitCategory.ORGAN).divisionCode(plan.jurisdiction())
          .creditCode(creditCode("11", plan.jurisdiction(), rng)).build();
    }
    Area area = plan.areas().get(a);
    if (u == areaCommission[a]) {
      return unit.name(commissionName(area.name())).category(UnitCategory.ORGAN).divisionCode(area.county())
          .creditCode(creditCode("11", area.county(), rng)).build();
    }
    int local = u - areaCommission[a] - 1;
    UnitCategory category = category(u);
    unit.name(Names.unit(category, area.name(), local, rng)).category(category);
    boolean village = category.equals(UnitCategory.VILLAGE_COMMUNITY) || category.equals(UnitCategory.FAMILY);
    DivisionCode division = village
        ? DivisionCode.of(township(area, local / 50).text().substring(0, 9) + String.format("%03d", 1 + local % 999))
        : area.county();
    unit.divisionCode(division);
    switch (category.code()) {
      case "FAMILY":
        break;
      case "VILLAGE_COMMUNITY":
        unit.creditCode(creditCode(rng.nextBoolean() ? "54" : "N2", area.county(), rng));
        break;
      case "SCHOOL":
      case "HOSPITAL":
      case "CULTURE":
        unit.creditCode(creditCode("12", area.county(), rng));
        break;
      case "ORGAN":
      case "TRANSPORT":
        unit.creditCode(creditCode("11", area.county(), rng));
        break;
      default:
        unit.creditCode(creditCode("91", area.county(), rng));
    }
    if (plan.leadDepartments() > 0 && !category.equals(UnitCategory.FAMILY)) {
      unit.leadDepartmentId(leadDepartment(local));
    }
    if (rng.nextInt(20) == 0) {
      unit.demonstration(Demonstration.builder()
          .level(pick(DemonstrationLevel.values(), rng))
          .status(rng.nextInt(4) == 0 ? DemonstrationStatus.CULTIVATING : DemonstrationStatus.NAMED)
          .year(plan.year()).build());
    }
    return unit.build();
  }

  /** A unit of area {@code a}, by its place in the area. */
  private int areaUnit(int a, int local) {
    return areaCommission[a] + 1 + local;
  }

  // ---- tasks ----

  KeyTask task(int t) {
    SplittableRandom rng = rng(TASK, t);
    LocalDate start = dayOfPeriod(rng.nextLong(Math.min(180, days) + 1));
    LocalDate due = start.plusDays(30 + rng.nextInt(390));
    var task = KeyTask.builder().id("T-" + t).title(Names.task(rng))
        .kind(rng.nextInt(4) == 0 ? TaskKind.PROJECT : TaskKind.TASK).year(plan.year())
        .jurisdiction(plan.jurisdiction()).category(plan.categories().get(rng.nextInt(plan.categories().size())))
        .leadUnitId(leadDepartment(t)).source(plan.year() + "年清廉" + plan.jurisdictionName() + "建设重点任务清单")
        .startDate(start).dueDate(due).supervised(rng.nextInt(3) == 0);
    Set<String> supporting = new LinkedHashSet<>();
    for (int s = rng.nextInt(3); s > 0 && plan.leadDepartments() > 1; s--) {
      String other = leadDepartment(rng.nextInt(plan.leadDepartments()));
      if (!other.equals(leadDepartment(t))) {
        supporting.add(other);
      }
    }
    task.supportingUnitIds(supporting);
    if (!due.isAfter(plan.asOf())) {
      task.status(TaskStatus.COMPLETED).completedDate(between(start, due, rng)).progress(100);
    } else if (rng.nextInt(5) == 0) {
      task.status(TaskStatus.NOT_STARTED).progress(0);
    } else {
      task.status(TaskStatus.IN_PROGRESS).progress(5 + rng.nextInt(91));
    }
    return task.build();
  }

  // ---- inspections, findings, actions ----

  Inspection inspection(int i) {
    SplittableRandom rng = rng(INSPECTION, i);
    int a = area(inspectionStart, i);
    Area area = plan.areas().get(a);
    int local = i - inspectionStart[a];
    LocalDate start = dayOfPeriod(rng.nextLong(Math.max(1, days - 5)));
    LocalDate end = start.plusDays(rng.nextInt(21));
    if (end.isAfter(plan.asOf())) {
      end = plan.asOf();
    }
    Set<String> targets = new LinkedHashSet<>();
    // Inspections go round the area's units, so every unit is checked once there are enough.
    targets.add(unitId(areaUnit(a, local % area.units())));
    for (int extra = rng.nextInt(3); extra > 0; extra--) {
      targets.add(unitId(areaUnit(a, rng.nextInt(area.units()))));
    }
    Set<InspectionMethod> methods = new LinkedHashSet<>();
    for (int m = 1 + rng.nextInt(3); m > 0; m--) {
      methods.add(pick(InspectionMethod.values(), rng));
    }
    var inspection = Inspection.builder().id("I-" + i).kind(pick(InspectionKind.values(), rng)).methods(methods)
        .inspectorUnitId(unitId(areaCommission[a])).targetUnitIds(targets).startDate(start).endDate(end)
        .topic(Names.topic(rng)).riskArea(pick(RiskArea.values(), rng));
    if (plan.tasks() > 0 && rng.nextInt(10) < 3) {
      inspection.addTaskIds("T-" + rng.nextInt(plan.tasks()));
    }
    return inspection.build();
  }

  Finding finding(int f) {
    SplittableRandom rng = rng(FINDING, f);
    int a = area(findingStart, f);
    Area area = plan.areas().get(a);
    int local = f - findingStart[a];
    Inspection inspection = inspection(inspectionStart[a] + rng.nextInt(area.inspections()));
    List<String> targets = inspection.getTargetUnitIds();
    LocalDate found = between(inspection.getStartDate(), inspection.getEndDate(), rng);
    var finding = Finding.builder().id("F-" + f).inspectionId(inspection.getId())
        .unitId(targets.get(rng.nextInt(targets.size()))).description(Names.problem(rng))
        .riskArea(inspection.getRiskArea().orElse(RiskArea.OTHER)).foundDate(found);
    if (plan.moneyRecovered().isPresent()) {
      long totalFen = plan.moneyRecovered().get().movePointRight(2).longValueExact();
      long share = totalFen / findings + (f < totalFen % findings ? 1 : 0);
      BigDecimal recovered = BigDecimal.valueOf(share, 2);
      finding.amountRecovered(recovered).amountInvolved(recovered.add(money(5_000_000, rng)));
    } else if (rng.nextInt(10) < 7) {
      BigDecimal involved = money(50_000_000, rng);
      finding.amountInvolved(involved);
      if (rng.nextBoolean()) {
        finding.amountRecovered(BigDecimal.valueOf(rng.nextLong(involved.movePointRight(2).longValueExact() + 1), 2));
      }
    }
    LocalDate asOf = plan.asOf();
    if (local < area.findingsRectified()) {
      LocalDate deadline = found.plusDays(30 + rng.nextInt(61));
      LocalDate last = deadline.isBefore(asOf) ? deadline : asOf;
      finding.rectification(Rectification.builder()
          .status(rng.nextBoolean() ? RectificationStatus.VERIFIED : RectificationStatus.RECTIFIED)
          .deadline(deadline).completedDate(between(found, last, rng)).measures(Names.measures(rng)).build());
    } else {
      finding.rectification(Rectification.builder()
          .status(rng.nextInt(10) < 7 ? RectificationStatus.IN_PROGRESS : RectificationStatus.PENDING)
          .deadline(asOf.plusDays(15 + rng.nextInt(166))).build());
    }
    for (int n = rng.nextInt(3); n > 0; n--) {
      finding.addFollowUps(FollowUp.builder().type(pick(FollowUpType.values(), rng))
          .issuedDate(between(found, found.plusDays(30).isBefore(asOf) ? found.plusDays(30) : asOf, rng)).build());
    }
    return finding.build();
  }

  private static final AccountabilityMeasure[] ORGANISATION_MEASURES = Arrays.stream(AccountabilityMeasure.values())
      .filter(m -> m.subjectType() == SubjectType.ORGANIZATION).toArray(AccountabilityMeasure[]::new);

  AccountabilityAction action(int n) {
    SplittableRandom rng = rng(ACTION, n);
    int a = area(actionStart, n);
    Area area = plan.areas().get(a);
    int local = n - actionStart[a];
    Finding finding = finding(findingStart[a] + rng.nextInt(area.findings()));
    LocalDate decided = between(finding.getFoundDate(), plan.asOf(), rng);
    var action = AccountabilityAction.builder().id("A-" + n).findingId(finding.getId())
        .inspectionId(finding.getInspectionId()).decisionDate(decided).decidingUnitId(unitId(areaCommission[a]));
    if (local >= area.persons()) {
      return action.subject(OrganizationSubject.of(finding.getUnitId()))
          .measure(pick(ORGANISATION_MEASURES, rng)).build();
    }
    DisciplineForm form = DisciplineForm.FIRST;
    int[] byForm = area.personsByForm();
    for (int f = 0, upTo = 0; f < byForm.length; f++) {
      upTo += byForm[f];
      if (local < upTo) {
        form = DisciplineForm.values()[f];
        break;
      }
    }
    DisciplineForm chosen = form;
    AccountabilityMeasure[] measures = Arrays.stream(AccountabilityMeasure.values())
        .filter(m -> m.subjectType() == SubjectType.PERSON && m.allows(chosen)).toArray(AccountabilityMeasure[]::new);
    String birth = LocalDate.of(1960, 1, 1).plusDays(rng.nextInt(13_000)).toString().replace("-", "");
    String first17 = area.county().text() + birth + String.format("%03d", rng.nextInt(1000));
    PersonSubject person = PersonSubject.builder().personId("P-" + n).name(Names.person(rng))
        .residentId(ResidentId.of(first17 + ResidentId.checkCharacter(first17))).position(Names.position(rng))
        .unitId(finding.getUnitId()).build();
    return action.subject(person).form(form).measure(pick(measures, rng)).build();
  }

  // ---- assessment ----

  AssessmentScheme scheme() {
    return AssessmentScheme.builder().id("S-" + plan.year()).year(plan.year())
        .title(plan.year() + "年度清廉" + plan.jurisdictionName() + "建设考评细则").weights(WEIGHTS)
        .maxScore(new BigDecimal("100")).grades(Grade.defaultScale()).build();
  }

  AssessmentRecord assessment(int r) {
    SplittableRandom rng = rng(ASSESSMENT, r);
    AssessmentScheme scheme = scheme();
    int round = r / eligible.length;
    YearPeriod period = round == 0 ? YearPeriod.ofYear(plan.year())
        : YearPeriod.builder().year(plan.year()).type(PeriodType.QUARTER).index(round).build();
    MethodScores scores = MethodScores.of(score(rng), score(rng), score(rng));
    BigDecimal total = scores.weightedTotal(scheme.getWeights());
    var assessment = AssessmentRecord.builder().id("R-" + r).schemeId(scheme.getId())
        .unitId(unitId(eligible[r % eligible.length])).period(period).scores(scores).total(total)
        .assessorUnitId(unitId(0));
    // The first assessment is never vetoed, so every dataset has one that grades normally.
    if (r > 0 && rng.nextInt(50) == 0) {
      return assessment.vetoed(true).grade(scheme.lowestGrade().orElseThrow().getCode())
          .vetoReason("发生违纪违法问题，实行一票否决").build();
    }
    return assessment.grade(scheme.gradeFor(total).orElseThrow().getCode()).build();
  }

  private static String score(SplittableRandom rng) {
    return BigDecimal.valueOf(600 + rng.nextInt(400), 1).toPlainString();
  }

  // ---- indicators ----

  Indicator indicator(int m) {
    SplittableRandom rng = rng(INDICATOR, m);
    Metric metric = Metric.values()[m % Metric.values().length];
    int a = m % plan.areas().size();
    Area area = plan.areas().get(a);
    var indicator = Indicator.builder().id("M-" + m).period(YearPeriod.ofYear(plan.year())).metric(metric)
        .value(value(metric, rng));
    if (m % 2 == 0) {
      indicator.divisionCode(area.county());
    } else {
      indicator.unitId(unitId(areaUnit(a, rng.nextInt(area.units()))));
    }
    return indicator.build();
  }

  private static BigDecimal value(Metric metric, SplittableRandom rng) {
    switch (metric) {
      case APPROVAL_AVG_DAYS: return BigDecimal.valueOf(50 + rng.nextInt(950), 2);
      case APPROVAL_AVG_TRIPS: return BigDecimal.valueOf(rng.nextInt(101), 2);
      case APPROVAL_AVG_STEPS: return BigDecimal.valueOf(100 + rng.nextInt(700), 2);
      case PETITION_YOY_CHANGE: return BigDecimal.valueOf(rng.nextInt(6001) - 3000, 2);
      default: return BigDecimal.valueOf(8000 + rng.nextInt(2001), 2).setScale(2, RoundingMode.UNNECESSARY);
    }
  }


  /** A real township of the area's county (统计用区划代码 2023), the n-th in turn. */
  private static DivisionCode township(Area area, int n) {
    List<DivisionCode> townships = TOWNSHIPS.computeIfAbsent(area.county(), DivisionCatalogue.standard()::children);
    if (townships.isEmpty()) {
      throw new IllegalArgumentException(area.county() + " has no townships in the division list");
    }
    return townships.get(n % townships.size());
  }

  private static final java.util.Map<DivisionCode, List<DivisionCode>> TOWNSHIPS =
      new java.util.concurrent.ConcurrentHashMap<>();
}
