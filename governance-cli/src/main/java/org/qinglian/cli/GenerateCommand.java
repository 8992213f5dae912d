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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 生成 — writes a generated, valid dataset: a preset of the seeds' figures or any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a valid sample exchange (deterministic for a seed).")
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT", description = "A .json, .jsonl or .zip file, or a folder for CSV.")
  Path out;

  @Option(names = "--preset", paramLabel = "NAME", description = "wuhan-2022, xianyang or zhejiang-villages.")
  String preset;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--records", paramLabel = "N", description = "About how many records (default 1000; not with --preset).")
  Long records;

  @Option(names = "--header-lang", defaultValue = "en", paramLabel = "en|zh", description = "CSV header language.")
  String headerLanguage;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gb18030", description = "CSV encoding.")
  String encoding;

  @Override
  public Integer call() throws Exception {
    if (preset != null && records != null) {
      throw new ParameterException(spec.commandLine(), "give --preset or --records, not both");
    }
    Plan plan;
    if (preset != null) {
      plan = Presets.byName(preset).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "unknown preset " + preset + "; presets: " + String.join(", ", Presets.NAMES)));
    } else {
      long n = records == null ? 1_000 : records;
      if (n < 10) {
        throw new ParameterException(spec.commandLine(), "--records takes at least 10");
      }
      plan = Plan.ofSize(n);
    }
    ExchangeFormat format = ExchangeFormat.detect(out).or(() -> out.getFileName() != null
        && !out.getFileName().toString().contains(".") ? Optional.of(ExchangeFormat.CSV_FOLDER) : Optional.empty())
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "cannot tell the format from " + out + ": name it .json, .jsonl or .zip, or a folder"));
    DatasetGenerator generator = DatasetGenerator.of(plan, seed);
    generator.write(out, format, WriteOptions.builder()
        .headerLanguage(Options.headerLanguage(spec, headerLanguage))
        .encoding(Options.charset(spec, encoding)).build());
    parent.out.println(out + ": " + generator.recordCount() + " records (" + plan.datasetId() + ", seed " + seed + ")");
    return ExitCodes.OK;
  }
}
