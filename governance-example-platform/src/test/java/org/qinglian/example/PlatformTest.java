package org.qinglian.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.samples.SampleDatasets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example platform started on a random port and spoken to over real HTTP (no mock
 * servlet layer), in a 256 MiB heap: records one by one, uploads in every format, reports
 * as JSON, SARIF and HTML, a 100 MB upload streamed, a ZIP bomb refused.
 */
@SpringBootTest(classes = PlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformTest {

  @LocalServerPort
  int port;

  @TempDir
  Path dir;

  private Http http;

  @BeforeEach
  void connect() {
    http = new Http(port);
  }

  @Test
  void oneRecordIsAcceptedOrRefusedWithLocatedIssues() throws Exception {
    Unit unit = SampleDatasets.xianyang2022().getUnits().get(0);
    assertEquals(201, http.postJson("/api/units", ExchangeJson.write(unit), "zh-CN").statusCode());
    HttpResponse<String> blank = http.postJson("/api/units", ExchangeJson.write(ImmutableUnit.copyOf(unit).withName(" ")),
        "zh-CN");
    assertEquals(400, blank.statusCode());
    assertTrue(blank.body().contains("\"pointer\":\"/name\"") && blank.body().contains("缺少必填字段"), blank.body());
    HttpResponse<String> english = http.postJson("/api/units",
        ExchangeJson.write(ImmutableUnit.copyOf(unit).withName(" ")), "en-US");
    assertTrue(english.body().contains("required field name is missing"), english.body());
    HttpResponse<String> broken = http.postJson("/api/units", "{\"id\": \"U-1\", \"divisionCode\": 420102", "zh-CN");
    assertEquals(400, broken.statusCode());
    assertTrue(broken.body().contains("PARSE_ERROR"), broken.body());
    var task = SampleDatasets.xianyang2022().getTasks().get(0);
    assertEquals(201, http.postJson("/api/tasks", ExchangeJson.write(task), "zh-CN").statusCode());
    assertEquals(404, http.postJson("/api/planets", "{}", "zh-CN").statusCode());
  }

  @Test
  void exchangesInEveryFormatAnswerWithTheirReport() throws Exception {
    Dataset dataset = SampleDatasets.xianyang2022();
    for (ExchangeFormat format : new ExchangeFormat[] {ExchangeFormat.JSON, ExchangeFormat.JSON_LINES, ExchangeFormat.CSV_ZIP}) {
      Path file = dir.resolve("upload-" + format);
      ExchangeWriter.write(dataset, file, format, WriteOptions.defaults());
      // Saved under a name that tells nothing: the platform tells the format by the first bytes.
      HttpResponse<String> answer = http.upload("/api/exchanges", file, "upload.tmp", "zh-CN");
      assertEquals(200, answer.statusCode(), format + ": " + answer.body());
      assertTrue(answer.body().contains("\"valid\" : true"), answer.body());
    }
    Dataset broken = ImmutableDataset.copyOf(dataset).withUnits(dataset.getUnits().subList(1, dataset.getUnits().size()));
    Path file = dir.resolve("broken.json");
    ExchangeWriter.write(broken, file, ExchangeFormat.JSON, WriteOptions.defaults());
    HttpResponse<String> json = http.upload("/api/exchanges", file, "broken.json", "zh-CN");
    assertEquals(422, json.statusCode());
    assertTrue(json.body().contains("REF_MISSING"), json.body());
    HttpResponse<String> sarif = http.upload("/api/exchanges?format=sarif", file, "broken.json", "en");
    assertTrue(sarif.body().contains("\"version\" : \"2.1.0\"") && sarif.body().contains("REF_MISSING"), sarif.body());
    HttpResponse<String> html = http.upload("/api/exchanges?format=html", file, "broken.json", "zh-TW");
    assertTrue(html.body().contains("清廉資料校驗報告") && html.body().contains("REF_MISSING"), html.body());
  }

  @Test
  void aHundredMegabyteUploadStreamsInASmallHeap() throws Exception {
    assertTrue(Runtime.getRuntime().maxMemory() <= 300L << 20, "the test runs in a small heap");
    Path big = dir.resolve("big.jsonl");
    DatasetGenerator.of(Plan.ofSize(380_000), 11).write(big, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    assertTrue(Files.size(big) > 100L << 20, "size " + Files.size(big));
    HttpResponse<String> answer = http.upload("/api/exchanges", big, "big.jsonl", "zh-CN");
    assertEquals(200, answer.statusCode(), answer.body().substring(0, Math.min(2000, answer.body().length())));
    assertTrue(answer.body().contains("\"units\" :"), "records were read");
  }

  @Test
  void aZipBombIsAReadErrorAndThePlatformGoesOn() throws Exception {
    Path bomb = dir.resolve("bomb.zip");
    try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("units.csv"));
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'a');
      for (int i = 0; i < 400; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    HttpResponse<String> answer = http.upload("/api/exchanges", bomb, "bomb.zip", "zh-CN");
    assertEquals(422, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("PARSE_ERROR"), answer.body());
    assertEquals(200, http.get("/").statusCode(), "still answering");
  }

  @Test
  void thePageIsChinese() throws Exception {
    HttpResponse<String> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("上传并校验"), page.body());
    assertTrue(new String(page.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("lang=\"zh-CN\""));
  }
}
