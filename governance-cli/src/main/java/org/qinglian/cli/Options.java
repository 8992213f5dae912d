package org.qinglian.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.qinglian.io.HeaderLanguage;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of option values shared by the commands, each failing with one clear line. */
final class Options {

  private Options() {}

  static HeaderLanguage headerLanguage(QinglianCommand parent, CommandSpec spec, String tag) {
    if (tag.equals("zh")) {
      return HeaderLanguage.CHINESE;
    }
    if (tag.equals("en")) {
      return HeaderLanguage.ENGLISH;
    }
    throw parent.usage(spec, "error.headerLanguage");
  }

  /**
   * UTF-8 or GB18030 (GBK and GB2312 read as GB18030, their superset): the encodings Chinese
   * exchange files come in. Anything else (latin9, UTF-16 …) would garble Chinese text
   * without an error, so it is refused.
   */
  static Charset charset(QinglianCommand parent, CommandSpec spec, String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT).replace("_", "-");
    try {
      if (n.equals("gbk") || n.equals("gb2312") || n.equals("gb18030") || n.equals("cp936")) {
        return Charset.forName("GB18030");
      }
      if (n.equals("utf-8") || n.equals("utf8")) {
        return StandardCharsets.UTF_8;
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // falls through to the usage error
    }
    throw parent.usage(spec, "error.encoding", "value", name);
  }
}
