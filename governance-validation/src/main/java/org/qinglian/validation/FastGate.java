package org.qinglian.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A fast yes/no answer to “does this bean break none of its constraints?”, compiled from the
 * Bean Validation annotations of its class (so the model's annotations stay the one source of
 * the field rules) without starting Hibernate Validator, whose bootstrap costs a short run
 * more than its reading and validating. Valid records — nearly all of a real exchange — never reach Hibernate
 * Validator; a record the gate refuses is validated by Hibernate Validator, which reports
 * the exact violations. The gate may refuse a valid record (it costs time, nothing else);
 * it must never pass an invalid one — {@code FastGateTest} holds it to that.
 */
final class FastGate {

  private static final Predicate<Object> REFUSE = bean -> false;
  private static final Predicate<Object> PASS = bean -> true;

  private final ClassValue<Predicate<Object>> gates = new ClassValue<>() {
    @Override
    protected Predicate<Object> computeValue(Class<?> type) {
      try {
        return compile(type);
      } catch (RuntimeException | ReflectiveOperationException e) {
        return REFUSE; // unknown ground: let Hibernate Validator decide every time
      }
    }
  };

  /** Whether {@code bean} certainly breaks no constraint. */
  boolean passes(Object bean) {
    return gates.get(bean.getClass()).test(bean);
  }

  /*
   * Read straight from the annotations, as Hibernate Validator reads them for the default
   * group: constraints on getters anywhere in the type's hierarchy (the model's abstract
   * classes and interfaces), on their return types and on the type arguments of Optional,
   * List and Map; @Valid on getters and type arguments. Anything beyond what the model uses
   * (class-level or field constraints, groups, nested containers, attribute overrides)
   * compiles to REFUSE, which sends every such bean to Hibernate Validator.
   */
  private Predicate<Object> compile(Class<?> type) throws ReflectiveOperationException {
    List<Class<?>> hierarchy = hierarchy(type);
    Map<String, List<Method>> properties = new java.util.TreeMap<>();
    for (Class<?> declaring : hierarchy) {
      if (constraints(declaring.getDeclaredAnnotations()).iterator().hasNext()) {
        return REFUSE;
      }
      for (java.lang.reflect.Field field : declaring.getDeclaredFields()) {
        if (isConstrained(field.getAnnotations()) || isConstrained(field.getAnnotatedType())) {
          return REFUSE;
        }
      }
      for (Method method : declaring.getDeclaredMethods()) {
        String property = propertyName(method);
        if (property != null) {
          properties.computeIfAbsent(property, name -> new ArrayList<>()).add(method);
        }
      }
    }
    List<Predicate<Object>> checks = new ArrayList<>();
    for (Map.Entry<String, List<Method>> property : properties.entrySet()) {
      List<Annotation> onValue = new ArrayList<>();
      boolean cascaded = false;
      List<java.lang.reflect.AnnotatedType[]> arguments = new ArrayList<>();
      for (Method method : property.getValue()) {
        constraints(method.getAnnotations()).forEach(onValue::add);
        constraints(method.getAnnotatedReturnType().getAnnotations()).forEach(onValue::add);
        cascaded |= method.isAnnotationPresent(jakarta.validation.Valid.class);
        if (method.getAnnotatedReturnType() instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
          arguments.add(parameterized.getAnnotatedActualTypeArguments());
        }
      }
      if (onValue.isEmpty() && !cascaded && arguments.stream().flatMap(Arrays::stream).noneMatch(FastGate::isConstrained)) {
        continue;
      }
      Method getter = type.getMethod(property.getValue().get(0).getName());
      Class<?> container = getter.getReturnType();
      boolean isContainer = Optional.class.isAssignableFrom(container) || Iterable.class.isAssignableFrom(container)
          || Map.class.isAssignableFrom(container);
      if (cascaded && isContainer) {
        return REFUSE; // @Valid on a container's getter: the model puts it on the element
      }
      List<Predicate<Object>> valueChecks = new ArrayList<>();
      for (Annotation constraint : onValue) {
        valueChecks.add(compile(constraint));
      }
      List<Predicate<Object>> elementChecks = new ArrayList<>();
      for (java.lang.reflect.AnnotatedType[] typeArguments : arguments) {
        for (int index = 0; index < typeArguments.length; index++) {
          java.lang.reflect.AnnotatedType argument = typeArguments[index];
          if (argument instanceof java.lang.reflect.AnnotatedParameterizedType nested
              && Arrays.stream(nested.getAnnotatedActualTypeArguments()).anyMatch(FastGate::isConstrained)) {
            return REFUSE;
          }
          List<Predicate<Object>> each = new ArrayList<>();
          for (Annotation constraint : constraints(argument.getAnnotations())) {
            each.add(compile(constraint));
          }
          if (argument.isAnnotationPresent(jakarta.validation.Valid.class)) {
            each.add(this::cascade);
          }
          if (!each.isEmpty()) {
            elementChecks.add(elements(container, index, all(each)));
          }
        }
      }
      java.util.function.Function<Object, Object> read = accessor(getter);
      // Each property reads its value once; what it checks is a flat list, not a chain of and().
      List<Predicate<Object>> onValueChecks = new ArrayList<>();
      if (!valueChecks.isEmpty()) {
        Predicate<Object> onProperty = all(valueChecks);
        onValueChecks.add(value -> onProperty.test(unwrapped(value)));
      }
      onValueChecks.addAll(elementChecks);
      if (cascaded) {
        onValueChecks.add(this::cascade);
      }
      Predicate<Object> onValueOfProperty = all(onValueChecks);
      checks.add(owner -> onValueOfProperty.test(read.apply(owner)));
    }
    return all(checks);
  }

  /** All of {@code checks} hold; a loop over an array rather than nested {@code and()} calls (hot path). */
  private static Predicate<Object> all(List<Predicate<Object>> checks) {
    if (checks.isEmpty()) {
      return PASS;
    }
    if (checks.size() == 1) {
      return checks.get(0);
    }
    @SuppressWarnings("unchecked")
    Predicate<Object>[] each = checks.toArray(new Predicate[0]);
    return value -> {
      for (Predicate<Object> check : each) {
        if (!check.test(value)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The type, its superclasses and every interface they implement. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    java.util.LinkedHashSet<Class<?>> found = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> queue = new java.util.ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      Class<?> next = queue.poll();
      if (next != Object.class && found.add(next)) {
        if (next.getSuperclass() != null) {
          queue.add(next.getSuperclass());
        }
        queue.addAll(Arrays.asList(next.getInterfaces()));
      }
    }
    return new ArrayList<>(found);
  }

  /** A Java Beans getter as Bean Validation sees it: getX(), or isX()/hasX() returning boolean. */
  private static String propertyName(Method method) {
    if (method.getParameterCount() != 0 || java.lang.reflect.Modifier.isStatic(method.getModifiers())
        || method.isSynthetic() || method.isBridge()) {
      return null;
    }
    String name = method.getName();
    Class<?> returns = method.getReturnType();
    boolean bool = returns == boolean.class;
    String rest = name.startsWith("get") && returns != void.class ? name.substring(3)
        : name.startsWith("is") && bool ? name.substring(2) : name.startsWith("has") && bool ? name.substring(3) : null;
    return rest == null || rest.isEmpty() ? null : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  private static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
  }

  /** The constraints among {@code annotations}, repeated ones ({@code @Size.List}) taken apart. */
  private static List<Annotation> constraints(Annotation[] annotations) {
    List<Annotation> found = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (isConstraint(annotation)) {
        found.add(annotation);
      } else {
        try {
          Method value = annotation.annotationType().getMethod("value");
          if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()) {
            for (Annotation repeated : (Annotation[]) value.invoke(annotation)) {
              if (isConstraint(repeated)) {
                found.add(repeated);
              }
            }
          }
        } catch (NoSuchMethodException e) {
          // not a container of constraints
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static boolean isConstrained(Annotation[] annotations) {
    return !constraints(annotations).isEmpty() || Arrays.stream(annotations)
        .anyMatch(a -> a.annotationType() == jakarta.validation.Valid.class);
  }

  private static boolean isConstrained(java.lang.reflect.AnnotatedType type) {
    return isConstrained(type.getAnnotations()) || type instanceof java.lang.reflect.AnnotatedParameterizedType p
        && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(FastGate::isConstrained);
  }

  private boolean cascade(Object value) {
    return value == null || passes(value);
  }

  /** A getter as a function the JIT can inline, instead of a reflective call per value. */
  @SuppressWarnings("unchecked")
  private static java.util.function.Function<Object, Object> accessor(Method getter) throws ReflectiveOperationException {
    try {
      java.lang.invoke.MethodHandles.Lookup lookup =
          java.lang.invoke.MethodHandles.privateLookupIn(getter.getDeclaringClass(), java.lang.invoke.MethodHandles.lookup());
      java.lang.invoke.MethodHandle handle = lookup.unreflect(getter);
      return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(lookup, "apply",
          java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
          java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle,
          java.lang.invoke.MethodType.methodType(getter.getReturnType().isPrimitive()
              ? java.lang.invoke.MethodType.methodType(getter.getReturnType()).wrap().returnType()
              : getter.getReturnType(), getter.getDeclaringClass()))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      getter.setAccessible(true);
      return owner -> {
        try {
          return getter.invoke(owner);
        } catch (ReflectiveOperationException failure) {
          throw new IllegalStateException(failure);
        }
      };
    }
  }

  private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return type.getMethod("get" + suffix);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + suffix);
    }
  }

  /** What property-level constraints see: optional primitives and optionals are unwrapped. */
  private static Object unwrapped(Object value) {
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    return value;
  }

  /** Applies {@code each} to the elements of a container (an absent optional gives null). */
  private static Predicate<Object> elements(Class<?> container, Integer argument, Predicate<Object> each) {
    if (Optional.class.isAssignableFrom(container)) {
      return value -> value == null || each.test(((Optional<?>) value).orElse(null));
    }
    if (Map.class.isAssignableFrom(container)) {
      boolean keys = argument != null && argument == 0;
      return value -> value == null || ((Map<?, ?>) value).entrySet().stream()
          .allMatch(e -> each.test(keys ? e.getKey() : e.getValue()));
    }
    if (Iterable.class.isAssignableFrom(container)) {
      return value -> {
        if (value == null) {
          return true;
        }
        for (Object element : (Iterable<?>) value) {
          if (!each.test(element)) {
            return false;
          }
        }
        return true;
      };
    }
    return REFUSE;
  }

  private Predicate<Object> compile(Annotation annotation) throws ReflectiveOperationException {
    Class<? extends Annotation> type = annotation.annotationType();
    Object groups = type.getMethod("groups").invoke(annotation);
    if (((Class<?>[]) groups).length > 0) {
      return REFUSE; // Hibernate Validator checks the default group only; leave groups to it
    }
    Class<?>[] validatedBy = type.getAnnotation(jakarta.validation.Constraint.class).validatedBy();
    List<Annotation> composing = constraints(type.getAnnotations());
    if (!composing.isEmpty()) {
      // A composed constraint (RecordId, Cny, HasText) holds exactly when all its parts and its own validators do.
      for (Method attribute : type.getDeclaredMethods()) {
        if (attribute.isAnnotationPresent(jakarta.validation.OverridesAttribute.class)
            || attribute.isAnnotationPresent(jakarta.validation.OverridesAttribute.List.class)) {
          return REFUSE;
        }
      }
      List<Predicate<Object>> parts = new ArrayList<>();
      for (Annotation part : composing) {
        parts.add(compile(part));
      }
      if (validatedBy.length > 0) {
        parts.add(validators(annotation, validatedBy));
      }
      return all(parts);
    }
    if (annotation instanceof NotNull) {
      return value -> value != null;
    }
    if (annotation instanceof NotBlank) {
      // Stricter than either reading of "blank": trim() (control characters) and isBlank() (U+3000).
      return value -> value instanceof CharSequence text && !text.toString().trim().isEmpty()
          && !text.toString().isBlank();
    }
    if (annotation instanceof NotEmpty) {
      return value -> value instanceof CharSequence text ? text.length() > 0
          : value instanceof Collection<?> c ? !c.isEmpty() : value instanceof Map<?, ?> m && !m.isEmpty();
    }
    if (annotation instanceof Size size) {
      int min = size.min();
      int max = size.max();
      return value -> {
        int length = value instanceof CharSequence text ? text.length()
            : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        return value == null || (length >= 0 && length >= min && length <= max);
      };
    }
    if (annotation instanceof Pattern pattern && pattern.flags().length == 0) {
      Predicate<Object> handWritten = handWritten(pattern.regexp());
      if (handWritten != null) {
        return handWritten;
      }
    }
    if (annotation instanceof Pattern pattern) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      return value -> value == null || (value instanceof CharSequence text && compiled.matcher(text).matches());
    }
    if (annotation instanceof Min min) {
      BigDecimal bound = BigDecimal.valueOf(min.value());
      return value -> value == null || (number(value) != null && number(value).compareTo(bound) >= 0);
    }
    if (annotation instanceof Max max) {
      BigDecimal bound = BigDecimal.valueOf(max.value());
      return value -> value == null || (number(value) != null && number(value).compareTo(bound) <= 0);
    }
    if (annotation instanceof DecimalMin min) {
      BigDecimal bound = new BigDecimal(min.value());
      boolean inclusive = min.inclusive();
      return value -> {
        BigDecimal n = number(value);
        return value == null || (n != null && (inclusive ? n.compareTo(bound) >= 0 : n.compareTo(bound) > 0));
      };
    }
    if (annotation instanceof DecimalMax max) {
      BigDecimal bound = new BigDecimal(max.value());
      boolean inclusive = max.inclusive();
      return value -> {
        BigDecimal n = number(value);
        return value == null || (n != null && (inclusive ? n.compareTo(bound) <= 0 : n.compareTo(bound) < 0));
      };
    }
    if (annotation instanceof Digits digits) {
      int integer = digits.integer();
      int fraction = digits.fraction();
      // Stricter than Hibernate Validator (no stripping of trailing zeros): a refusal only costs time.
      return value -> {
        BigDecimal n = number(value);
        return value == null || (n != null && n.precision() - n.scale() <= integer && Math.max(n.scale(), 0) <= fraction);
      };
    }
    if (annotation instanceof AssertTrue) {
      return value -> value == null || Boolean.TRUE.equals(value);
    }
    if (validatedBy.length > 0) {
      return validators(annotation, validatedBy);
    }
    return REFUSE;
  }

  /**
   * The model's two hot patterns without the regex engine: record ids and “has text”.
   * {@code FastGateTest} checks them against the regexes.
   */
  static Predicate<Object> handWritten(String regexp) {
    if (regexp.equals(org.qinglian.model.constraint.RecordId.PATTERN)) {
      return value -> value == null || value instanceof CharSequence text && isRecordId(text);
    }
    if (regexp.equals("(?s).*\\S.*")) {
      return value -> value == null || value instanceof CharSequence text && hasNonSpace(text);
    }
    return null;
  }

  static boolean isRecordId(CharSequence text) {
    if (text.length() == 0 || !isAlphanumeric(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Regex \S: anything but space, tab, newline, vertical tab, form feed, carriage return. */
  static boolean hasNonSpace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }

  /** The constraint's own validators (ValidIdentifier), called for the value's type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> validators(Annotation annotation, Class<?>[] types)
      throws ReflectiveOperationException {
    List<Map.Entry<Class<?>, ConstraintValidator>> validators = new ArrayList<>();
    for (Class<?> type : types) {
      ConstraintValidator validator = (ConstraintValidator) type.getDeclaredConstructor().newInstance();
      validator.initialize(annotation);
      validators.add(Map.entry(validatedType(type), validator));
    }
    return value -> {
      if (value == null) {
        return true;
      }
      for (Map.Entry<Class<?>, ConstraintValidator> entry : validators) {
        if (entry.getKey().isInstance(value)) {
          try {
            return entry.getValue().isValid(value, null);
          } catch (RuntimeException e) {
            return false;
          }
        }
      }
      return false;
    };
  }

  private static Class<?> validatedType(Class<?> validator) {
    for (Type type : validator.getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ConstraintValidator.class
          && parameterized.getActualTypeArguments()[1] instanceof Class<?> validated) {
        return validated;
      }
    }
    return Void.class;
  }
}
