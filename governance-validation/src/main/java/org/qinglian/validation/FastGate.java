package org.qinglian.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
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
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A fast yes/no answer to “does this bean break none of its constraints?”, compiled from the
 * Bean Validation metadata of its class (so the model's annotations stay the one source of
 * the field rules). Valid records — nearly all of a real exchange — never reach Hibernate
 * Validator; a record the gate refuses is validated by Hibernate Validator, which reports
 * the exact violations. The gate may refuse a valid record (it costs time, nothing else);
 * it must never pass an invalid one — {@code FastGateTest} holds it to that.
 */
final class FastGate {

  private static final Predicate<Object> REFUSE = bean -> false;
  private static final Predicate<Object> PASS = bean -> true;

  private final Validator validator;
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

  FastGate(Validator validator) {
    this.validator = validator;
  }

  /** Whether {@code bean} certainly breaks no constraint. */
  boolean passes(Object bean) {
    return gates.get(bean.getClass()).test(bean);
  }

  private Predicate<Object> compile(Class<?> type) throws ReflectiveOperationException {
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      return REFUSE;
    }
    List<Predicate<Object>> checks = new ArrayList<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      java.util.function.Function<Object, Object> getter = accessor(getter(type, property.getPropertyName()));
      Predicate<Object> onValue = all(property.getConstraintDescriptors(), true);
      List<Predicate<Object>> onElements = new ArrayList<>();
      for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
        if (!element.getConstrainedContainerElementTypes().isEmpty()) {
          return REFUSE;
        }
        Predicate<Object> each = all(element.getConstraintDescriptors(), false);
        if (element.isCascaded()) {
          each = each.and(this::cascade);
        }
        onElements.add(elements(element.getContainerClass(), element.getTypeArgumentIndex(), each));
      }
      Predicate<Object> cascaded = property.isCascaded() ? this::cascade : PASS;
      Predicate<Object> elements = onElements.stream().reduce(PASS, Predicate::and);
      checks.add(owner -> {
        Object value = getter.apply(owner);
        return onValue.test(unwrapped(value)) && elements.test(value) && (value == null || cascaded.test(value));
      });
    }
    return checks.stream().reduce(PASS, Predicate::and);
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

  private Predicate<Object> all(java.util.Set<ConstraintDescriptor<?>> constraints, boolean unused)
      throws ReflectiveOperationException {
    Predicate<Object> result = PASS;
    for (ConstraintDescriptor<?> constraint : constraints) {
      result = result.and(compile(constraint));
    }
    return result;
  }

  private Predicate<Object> compile(ConstraintDescriptor<?> constraint) throws ReflectiveOperationException {
    Annotation annotation = constraint.getAnnotation();
    if (!constraint.getComposingConstraints().isEmpty()) {
      // A composed constraint (RecordId, Cny, HasText) holds exactly when all its parts do.
      Predicate<Object> parts = PASS;
      for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
        parts = parts.and(compile(part));
      }
      return constraint.getConstraintValidatorClasses().isEmpty() ? parts : parts.and(validators(constraint));
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
    if (!constraint.getConstraintValidatorClasses().isEmpty()) {
      return validators(constraint);
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
  private static Predicate<Object> validators(ConstraintDescriptor<?> constraint) throws ReflectiveOperationException {
    List<Map.Entry<Class<?>, ConstraintValidator>> validators = new ArrayList<>();
    for (Class<? extends ConstraintValidator<?, ?>> type : constraint.getConstraintValidatorClasses()) {
      ConstraintValidator validator = type.getDeclaredConstructor().newInstance();
      validator.initialize(constraint.getAnnotation());
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
