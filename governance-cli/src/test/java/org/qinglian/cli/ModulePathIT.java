package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module-path application — {@code requires org.qinglian.io; requires org.qinglian.report;}
 * and nothing else — compiled and run against the jars the build just made, without extra
 * flags: it reads and validates the bundled sample and a broken copy (which starts Hibernate
 * Validator) and prints the reports.
 */
class ModulePathIT {

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @TempDir
  Path dir;

  @Test
  void anApplicationThatRequiresTheSdksModulesValidatesWithoutExtraFlags() throws Exception {
    List<String> modulePath = new ArrayList<>();
    for (String module : List.of("governance-model", "governance-validation", "governance-io", "governance-report")) {
      Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + System.getProperty("qinglian.version") + ".jar");
      assertTrue(Files.exists(jar), jar + ": the build packages it before this test");
      modulePath.add(jar.toString());
    }
    // Their dependencies, as a build tool would put them on the module path.
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.matches("(jakarta\\.validation-api|hibernate-validator|jboss-logging|classmate|jackson-core|fastcsv)-.*\\.jar")) {
        modulePath.add(entry);
      }
    }
    assertEquals(10, modulePath.size(), modulePath.toString());

    Path sources = Files.createDirectories(dir.resolve("src/app"));
    Files.writeString(dir.resolve("src/module-info.java"),
        "module app { requires org.qinglian.io; requires org.qinglian.report; }\n");
    Files.writeString(sources.resolve("Main.java"), String.join("\n",
        "package app;",
        "import java.nio.file.Path;",
        "import org.qinglian.io.ExchangeReader;",
        "import org.qinglian.io.ReadOptions;",
        "import org.qinglian.report.ReportFormat;",
        "import org.qinglian.report.ReportWriter;",
        "import org.qinglian.validation.DatasetValidator;",
        "public final class Main {",
        "  public static void main(String[] args) throws Exception {",
        "    DatasetValidator validator = DatasetValidator.builder().locale(java.util.Locale.ENGLISH).build();",
        "    for (String file : args) {",
        "      var report = ExchangeReader.validate(Path.of(file), ReadOptions.defaults(), validator);",
        "      System.out.println(ReportWriter.of(report, validator).input(file).build().toString(ReportFormat.TEXT));",
        "    }",
        "  }",
        "}", ""));
    Path classes = dir.resolve("classes");
    String path = String.join(File.pathSeparator, modulePath);
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--module-path", path, "-d", classes.toString(),
        dir.resolve("src/module-info.java").toString(), sources.resolve("Main.java").toString());
    assertEquals(0, compiled, "the application compiles against the SDK's modules");

    String sample = Files.readString(ROOT.resolve("samples/data/xianyang-2022.json"), StandardCharsets.UTF_8);
    Path broken = Files.writeString(dir.resolve("broken.json"), sample.replace("\"咸阳市财政局\"", "\" \""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "--module-path", classes + File.pathSeparator + path, "-m", "app/app.Main",
        ROOT.resolve("samples/data/xianyang-2022.json").toString(), broken.toString()).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    process.getInputStream().transferTo(out);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), printed);
    assertTrue(printed.contains("result: valid"), printed);
    assertTrue(printed.contains("FIELD_REQUIRED") && printed.contains("result: invalid"), printed);
  }
}
