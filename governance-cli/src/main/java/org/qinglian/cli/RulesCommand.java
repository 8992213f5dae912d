package org.qinglian.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 规则目录 — prints every rule code with its severity, title and description. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json")
  String format;

  @Override
  public Integer call() throws Exception {
    Locale language = parent.language(spec);
    DatasetValidator validator = DatasetValidator.builder().locale(language).build();
    if (format.equals("json")) {
      Writer writer = new OutputStreamWriter(parent.out, StandardCharsets.UTF_8);
      try (JsonGenerator out = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(writer)) {
        out.useDefaultPrettyPrinter();
        out.writeStartArray();
        for (RuleDescriptor rule : validator.rules()) {
          out.writeStartObject();
          out.writeStringField("code", rule.code());
          out.writeStringField("severity", rule.defaultSeverity().name());
          out.writeStringField("title", rule.title(language));
          out.writeStringField("description", rule.description(language));
          out.writeStringField("basis", rule.basis(language));
          out.writeStringField("source", rule.basis(language));
          out.writeEndObject();
        }
        out.writeEndArray();
      }
      parent.out.println();
    } else if (format.equals("text")) {
      for (RuleDescriptor rule : validator.rules()) {
        parent.out.printf("%-34s %-7s %s%n%41s%s%n", rule.code(), rule.defaultSeverity(), rule.title(language), "",
            rule.description(language));
      }
    } else {
      throw parent.usage(spec, "error.rulesFormat");
    }
    return ExitCodes.OK;
  }
}
