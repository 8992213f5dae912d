package org.qinglian.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.qinglian.io.HeaderLanguage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values shared by the commands, each failing with one clear line. */
final class Options {

  private Options() {}

  static Locale locale(CommandSpec spec, String tag) {
    if (tag.equals("zh-CN") || tag.equals("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    if (tag.equals("en")) {
      return Locale.ENGLISH;
    }
    throw new ParameterException(spec.commandLine(), "--locale takes zh-CN or en, not " + tag);
  }

  static HeaderLanguage headerLanguage(CommandSpec spec, String tag) {
    if (tag.equals("zh")) {
      return HeaderLanguage.CHINESE;
    }
    if (tag.equals("en")) {
      return HeaderLanguage.ENGLISH;
    }
    throw new ParameterException(spec.commandLine(), "--header-lang takes en or zh");
  }

  static Charset charset(CommandSpec spec, String name) {
    try {
      return Charset.forName(name.equalsIgnoreCase("gbk") ? "GB18030" : name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(), "--encoding: unknown encoding " + name
          + " (use utf-8 or gb18030)");
    }
  }
}
