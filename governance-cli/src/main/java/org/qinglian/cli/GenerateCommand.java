package org.qinglian.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.samples.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 生成 — writes a generated, valid dataset: a preset of published figures or any size. */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "out")
  Path out;

  @Option(names = "--preset", paramLabel = "NAME")
  String preset;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N")
  long seed;

  @Option(names = "--records", paramLabel = "N")
  Long records;

  @Option(names = "--header-lang", defaultValue = "en", paramLabel = "en|zh")
  String headerLanguage;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gb18030")
  String encoding;

  @Override
  public Integer call() throws Exception {
    if (preset != null && records != null) {
      throw parent.usage(spec, "error.presetAndRecords");
    }
    Plan plan;
    if (preset != null) {
      plan = Presets.byName(preset).orElseThrow(() -> parent.usage(spec, "error.unknownPreset", "value", preset,
          "presets", String.join(", ", Presets.NAMES)));
    } else {
      long n = records == null ? 1_000 : records;
      if (n < 10) {
        throw parent.usage(spec, "error.recordsMin");
      }
      plan = Plan.ofSize(n);
    }
    ExchangeFormat format = ExchangeFormat.detect(out).or(() -> out.getFileName() != null
        && !out.getFileName().toString().contains(".") ? Optional.of(ExchangeFormat.CSV_FOLDER) : Optional.empty())
        .orElseThrow(() -> parent.usage(spec, "error.outputFormat", "path", out));
    DatasetGenerator generator = DatasetGenerator.of(plan, seed);
    generator.write(out, format, WriteOptions.builder()
        .headerLanguage(Options.headerLanguage(parent, spec, headerLanguage))
        .encoding(Options.charset(parent, spec, encoding)).build());
    parent.out.println(parent.text("generate.done", "out", out, "records", generator.recordCount(),
        "dataset", plan.datasetId(), "seed", seed));
    return ExitCodes.OK;
  }
}
