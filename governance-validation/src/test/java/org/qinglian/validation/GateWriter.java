package org.qinglian.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Valid;
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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes {@code Gates.java}, the fast gate as plain Java, from the Bean Validation annotations of
 * the model's value classes — read as Hibernate Validator reads them for the default group:
 * constraints on getters anywhere in the type's hierarchy, on their return types and on the type
 * arguments of {@code Optional}, {@code List} and {@code Map}; {@code @Valid} on getters and type
 * arguments. Anything beyond what the model uses (class-level or field constraints, groups, nested
 * containers, attribute overrides, a validator with its own {@code initialize}) makes that class's
 * gate refuse every bean, which sends it to Hibernate Validator. Run at build time (by
 * {@code GatesSourceTest}), so that a run starts without reading annotations or making lambdas.
 */
final class GateWriter {

  /** A constraint the gate cannot decide: the whole class is refused. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
    }
  }

  private final Map<String, String> constants = new LinkedHashMap<>();
  private final Map<String, String> validatorFields = new LinkedHashMap<>();
  private final Map<String, String> helpers = new LinkedHashMap<>();
  /** The method that checks a property, by the text of its checks. */
  private final Map<String, String> propertyChecks = new LinkedHashMap<>();

  /** The model's value classes: every {@code Immutable*} top-level class of the model. */
  static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(org.qinglian.model.GovernanceRecord.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(file -> location.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
            .filter(GateWriter::isValueClassFile).forEach(names::add);
      }
    } else {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(location.toFile())) {
        jar.stream().map(java.util.zip.ZipEntry::getName).filter(GateWriter::isValueClassFile).forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
    }
    return classes;
  }

  private static boolean isValueClassFile(String name) {
    String simple = name.substring(name.lastIndexOf('/') + 1);
    return name.startsWith("org/qinglian/model/") && simple.startsWith("Immutable") && simple.endsWith(".class")
        && !simple.contains("$");
  }

  /** The source of {@code Gates.java} for {@code classes}. */
  String write(List<Class<?>> classes) throws ReflectiveOperationException {
    StringBuilder methods = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (Class<?> type : classes) {
      names.add(type.getName());
      methods.append("\n  /** {@link ").append(type.getName()).append("}. */\n")
          .append("  private static boolean ").append(method(type)).append("(").append(type.getCanonicalName())
          .append(" bean, FastGate gate) {\n");
      try {
        methods.append(body(type));
      } catch (Refused refused) {
        methods.append("    return false; // refused: ").append(refused.getMessage()).append('\n');
      }
      methods.append("  }\n");
    }
    StringBuilder out = new StringBuilder();
    out.append("package org.qinglian.validation;\n\n")
        .append("/**\n")
        .append(" * The fast gate of each model value class, written from the classes' Bean Validation annotations by\n")
        .append(" * {@code GateWriter} (a test: {@code GatesSourceTest} fails when this file is stale; regenerate with\n")
        .append(" * {@code mvn -B -pl governance-validation -am test -Dtest=GatesSourceTest\n")
        .append(" * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}). Do not edit by hand.\n")
        .append(" */\n")
        .append("@SuppressWarnings({\"unused\", \"PMD\"})\n")
        .append("final class Gates {\n\n")
        .append("  private Gates() {}\n\n")
        .append("  /** The classes with a gate here, by the index {@link #passes} takes. */\n")
        .append("  static final String[] CLASSES = {\n");
    for (String name : names) {
      out.append("    \"").append(name).append("\",\n");
    }
    out.append("  };\n");
    for (Map.Entry<String, String> constant : constants.entrySet()) {
      out.append("  private static final ").append(constant.getValue()).append(";\n");
    }
    for (Map.Entry<String, String> validator : validatorFields.entrySet()) {
      out.append("  private static final ").append(validator.getValue()).append(";\n");
    }
    out.append("\n  /** Whether {@code bean}, of {@code CLASSES[index]}, certainly breaks no constraint. */\n")
        .append("  static boolean passes(int index, Object bean, FastGate gate) {\n")
        .append("    switch (index) {\n");
    for (int i = 0; i < classes.size(); i++) {
      out.append("      case ").append(i).append(": return ").append(method(classes.get(i))).append("((")
          .append(classes.get(i).getCanonicalName()).append(") bean, gate);\n");
    }
    out.append("      default: return false;\n    }\n  }\n");
    out.append(methods);
    for (String helper : helpers.values()) {
      out.append(helper);
    }
    out.append("}\n");
    return out.toString();
  }

  private static String method(Class<?> type) {
    String simple = type.getSimpleName().substring("Immutable".length());
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private String body(Class<?> type) throws Refused, ReflectiveOperationException {
    if (!Modifier.isPublic(type.getModifiers())) {
      throw new Refused("not public");
    }
    List<Class<?>> hierarchy = hierarchy(type);
    Map<String, List<Method>> properties = new TreeMap<>();
    for (Class<?> declaring : hierarchy) {
      if (!constraints(declaring.getDeclaredAnnotations()).isEmpty()) {
        throw new Refused("a class-level constraint on " + declaring.getSimpleName());
      }
      for (java.lang.reflect.Field field : declaring.getDeclaredFields()) {
        if (isConstrained(field.getAnnotations()) || isConstrained(field.getAnnotatedType())) {
          throw new Refused("a constrained field " + field.getName());
        }
      }
      for (Method method : declaring.getDeclaredMethods()) {
        String property = propertyName(method);
        if (property != null) {
          properties.computeIfAbsent(property, name -> new ArrayList<>()).add(method);
        }
      }
    }
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, List<Method>> property : properties.entrySet()) {
      List<Annotation> onValue = new ArrayList<>();
      boolean cascaded = false;
      List<AnnotatedType[]> arguments = new ArrayList<>();
      for (Method method : property.getValue()) {
        onValue.addAll(constraints(method.getAnnotations()));
        onValue.addAll(constraints(method.getAnnotatedReturnType().getAnnotations()));
        cascaded |= method.isAnnotationPresent(Valid.class);
        if (method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized) {
          arguments.add(parameterized.getAnnotatedActualTypeArguments());
        }
      }
      if (onValue.isEmpty() && !cascaded && arguments.stream().flatMap(Arrays::stream).noneMatch(GateWriter::isConstrained)) {
        continue;
      }
      Method getter = type.getMethod(property.getValue().get(0).getName());
      if (!Modifier.isPublic(getter.getDeclaringClass().getModifiers())) {
        throw new Refused("getter " + getter.getName() + " on a class that is not public");
      }
      Class<?> container = getter.getReturnType();
      boolean isContainer = Optional.class.isAssignableFrom(container) || Iterable.class.isAssignableFrom(container)
          || Map.class.isAssignableFrom(container);
      if (cascaded && isContainer) {
        throw new Refused("@Valid on the container " + getter.getName()); // the model puts it on the element
      }
      // The property's checks, on a variable "value"; properties checked alike share one method.
      String value = "value";
      StringBuilder checks = new StringBuilder();
      List<String> described = new ArrayList<>();
      // A constraint declared twice (on an interface and its implementation) is checked once.
      Set<String> valueChecks = new LinkedHashSet<>();
      for (Annotation constraint : onValue) {
        if (valueChecks.add(check(constraint, "v"))) {
          described.add("{@code @" + constraint.annotationType().getSimpleName() + "}");
        }
      }
      if (!valueChecks.isEmpty()) {
        checks.append("    Object v = FastGate.unwrapped(").append(value).append(");\n")
            .append("    if (!(").append(String.join("\n        && ", valueChecks)).append(")) {\n")
            .append("      return false;\n    }\n");
      }
      for (AnnotatedType[] typeArguments : arguments) {
        for (int index = 0; index < typeArguments.length; index++) {
          AnnotatedType argument = typeArguments[index];
          if (argument instanceof AnnotatedParameterizedType nested
              && Arrays.stream(nested.getAnnotatedActualTypeArguments()).anyMatch(GateWriter::isConstrained)) {
            throw new Refused("a nested container in " + getter.getName());
          }
          Set<String> each = new LinkedHashSet<>();
          List<String> eachDescribed = new ArrayList<>();
          for (Annotation constraint : constraints(argument.getAnnotations())) {
            if (each.add(check(constraint, "e"))) {
              eachDescribed.add("{@code @" + constraint.annotationType().getSimpleName() + "}");
            }
          }
          if (argument.isAnnotationPresent(Valid.class)) {
            each.add("gate.cascade(e)");
            eachDescribed.add("{@code @Valid}");
          }
          if (!each.isEmpty()) {
            checks.append(elements(container, index, value, String.join("\n            && ", each), getter));
            described.add(String.join(" ", eachDescribed) + " on the " + (Map.class.isAssignableFrom(container)
                ? (index == 0 ? "keys" : "values") : Optional.class.isAssignableFrom(container) ? "optional value"
                : "elements"));
          }
        }
      }
      if (cascaded) {
        checks.append("    if (!gate.cascade(").append(value).append(")) {\n      return false;\n    }\n");
        described.add("{@code @Valid}");
      }
      String helper = propertyChecks.computeIfAbsent(checks.toString(), text -> {
        String name = "property" + propertyChecks.size();
        helpers.put(name, "\n  /** Checks " + String.join("; ", described) + ". */\n  private static boolean " + name
            + "(Object value, FastGate gate) {\n" + text + "    return true;\n  }\n");
        return name;
      });
      body.append("    if (!").append(helper).append("(bean.").append(getter.getName()).append("(), gate)) {\n")
          .append("      return false;\n    }\n");
    }
    body.append("    return true;\n");
    return body.toString();
  }

  /** A loop (or a look) over the elements of a container: an absent optional's element is null. */
  private static String elements(Class<?> container, int argument, String value, String checks, Method getter)
      throws Refused {
    String test = "        if (!(" + checks + ")) {\n          return false;\n        }\n";
    if (Optional.class.isAssignableFrom(container)) {
      return "    if (" + value + " != null) {\n      Object e = ((java.util.Optional<?>) " + value
          + ").orElse(null);\n" + test.replace("\n  ", "\n").substring(2) + "    }\n";
    }
    String source;
    if (Map.class.isAssignableFrom(container)) {
      source = "((java.util.Map<?, ?>) " + value + ")." + (argument == 0 ? "keySet()" : "values()");
    } else if (Iterable.class.isAssignableFrom(container)) {
      source = "(Iterable<?>) " + value;
    } else {
      throw new Refused("type-argument constraints on " + getter.getName() + " of " + container.getSimpleName());
    }
    return "    if (" + value + " != null) {\n      for (Object e : " + source + ") {\n" + test + "      }\n    }\n";
  }

  /** A Java expression that holds when {@code constraint} holds for the value in variable {@code v}. */
  private String check(Annotation constraint, String v) throws Refused, ReflectiveOperationException {
    Class<? extends Annotation> type = constraint.annotationType();
    if (((Class<?>[]) type.getMethod("groups").invoke(constraint)).length > 0) {
      throw new Refused("@" + type.getSimpleName() + " in a group"); // Hibernate Validator checks the default group
    }
    Class<?>[] validatedBy = type.getAnnotation(Constraint.class).validatedBy();
    List<Annotation> composing = constraints(type.getAnnotations());
    if (!composing.isEmpty()) {
      // A composed constraint (RecordId, Cny, HasText, TextCharacters) holds exactly when all its parts and its own validators do.
      for (Method attribute : type.getDeclaredMethods()) {
        if (attribute.isAnnotationPresent(OverridesAttribute.class)
            || attribute.isAnnotationPresent(OverridesAttribute.List.class)) {
          throw new Refused("@" + type.getSimpleName() + " overrides attributes of its parts");
        }
      }
      List<String> parts = new ArrayList<>();
      for (Annotation part : composing) {
        parts.add(check(part, v));
      }
      if (validatedBy.length > 0) {
        parts.add(validators(type, validatedBy, v));
      }
      return parts.size() == 1 ? parts.get(0) : "(" + String.join(" && ", parts) + ")";
    }
    if (constraint instanceof NotNull) {
      return v + " != null";
    }
    if (constraint instanceof NotBlank) {
      return "FastGate.notBlank(" + v + ")";
    }
    if (constraint instanceof NotEmpty) {
      return "FastGate.notEmpty(" + v + ")";
    }
    if (constraint instanceof Size size) {
      return "FastGate.size(" + v + ", " + size.min() + ", " + size.max() + ")";
    }
    if (constraint instanceof Pattern pattern && pattern.flags().length == 0
        && pattern.regexp().equals(org.qinglian.model.constraint.RecordId.PATTERN)) {
      return "FastGate.recordId(" + v + ")";
    }
    if (constraint instanceof Pattern pattern && pattern.flags().length == 0
        && pattern.regexp().equals(FastGate.HAS_TEXT)) {
      return "FastGate.hasText(" + v + ")";
    }
    if (constraint instanceof Pattern pattern && pattern.flags().length == 0
        && pattern.regexp().equals(org.qinglian.model.constraint.TextCharacters.PATTERN)) {
      return "gate.textCharacters(" + v + ")";
    }
    if (constraint instanceof Pattern pattern) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      return "FastGate.matches(" + v + ", " + constant("java.util.regex.Pattern", "java.util.regex.Pattern.compile("
          + literal(pattern.regexp()) + ", " + flags + ")") + ")";
    }
    if (constraint instanceof Min min) {
      return "FastGate.atLeast(" + v + ", " + decimal(BigDecimal.valueOf(min.value())) + ", true)";
    }
    if (constraint instanceof Max max) {
      return "FastGate.atMost(" + v + ", " + decimal(BigDecimal.valueOf(max.value())) + ", true)";
    }
    if (constraint instanceof PositiveOrZero) {
      return "FastGate.atLeast(" + v + ", " + decimal(BigDecimal.ZERO) + ", true)";
    }
    if (constraint instanceof Positive) {
      return "FastGate.atLeast(" + v + ", " + decimal(BigDecimal.ZERO) + ", false)";
    }
    if (constraint instanceof DecimalMin min) {
      return "FastGate.atLeast(" + v + ", " + decimal(new BigDecimal(min.value())) + ", " + min.inclusive() + ")";
    }
    if (constraint instanceof DecimalMax max) {
      return "FastGate.atMost(" + v + ", " + decimal(new BigDecimal(max.value())) + ", " + max.inclusive() + ")";
    }
    if (constraint instanceof Digits digits) {
      return "FastGate.digits(" + v + ", " + digits.integer() + ", " + digits.fraction() + ")";
    }
    if (constraint instanceof AssertTrue) {
      return "FastGate.isTrue(" + v + ")";
    }
    if (validatedBy.length > 0) {
      return validators(type, validatedBy, v);
    }
    throw new Refused("@" + type.getSimpleName() + " is not one the gate knows");
  }

  private String decimal(BigDecimal value) {
    return constant("java.math.BigDecimal", "new java.math.BigDecimal(\"" + value.toString() + "\")");
  }

  /** A static final field holding {@code expression}, shared by every use. */
  private String constant(String type, String expression) {
    String key = type + " = " + expression;
    String name = constants.get(key) == null ? null : constants.get(key).split(" ")[1];
    if (name == null) {
      name = "C" + constants.size();
      constants.put(key, type + " " + name + " = " + expression);
    }
    return name;
  }

  /** The constraint's own validators (ValidIdentifier), called for the value's type, in their order. */
  private String validators(Class<? extends Annotation> constraint, Class<?>[] types, String v)
      throws Refused, ReflectiveOperationException {
    String helper = "check" + constraint.getSimpleName();
    if (!helpers.containsKey(helper)) {
      StringBuilder source = new StringBuilder();
      source.append("\n  /** {@code @").append(constraint.getSimpleName())
          .append("} by its validators: the first whose type fits decides; one that fails refuses. */\n")
          .append("  private static boolean ").append(helper).append("(Object value) {\n")
          .append("    if (value == null) {\n      return true;\n    }\n    try {\n");
      for (Class<?> type : types) {
        if (!Modifier.isPublic(type.getModifiers())
            || type.getMethod("initialize", Annotation.class).getDeclaringClass() != ConstraintValidator.class) {
          throw new Refused(type.getSimpleName() + " is not public or has its own initialize");
        }
        type.getConstructor();
        Class<?> validated = validatedType(type);
        if (validated == null) {
          continue; // never fits a value
        }
        String field = "V" + validatorFields.size();
        String declaration = validatorFields.putIfAbsent(type.getName(), type.getCanonicalName() + " " + field
            + " = new " + type.getCanonicalName() + "()");
        if (declaration != null) {
          field = declaration.split(" ")[1];
        }
        source.append("      if (value instanceof ").append(validated.getCanonicalName()).append(") {\n")
            .append("        return ").append(field).append(".isValid((").append(validated.getCanonicalName())
            .append(") value, null);\n      }\n");
      }
      source.append("    } catch (RuntimeException e) {\n      return false;\n    }\n    return false;\n  }\n");
      helpers.put(helper, source.toString());
    }
    return helper + "(" + v + ")";
  }

  private static Class<?> validatedType(Class<?> validator) {
    for (Type type : validator.getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ConstraintValidator.class
          && parameterized.getActualTypeArguments()[1] instanceof Class<?> validated) {
        return validated;
      }
    }
    return null;
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The type, its superclasses and every interface they implement. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    LinkedHashSet<Class<?>> found = new LinkedHashSet<>();
    ArrayDeque<Class<?>> queue = new ArrayDeque<>(List.of(type));
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
    if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()
        || method.isBridge()) {
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
    return annotation.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** The constraints among {@code annotations}, repeated ones ({@code @Size.List}) taken apart. */
  private static List<Annotation> constraints(Annotation[] annotations) throws ReflectiveOperationException {
    List<Annotation> found = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (isConstraint(annotation)) {
        found.add(annotation);
        continue;
      }
      Method value;
      try {
        value = annotation.annotationType().getMethod("value");
      } catch (NoSuchMethodException e) {
        continue; // not a container of constraints
      }
      if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()) {
        for (Annotation repeated : (Annotation[]) value.invoke(annotation)) {
          if (isConstraint(repeated)) {
            found.add(repeated);
          }
        }
      }
    }
    return found;
  }

  private static boolean isConstrained(Annotation[] annotations) {
    try {
      return !constraints(annotations).isEmpty()
          || Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Valid.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isConstrained(AnnotatedType type) {
    return isConstrained(type.getAnnotations()) || type instanceof AnnotatedParameterizedType p
        && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(GateWriter::isConstrained);
  }
}
