package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeSchema;
import org.qinglian.validation.DatasetValidator;

/** {@code convert}, {@code generate}, {@code schema} and {@code rules}. */
class OtherCommandsTest {

  @TempDir
  Path dir;

  private Path generated(String name, String... extra) {
    Path out = dir.resolve(name);
    String[] args = new String[3 + extra.length];
    args[0] = "generate";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[1 + extra.length] = "--seed=5";
    args[2 + extra.length] = out.toString();
    Cli cli = Cli.run(args);
    assertEquals(0, cli.status, cli.toString());
    return out;
  }

  @Test
  void generateIsDeterministicAndValid() throws IOException {
    Path first = generated("a.json", "--records", "400");
    Path second = generated("b.json", "--records", "400");
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertEquals(0, Cli.run("validate", first.toString()).status);
    Path preset = generated("x.jsonl", "--preset", "xianyang");
    Cli valid = Cli.run("validate", preset.toString(), "--fail-on", "warning");
    assertEquals(0, valid.status, valid.toString());
    Path csv = generated("pkg", "--records", "100", "--header-lang", "zh", "--encoding", "gb18030");
    assertTrue(Files.exists(csv.resolve("units.csv")));
    assertEquals(0, Cli.run("validate", csv.toString()).status);
  }

  @Test
  void generateRefusesWrongUsage() {
    assertEquals(2, Cli.run("generate", "--preset", "xianyang", "--records", "10", dir.resolve("x.json").toString()).status);
    assertEquals(2, Cli.run("generate", "--preset", "atlantis", dir.resolve("x.json").toString()).status);
    assertEquals(2, Cli.run("generate", "--records", "5", dir.resolve("x.json").toString()).status);
    assertEquals(2, Cli.run("generate", dir.resolve("x.xml").toString()).status);
    Cli language = Cli.run("generate", "--locale", "en", "--header-lang", "fr", dir.resolve("fr").toString());
    assertEquals(2, language.status, language.toString());
    assertTrue(language.err.contains("--header-lang takes en or zh"), language.err);
  }

  @Test
  void convertLosesNothing() throws IOException {
    Path json = generated("in.json", "--records", "300");
    for (String[] target : new String[][] {{"out.zip", "--header-lang", "zh", "--encoding", "gb18030"},
        {"out.jsonl"}, {"out-folder", "--no-bom"}, {"out2.zip", "--to", "zip"}}) {
      Path converted = dir.resolve(target[0]);
      String[] args = new String[3 + target.length - 1];
      args[0] = "convert";
      args[1] = json.toString();
      args[2] = converted.toString();
      System.arraycopy(target, 1, args, 3, target.length - 1);
      Cli cli = Cli.run(args);
      assertEquals(0, cli.status, cli.toString());
      Path back = dir.resolve(target[0] + ".back.json");
      assertEquals(0, Cli.run("convert", converted.toString(), back.toString()).status);
      assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(back), target[0]);
    }
  }

  @Test
  void encodingAndPrettyOptions() throws IOException {
    Path gb = generated("gb", "--records", "100", "--encoding", "gb18030", "--header-lang", "zh");
    Cli named = Cli.run("validate", gb.toString(), "--encoding", "gb18030");
    assertEquals(0, named.status, named.toString());
    Cli wrong = Cli.run("validate", gb.toString(), "--encoding", "utf-8");
    assertEquals(2, wrong.status, "GB18030 bytes read as UTF-8 cannot be decoded: " + wrong);
    Path pretty = dir.resolve("pretty.json");
    assertEquals(0, Cli.run("convert", gb.toString(), pretty.toString(), "--pretty").status);
    assertTrue(Files.readString(pretty, StandardCharsets.UTF_8).contains("\n  \"header\" : {"));
  }

  @Test
  void convertCanMaskForPublication() throws IOException {
    Path json = generated("people.json", "--records", "200");
    String text = Files.readString(json, StandardCharsets.UTF_8);
    String residentId = text.replaceAll("(?s).*\"residentId\" ?: ?\"([0-9X]{18})\".*", "$1");
    assertEquals(18, residentId.length(), "the generated file carries a resident id");
    Path published = dir.resolve("published.json");
    assertEquals(0, Cli.run("convert", json.toString(), published.toString(), "--mask-personal-data").status);
    assertFalse(Files.readString(published, StandardCharsets.UTF_8).contains(residentId));
  }

  @Test
  void convertReportsWhatItCannotRead() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"units\": [");
    Cli cli = Cli.run("convert", broken.toString(), dir.resolve("out.jsonl").toString());
    assertEquals(2, cli.status, cli.toString());
    assertEquals(1, cli.err.lines().count(), cli.err);
    assertEquals(2, Cli.run("convert", broken.toString(), dir.resolve("out.xyz").toString()).status);
    assertEquals(2, Cli.run("convert", broken.toString(), dir.resolve("o").toString(), "--to", "xml").status);
  }

  @Test
  void schemaIsTheExchangeSchema() throws IOException {
    Cli cli = Cli.run("schema");
    assertEquals(0, cli.status);
    assertEquals(ExchangeSchema.json(), cli.out);
    Path file = dir.resolve("schema.json");
    assertEquals(0, Cli.run("schema", file.toString()).status);
    assertEquals(ExchangeSchema.json(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void rulesListEveryCode() {
    Cli zh = Cli.run("rules");
    Cli json = Cli.run("rules", "--locale", "en", "--format", "json");
    for (var rule : DatasetValidator.builder().build().rules()) {
      assertTrue(zh.out.contains(rule.code()), rule.code());
      assertTrue(json.out.contains("\"code\" : \"" + rule.code() + "\""), rule.code());
    }
    assertTrue(zh.out.contains("引用的记录不存在"), zh.out);
    assertEquals(2, Cli.run("rules", "--format", "yaml").status);
  }
}
