package org.qinglian.io;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * The model's Bean Validation constraints of one exchange field, as JSON Schema keywords, so
 * that the exported schema carries the lengths, ranges and scales the validator checks —
 * read from the same annotations, never restated.
 */
final class ModelConstraints {

  private ModelConstraints() {}

  /** The keywords for the field's value (for a list: for each item), and for the list itself. */
  record Keywords(Map<String, Object> value, Map<String, Object> list) {}

  static Keywords of(Table table, String path) {
    Class<?> root;
    String relative = path;
    if (path.startsWith("header.")) {
      root = DatasetHeader.class;
      relative = path.substring("header.".length());
    } else if (path.startsWith("declaredTotals.")) {
      root = DeclaredTotals.class;
      relative = path.substring("declaredTotals.".length());
    } else {
      root = modelClass(table.recordType().orElseThrow());
    }
    Map<String, Object> value = new LinkedHashMap<>();
    Map<String, Object> list = new LinkedHashMap<>();
    Optional<Accessor> accessor = find(root, relative.split("\\."));
    accessor.ifPresent(a -> {
      for (Annotation annotation : a.onMethod) {
        apply(annotation, a.isList ? list : value, a.isList);
      }
      for (Annotation annotation : a.onElement) {
        apply(annotation, value, false);
      }
    });
    return new Keywords(value, list);
  }

  /**
   * Whether the model requires the value once its object is there (a demonstration's level).
   */
  static boolean requiredInObject(Table table, String path) {
    if (path.startsWith("header.") || path.startsWith("declaredTotals.") || table.recordType().isEmpty()) {
      return false;
    }
    return ownGetter(modelClass(table.recordType().get()), path.split("\\.")).map(ModelConstraints::isRequired)
        .orElse(false);
  }

  /** Whether {@code type} (a subtype such as a person subject) requires member {@code name}. */
  static boolean requiredOn(Class<?> type, String name) {
    return ownGetter(type, new String[] {name}).map(ModelConstraints::isRequired).orElse(false);
  }

  /**
   * The getter at the end of a path when every step is the type's own, not only some
   * subtypes' (a person's id, not an organization's).
   */
  private static Optional<Method> ownGetter(Class<?> type, String[] segments) {
    Class<?> current = type;
    Method method = null;
    for (String segment : segments) {
      if (method != null) {
        current = valueClass(method);
      }
      Optional<Method> getter = getter(current, segment);
      if (getter.isEmpty() || !getter.get().getDeclaringClass().isAssignableFrom(current)) {
        return Optional.empty();
      }
      method = getter.get();
    }
    return Optional.ofNullable(method);
  }

  /** A getter the builder needs a value for: neither an {@code Optional}, a collection, nor a primitive with a default. */
  private static boolean isRequired(Method getter) {
    Class<?> type = getter.getReturnType();
    return !(type.getName().startsWith("java.util.Optional") || java.util.Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type) || type.isPrimitive());
  }

  private static Class<?> modelClass(RecordType type) {
    switch (type) {
      case UNIT: return Unit.class;
      case TASK: return KeyTask.class;
      case INSPECTION: return Inspection.class;
      case FINDING: return Finding.class;
      case ACTION: return AccountabilityAction.class;
      case ASSESSMENT_SCHEME: return AssessmentScheme.class;
      case ASSESSMENT: return AssessmentRecord.class;
      case INDICATOR: return Indicator.class;
      default: throw new AssertionError(type);
    }
  }

  /** The getter at the end of a path, its annotations and those of the value it holds. */
  private record Accessor(List<Annotation> onMethod, List<Annotation> onElement, boolean isList) {}

  private static Optional<Accessor> find(Class<?> type, String[] segments) {
    Class<?> current = type;
    for (int i = 0; i < segments.length; i++) {
      Optional<Method> getter = getter(current, segments[i]);
      if (getter.isEmpty()) {
        return Optional.empty();
      }
      Method method = getter.get();
      AnnotatedType returned = method.getAnnotatedReturnType();
      boolean isList = List.class.isAssignableFrom(method.getReturnType());
      AnnotatedType element = returned;
      Type elementType = method.getGenericReturnType();
      if (returned instanceof AnnotatedParameterizedType parameterized) {
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        element = arguments[arguments.length - 1]; // Optional<T>, List<T>, Map<K, V>: the value
        elementType = ((ParameterizedType) elementType).getActualTypeArguments()[arguments.length - 1];
      }
      if (i == segments.length - 2 && Map.class.isAssignableFrom(method.getReturnType())) {
        return Optional.of(new Accessor(List.of(), expand(element.getAnnotations()), false)); // one entry's value
      }
      if (i == segments.length - 1) {
        List<Annotation> onElement = element == returned ? List.of() : expand(element.getAnnotations());
        return Optional.of(new Accessor(expand(method.getAnnotations()), onElement, isList));
      }
      current = valueClass(method);
    }
    return Optional.empty();
  }

  /** The class of what a getter holds: {@code T} of {@code Optional<T>} or {@code List<T>}, else its type. */
  private static Class<?> valueClass(Method method) {
    Type type = method.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      type = arguments[arguments.length - 1];
    }
    return type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
  }

  private static Optional<Method> getter(Class<?> type, String name) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<Class<?>> candidates = new ArrayList<>(List.of(type));
    if (type.isSealed()) {
      candidates.addAll(List.of(type.getPermittedSubclasses())); // subject: a person or an organization
    }
    for (Class<?> candidate : candidates) {
      for (String prefix : new String[] {"get", "is"}) {
        try {
          return Optional.of(candidate.getMethod(prefix + capitalized));
        } catch (NoSuchMethodException e) {
          // try the next spelling
        }
      }
    }
    return Optional.empty();
  }

  /** The constraints, composed ones (such as {@code @Cny}) replaced by what they are made of. */
  private static List<Annotation> expand(Annotation[] annotations) {
    List<Annotation> result = new ArrayList<>();
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.getPackageName().equals("jakarta.validation.constraints")) {
        result.add(annotation);
      } else if (type.isAnnotationPresent(Constraint.class)) {
        result.addAll(expand(type.getAnnotations()));
      }
    }
    return result;
  }

  // Spelled out rather than \s and \S, whose meaning differs between engines: Java's \s is six ASCII
  // characters, ECMA-262's and Python's also U+00A0, U+3000, U+FEFF … (networknt and Ajv gave opposite answers).
  /**
   * {@code @NotBlank} as the readers and the gate read it: some character that neither {@code trim()}
   * (U+0000–U+0020) nor {@code isBlank()} (Java's white space: U+1680, U+2000–U+2006, U+2008–U+200A,
   * U+2028, U+2029, U+205F, U+3000) takes away. Found anywhere, as JSON Schema's patterns are.
   */
  static final String NOT_BLANK = "[^\\x00-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";
  /** {@code @HasText}, Java's {@code \S}: some character besides space, tab, line feed, VT, FF, CR. */
  static final String HAS_TEXT = "[^\\t\\n\\x0B\\f\\r ]";

  /**
   * One pattern for two constraints on a value (a schema has one {@code pattern}): the one found
   * anywhere ({@code @NotBlank}, {@code @HasText}) as a look-ahead before the one that spans the
   * whole text ({@code @TextCharacters}).
   */
  private static Object both(Object one, Object other) {
    if (one.equals(other)) {
      return one;
    }
    String anywhere = ((String) one).startsWith("^") ? (String) other : (String) one;
    String whole = anywhere == one ? (String) other : (String) one;
    if (anywhere.startsWith("^") || !whole.startsWith("^")) {
      throw new IllegalStateException("two patterns on one value: " + one + " and " + other);
    }
    return "^(?=[\\s\\S]*" + anywhere + ")" + whole.substring(1);
  }

  private static void apply(Annotation annotation, Map<String, Object> to, boolean isList) {
    if (annotation instanceof Size size) {
      if (size.min() > 0) {
        to.put(isList ? "minItems" : "minLength", size.min());
      }
      if (size.max() < Integer.MAX_VALUE) {
        to.put(isList ? "maxItems" : "maxLength", size.max());
      }
    } else if (annotation instanceof jakarta.validation.constraints.NotEmpty) {
      to.merge(isList ? "minItems" : "minLength", 1, (a, b) -> Math.max((Integer) a, (Integer) b));
    } else if (annotation instanceof NotBlank) {
      to.merge("pattern", NOT_BLANK, ModelConstraints::both);
    } else if (annotation instanceof Pattern pattern) {
      // Java's syntax: only what reads the same in ECMA-262 is carried over.
      if (pattern.regexp().equals("(?s).*\\S.*")) {
        to.merge("pattern", HAS_TEXT, ModelConstraints::both);
      } else if (!pattern.regexp().contains("(?")) {
        to.merge("pattern", "^(?:" + pattern.regexp() + ")$", ModelConstraints::both);
      }
    } else if (annotation instanceof Min min) {
      to.put("minimum", min.value());
    } else if (annotation instanceof Max max) {
      to.put("maximum", max.value());
    } else if (annotation instanceof PositiveOrZero) {
      to.put("minimum", 0);
    } else if (annotation instanceof Positive) {
      to.put("exclusiveMinimum", 0);
    } else if (annotation instanceof DecimalMin min) {
      to.put(min.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(min.value()));
    } else if (annotation instanceof DecimalMax max) {
      to.put(max.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(max.value()));
    } else if (annotation instanceof Digits digits) {
      // No multipleOf for the decimal places: common implementations compute it in binary
      // floating point (Python jsonschema 4.26 refuses 0.07 as a multiple of 0.01), which would
      // refuse valid amounts. The validator checks the scale (FIELD_INVALID).
      BigDecimal bound = BigDecimal.ONE.movePointRight(digits.integer());
      to.merge("exclusiveMaximum", bound, (a, b) -> ((BigDecimal) a).min((BigDecimal) b));
    }
  }
}
