package org.qinglian.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.report.ReportFormat;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.ValidationReport;

/** Runs the code of docs/embedding.md, and keeps the page equal to it. */
class EmbeddingExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @Test
  void theRestEndpointAnswersOverRealHttp() throws Exception {
    HttpServer server = EmbeddingExamples.unitEndpoint(new InetSocketAddress("127.0.0.1", 0));
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/units");
      Unit unit = SampleDatasets.xianyang2022().getUnits().get(0);
      HttpResponse<String> created = client.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString(ExchangeJson.write(unit))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      String blank = ExchangeJson.write(ImmutableUnit.copyOf(unit).withName(" "));
      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString(blank)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().contains("\"pointer\":\"/name\""), refused.body());
      HttpResponse<String> broken = client.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\": 12")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, broken.statusCode());
      // A name whose bytes are not UTF-8 (a client that sent GBK) is refused, not stored as U+FFFD.
      byte[] gbk = ExchangeJson.write(ImmutableUnit.copyOf(unit).withName("咸阳市财政局")).getBytes(java.nio.charset.Charset.forName("GBK"));
      HttpResponse<String> notUtf8 = client.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofByteArray(gbk)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, notUtf8.statusCode(), notUtf8.body());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aBatchResolvesAgainstTheDatabaseAndAnUploadStreams() throws IOException {
    Dataset dataset = SampleDatasets.xianyang2022();
    Map<String, Unit> table = dataset.getUnits().stream().collect(Collectors.toMap(Unit::getId, u -> u));
    ValidationReport tasks = EmbeddingExamples.validateTasks(dataset.getTasks(),
        id -> Optional.ofNullable(table.get(id)).map(Unit::getCategory));
    assertEquals(0, tasks.count("REF_MISSING"), tasks.issues().toString());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ExchangeWriter.write(dataset, zip, ExchangeFormat.CSV_ZIP, WriteOptions.defaults());
    ValidationReport upload = EmbeddingExamples.validateUpload(new ByteArrayInputStream(zip.toByteArray()), "upload.tmp");
    assertTrue(upload.isValid(), upload.issues().toString());
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    EmbeddingExamples.sendReport(upload, "upload.zip", ReportFormat.HTML, html);
    assertTrue(html.toString(StandardCharsets.UTF_8).contains("清廉数据校验报告"));
  }

  @Test
  void jacksonAndBeanValidation() throws IOException {
    Unit unit = SampleDatasets.xianyang2022().getUnits().get(0);
    Unit bound = EmbeddingExamples.bind(ExchangeJson.write(ImmutableUnit.copyOf(unit).withName(" ")));
    assertFalse(EmbeddingExamples.check(bound).isEmpty(), "the blank name is a violation");
    assertTrue(EmbeddingExamples.check(unit).isEmpty());
  }

  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    String source = Files.readString(ROOT.resolve(
        "governance-jackson/src/test/java/org/qinglian/jackson/EmbeddingExamples.java"), StandardCharsets.UTF_8);
    String page = Files.readString(ROOT.resolve("docs/embedding.md"), StandardCharsets.UTF_8);
    Matcher region = Pattern.compile("(?s)  // tag::(\\w+)\\[\\]\\n(.*?)  // end::\\1\\[\\]").matcher(source);
    int regions = 0;
    while (region.find()) {
      regions++;
      String code = region.group(2).lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
          .collect(Collectors.joining("\n"));
      assertTrue(page.contains(code), "docs/embedding.md lacks the current " + region.group(1) + " example:\n" + code);
    }
    assertEquals(7, regions);
  }
}
