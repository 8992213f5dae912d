package org.qinglian.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qinglian.io.ExchangeSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** JSON Schema — writes the exchange document's JSON Schema (draft 2020-12). */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand
  QinglianCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUT", descriptionKey = "out")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      parent.out.print(ExchangeSchema.json());
      parent.out.flush();
    } else {
      Files.writeString(out, ExchangeSchema.json(), StandardCharsets.UTF_8);
    }
    return ExitCodes.OK;
  }
}
