package org.qinglian.model.text;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 消息包 — one module's texts in the three languages, from the properties files
 * {@code base.properties} (simplified Chinese), {@code base_zh_TW.properties} and
 * {@code base_en.properties}, read as UTF-8. Lookups never fall back to the JVM's default
 * locale, so a report's language depends only on the locale asked for. Thread-safe.
 */
public final class MessageBundle {


  private final String baseName;
  private final ClassLoader loader;
  private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

  private MessageBundle(String baseName, ClassLoader loader) {
    this.baseName = Objects.requireNonNull(baseName, "baseName");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * {@return the bundle {@code baseName} (for example {@code com.example.rules.messages}), read
   * with {@code loader}}
   *
   * @param baseName the bundle's name: {@code messages.properties} and its language variants under that path
   * @param loader the class loader that reads them
   */
  public static MessageBundle of(String baseName, ClassLoader loader) {
    return new MessageBundle(baseName, loader);
  }

  /**
   * {@return the bundle named {@code messages} in the package of {@code anchor}, read with its class loader}
   *
   * @param anchor a class in the bundle's package
   */
  public static MessageBundle beside(Class<?> anchor) {
    return new MessageBundle(anchor.getPackageName() + ".messages", anchor.getClassLoader());
  }

  /** {@return the base name, for example {@code org.qinglian.validation.messages}} */
  public String baseName() {
    return baseName;
  }

  /**
   * {@return the text of {@code key} in {@code locale}'s language; fails when the bundle lacks it}
   *
   * @param locale the language wanted; zh-CN, zh-TW and English are answered
   * @param key the message key
   */
  public String text(Locale locale, String key) {
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new MissingResourceException("no text " + key + " in " + baseName + " for "
          + Localization.tag(locale), baseName, key);
    }
  }

  /**
   * {@return whether the bundle has {@code key}}
   *
   * @param key the message key
   */
  public boolean has(String key) {
    return bundle(Localization.SIMPLIFIED).containsKey(key);
  }

  /**
   * {@return the template of {@code key}, filled with {@code arguments} (see {@link #fill})}
   *
   * @param locale the language wanted; zh-CN, zh-TW and English are answered
   * @param key the message key
   * @param arguments the values of the template's {@code {name}} placeholders
   */
  public String format(Locale locale, String key, Map<String, ?> arguments) {
    return fill(text(locale, key), Texts.render(arguments, locale));
  }

  /**
   * {@return the keys of the bundle in {@code locale}'s language}
   *
   * @param locale the language wanted; zh-CN, zh-TW and English are answered
   */
  public Set<String> keys(Locale locale) {
    return Collections.unmodifiableSet(bundle(locale).keySet());
  }

  /**
   * {@return the underlying resource bundle of {@code locale}'s language, for frameworks that take one}
   *
   * @param locale the language wanted; zh-CN, zh-TW and English are answered
   */
  public ResourceBundle resourceBundle(Locale locale) {
    return bundle(locale);
  }

  private ResourceBundle bundle(Locale locale) {
    return bundles.computeIfAbsent(Localization.resolve(locale), this::load);
  }

  /**
   * {@code messages.properties} for simplified Chinese, {@code messages_zh_TW.properties} or
   * {@code messages_en.properties} over it for the others — never the JVM's default locale.
   * Read as UTF-8 resources of the loader rather than through {@code ResourceBundle.getBundle}
   * with a {@code Control}, which named modules do not allow.
   */
  private ResourceBundle load(Locale language) {
    PropertyResourceBundle root = read("")
        .orElseThrow(() -> new MissingResourceException("no bundle " + baseName, baseName, ""));
    if (language.equals(Localization.SIMPLIFIED)) {
      return root;
    }
    String suffix = language.equals(Localization.TRADITIONAL) ? "_zh_TW" : "_" + language.getLanguage();
    return read(suffix).<ResourceBundle>map(specific -> new Layered(specific, root)).orElse(root);
  }

  private java.util.Optional<PropertyResourceBundle> read(String suffix) {
    String name = baseName.replace('.', '/') + suffix + ".properties";
    try (java.io.InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? java.util.Optional.empty() : java.util.Optional.of(new PropertyResourceBundle(
          new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A language's texts over the default (simplified Chinese) ones. */
  private static final class Layered extends ResourceBundle {
    private final PropertyResourceBundle own;

    Layered(PropertyResourceBundle own, ResourceBundle parent) {
      this.own = own;
      setParent(parent);
    }

    @Override
    protected Object handleGetObject(String key) {
      return own.handleGetObject(key);
    }

    @Override
    public java.util.Enumeration<String> getKeys() {
      java.util.Set<String> keys = new java.util.TreeSet<>(own.keySet());
      keys.addAll(parent.keySet());
      return java.util.Collections.enumeration(keys);
    }
  }

  /**
   * Replaces each {@code {name}} of {@code template} by its argument, in one pass; names
   * without an argument stay as written. Inserted text is never looked at again.
   *
   * @param template a text with {@code {name}} placeholders
   * @param arguments the values by placeholder name
   * @return the filled text
   */
  public static String fill(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String value = arguments.get(template.substring(i + 1, close));
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * {@return the placeholder names of {@code template}, in order}
   *
   * @param template a text with {@code {name}} placeholders
   */
  public static List<String> placeholders(String template) {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Override
  public String toString() {
    return baseName;
  }
}
