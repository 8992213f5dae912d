package org.qinglian.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.text.Localization;
import org.qinglian.model.text.MessageBundle;

/**
 * The command line's texts ({@code org/qinglian/cli/messages*.properties}) and how it picks
 * its language: {@code --locale} where given, else the environment's {@code LC_ALL},
 * {@code LC_MESSAGES} or {@code LANG}, else simplified Chinese.
 */
final class CliTexts {

  static final MessageBundle BUNDLE = MessageBundle.beside(CliTexts.class);

  private CliTexts() {}

  /** {@code key} in {@code locale}'s language, filled with names and values alternating. */
  static String get(Locale locale, String key, Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return BUNDLE.format(locale, key, arguments);
  }

  /** The language the arguments and environment ask for; an unreadable {@code --locale} is left to the parser to refuse. */
  static Locale choose(String[] args, Map<String, String> environment) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--locale") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--locale=")) {
        value = args[i].substring("--locale=".length());
      }
      if (value != null) {
        Optional<Locale> asked = parseOption(value);
        if (asked.isPresent()) {
          return asked.get();
        }
      }
    }
    for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        // The first variable that is set decides, as in POSIX; "C" means no preference.
        return Localization.parse(value).map(Localization::resolve).orElse(Localization.SIMPLIFIED);
      }
    }
    return Localization.SIMPLIFIED;
  }

  /** The values {@code --locale} accepts: zh-CN (or zh), zh-TW (or zh-Hant, zh-HK), en. */
  static Optional<Locale> parseOption(String tag) {
    String t = tag.replace('_', '-');
    if (t.equalsIgnoreCase("zh") || t.equalsIgnoreCase("zh-CN") || t.equalsIgnoreCase("zh-Hans")) {
      return Optional.of(Localization.SIMPLIFIED);
    }
    if (t.equalsIgnoreCase("zh-TW") || t.equalsIgnoreCase("zh-Hant") || t.equalsIgnoreCase("zh-HK")) {
      return Optional.of(Localization.TRADITIONAL);
    }
    if (t.equalsIgnoreCase("en") || t.toLowerCase(Locale.ROOT).startsWith("en-")) {
      return Optional.of(Localization.ENGLISH);
    }
    return Optional.empty();
  }
}
