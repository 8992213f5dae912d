package org.qinglian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qinglian.excel.ExcelExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 填报模板 — writes an empty .xlsx workbook for data entry, in the chosen language. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT.xlsx", descriptionKey = "out")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!ExcelExchange.isWorkbook(out)) {
      throw parent.usage(spec, "error.templateTarget", "path", out);
    }
    ExcelExchange.template(out, parent.language(spec));
    parent.out.println(parent.text("template.done", "out", out));
    return ExitCodes.OK;
  }
}
