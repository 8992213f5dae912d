package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast gate never passes a bean Hibernate Validator would reject, and passes every
 * valid one: random {@code withX} edits of every value type, good and bad values mixed.
 */
class FastGateTest {

  private static final FieldConstraints CONSTRAINTS = new FieldConstraints(Locale.ENGLISH);

  private static List<Object> fixtures() {
    return List.of(Fixtures.organ(), Fixtures.village(), Fixtures.demonstration(), Fixtures.task(), Fixtures.inspection(),
        Fixtures.finding(), Fixtures.rectification(), Fixtures.followUp(), Fixtures.person(), Fixtures.action(),
        Fixtures.weights(), Fixtures.scheme(), Fixtures.assessment(), Fixtures.assessment().getScores(),
        Fixtures.year2022(), YearPeriod.builder().year(2022).type(PeriodType.QUARTER).index(3).build(),
        Fixtures.indicator(), Fixtures.header(), Fixtures.header().getProducer(), Fixtures.totals(), Fixtures.dataset(),
        Fixtures.scheme().getGrades().get(0));
  }

  private static final List<Object> VALUES = List.of(
      "", " ", "\u3000", "x".repeat(65), "财".repeat(201), " ".repeat(501), "-bad", "ok-id", "U-1", "a b", "${1+1}",
      "名称", "1.0", "v1", "9.99", "名\u0000称", "名称\u000B", "\u001B[31m", "x\u007F", "名\uD800", "\uDC00名",
      "\uD840\uDC00名", "一\t二\r\n三", BigDecimal.valueOf(-1), BigDecimal.ZERO, new BigDecimal("0.001"),
      new BigDecimal("1234567.001"), new BigDecimal("12000.00"), new BigDecimal("1.5"), new BigDecimal("0.12345"),
      new BigDecimal("1E+20"), new BigDecimal("99999999999999.99"), -1, 0, 1, 100, 101, 1999, 2022, 2101, -5L, 7L,
      DivisionCode.lenient("420012"), DivisionCode.lenient("420102"), DivisionCode.lenient("1"),
      CreditCode.lenient("91350100M000100Y43"), CreditCode.lenient("91350100M000100Y44"),
      CreditCode.lenient("123456789012345678"), ResidentId.lenient(Fixtures.RESIDENT_ID),
      ResidentId.lenient("110105194912310021"), Map.of(DisciplineForm.FIRST, -1L), Map.of(DisciplineForm.SECOND, 3L),
      List.of(), List.of("!"), List.of("U-2"));

  /**
   * Nested beans that break a constraint, alone and in a list, so that edits reach the
   * cascades ({@code @Valid} on getters and on list and optional elements).
   */
  private static final List<Object> BROKEN_BEANS = brokenBeans();

  private static List<Object> brokenBeans() {
    List<Object> broken = new ArrayList<>();
    for (Object fixture : fixtures()) {
      for (int method = 0; method < 40 && broken.size() % 2 == 0; method++) {
        for (int value = 0; value < VALUES.size(); value++) {
          Object edited = edit(fixture, method, value, VALUES);
          if (edited != fixture && !CONSTRAINTS.validateFully(edited).isEmpty()) {
            broken.add(edited);
            broken.add(List.of(edited));
            break;
          }
        }
      }
      if (broken.size() % 2 != 0) {
        throw new IllegalStateException();
      }
    }
    return broken;
  }

  private static Object edit(Object bean, int method, int value) {
    List<Object> all = new ArrayList<>(VALUES);
    all.addAll(BROKEN_BEANS);
    return edit(bean, method, value, all);
  }

  /** One {@code withX} edit: method and value, applied when the types fit. */
  private static Object edit(Object bean, int method, int value, List<Object> values) {
    List<Method> withs = new ArrayList<>();
    for (Method m : bean.getClass().getMethods()) {
      if (m.getName().startsWith("with") && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
        withs.add(m);
      }
    }
    withs.sort((a, b) -> (a.getName() + Arrays.toString(a.getParameterTypes()))
        .compareTo(b.getName() + Arrays.toString(b.getParameterTypes())));
    if (withs.isEmpty()) {
      return bean;
    }
    Method with = withs.get(method % withs.size());
    Class<?> parameter = with.getParameterTypes()[0];
    List<Object> fitting = values.stream().filter(argument -> fits(with, parameter, argument)).toList();
    if (fitting.isEmpty()) {
      return bean;
    }
    Object argument = fitting.get(value % fitting.size());
    try {
      Object converted = parameter == long.class ? ((Number) argument).longValue() : argument;
      return with.invoke(bean, converted);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return bean; // an edit the builder refuses (null, wrong element type) is no edit
    }
  }

  private static boolean fits(Method with, Class<?> parameter, Object argument) {
    if (argument instanceof List<?> list && !list.isEmpty() && !elementsFit(with, list.get(0))) {
      return false;
    }
    return parameter == int.class && argument instanceof Integer
        || parameter == long.class && (argument instanceof Long || argument instanceof Integer)
        || !parameter.isPrimitive() && parameter.isInstance(argument);
  }

  /** Whether a list's element suits the element type of a {@code withX(Iterable<? extends E>)}. */
  private static boolean elementsFit(Method with, Object element) {
    if (!(with.getGenericParameterTypes()[0] instanceof java.lang.reflect.ParameterizedType parameterized)) {
      return false;
    }
    java.lang.reflect.Type argument = parameterized.getActualTypeArguments()[0];
    if (argument instanceof java.lang.reflect.WildcardType wildcard) {
      argument = wildcard.getUpperBounds()[0];
    }
    return argument instanceof Class<?> type && type.isInstance(element);
  }

  private static Gen<Object> edited() {
    Gen<Integer> any = Generate.range(0, 10_000);
    return Generate.range(0, fixtures().size() - 1)
        .zip(any, any, any, (f, a, b, c) -> edit(edit(fixtures().get(f), a, b), b, c));
  }

  @Test
  void theGateNeverPassesWhatHibernateValidatorRejects() {
    int[] refused = {0};
    qt().withExamples(3_000).forAll(edited()).checkAssert(bean -> {
      boolean passes = CONSTRAINTS.gatePasses(bean);
      var violations = CONSTRAINTS.validateFully(bean);
      for (var violation : violations) {
        // No expression language: ours are interpolated without it, and "${inclusive == true …" would be shown as is.
        assertFalse(violation.getMessage().contains("${"), violation.getPropertyPath() + ": " + violation.getMessage());
      }
      if (passes) {
        assertEquals(java.util.Set.of(), violations, bean.toString());
      }
      if (!passes && !violations.isEmpty()) {
        refused[0]++;
      }
    });
    assertTrue(refused[0] > 500, "the edits break constraints often enough to test the gate: " + refused[0]);
  }

  @Test
  void theHandWrittenPatternsAgreeWithTheirRegexes() {
    var recordId = java.util.regex.Pattern.compile(org.qinglian.model.constraint.RecordId.PATTERN);
    var hasText = java.util.regex.Pattern.compile(FastGate.HAS_TEXT);
    java.util.function.Predicate<Object> id = FastGate::recordId;
    java.util.function.Predicate<Object> text = FastGate::hasText;
    var characters = java.util.regex.Pattern.compile(org.qinglian.model.constraint.TextCharacters.PATTERN);
    java.util.function.Predicate<Object> plain = new FastGate()::textCharacters;
    Gen<String> strings = org.quicktheories.generators.SourceDSL.lists()
        .of(Generate.pick(List.of("a", "Z", "0", "9", ".", "_", ":", "-", " ", "\t", "\n", "\u000B", "\f", "\r",
            "\u3000", "é", "名", "/", "!", "\u0085", "\u00A0",
            // the neighbours of every range the id table holds
            "@", "[", "`", "{", ",", ";", "\u007F", "\u0080", "\u0000", "~",
            // and of the ranges text may not hold: C0 controls, DEL, both halves of a surrogate pair
            "\u0001", "\u0008", "\u000E", "\u001F", "\u0020", "\uD7FF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
            "\uE000", "\uD83D\uDE00", "\uFFFF")))
        .ofSizeBetween(0, 6).map(parts -> String.join("", parts));
    qt().withExamples(5_000).forAll(strings).checkAssert(s -> {
      assertEquals(recordId.matcher(s).matches(), id.test(s), s);
      assertEquals(hasText.matcher(s).matches(), text.test(s), s);
      assertEquals(characters.matcher(s).matches(), plain.test(s), s);
    });
  }

  @Test
  void theGatePassesEveryValidFixture() {
    for (Object fixture : fixtures()) {
      assertEquals(java.util.Set.of(), CONSTRAINTS.validateFully(fixture), fixture.toString());
      assertTrue(CONSTRAINTS.gatePasses(fixture), fixture.getClass().getSimpleName());
    }
  }

  @Test
  void aCleanDatasetNeverStartsHibernateValidatorAndABrokenOneDoes() {
    FieldConstraints constraints = new FieldConstraints(Locale.ENGLISH);
    for (Object fixture : fixtures()) {
      assertEquals(java.util.Set.of(), constraints.validate(fixture));
    }
    assertEquals(false, constraints.started(), "every valid fixture passed the gate without Hibernate Validator");
    Object broken = org.qinglian.model.unit.ImmutableUnit.copyOf(Fixtures.organ()).withName(" ");
    assertEquals(1, constraints.validate(broken).size());
    assertTrue(constraints.started());
  }

  @Test
  void aModelClassOfTheSameNameFromAnotherLoaderHasNoGate() throws Exception {
    Class<?> ours = org.qinglian.model.unit.ImmutableUnit.class;
    assertTrue(FastGate.index(ours) >= 0);
    java.net.URL model = ours.getProtectionDomain().getCodeSource().getLocation();
    try (java.net.URLClassLoader other = new java.net.URLClassLoader(new java.net.URL[] {model},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> same = Class.forName(ours.getName(), false, other);
      assertTrue(same != ours);
      assertEquals(-1, FastGate.index(same), "a same-named class the gates' casts would refuse");
    }
    assertEquals(-1, FastGate.index(String.class));
  }
}
