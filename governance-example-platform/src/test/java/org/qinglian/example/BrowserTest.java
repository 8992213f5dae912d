package org.qinglian.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.samples.SampleDatasets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sees: the upload page in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), a valid and a broken exchange uploaded through the form, the
 * report read. Runs with {@code mvn -B verify -Pbrowser} (as {@code .ci/run} does); without
 * the profile it says that it did not run. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(classes = PlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

  private static final String NOT_RUN = "THE BROWSER TEST DID NOT RUN: it runs with mvn -B verify -Pbrowser "
      + "(as .ci/run does), which needs Debian's chromium and chromium-driver";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort
  int port;

  @TempDir
  Path dir;

  private WebDriver browser;

  @BeforeEach
  void start() {
    if (!Boolean.getBoolean("qinglian.browser")) {
      System.out.println(NOT_RUN);
    }
    Assumptions.assumeTrue(Boolean.getBoolean("qinglian.browser"), NOT_RUN);
    // Asked for but impossible is a failure, not a skip: CI must not pass without the browser.
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "-Pbrowser needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + dir.resolve("profile"));
    // A person on a Chinese system: the browser asks for Chinese (Accept-Language).
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void screenshot(String name) throws Exception {
    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String upload(Path file) throws Exception {
    browser.get("http://127.0.0.1:" + port + "/");
    assertTrue(browser.getTitle().contains("上传校验"), browser.getTitle());
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().contains("校验报告"));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timeout");
      throw new AssertionError("no report; the page says: " + browser.getTitle() + " / "
          + browser.findElement(By.tagName("body")).getText(), e);
    }
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().contains("校验报告"));
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  void aPersonUploadsAValidAndABrokenFileAndReadsTheReports() throws Exception {
    browser.get("http://127.0.0.1:" + port + "/");
    screenshot("upload-page");
    Dataset dataset = SampleDatasets.xianyang2022();
    Path valid = dir.resolve("xianyang-2022.json");
    ExchangeWriter.write(dataset, valid, ExchangeFormat.JSON, WriteOptions.defaults());
    String passed = upload(valid);
    screenshot("report-valid");
    assertTrue(passed.contains("通过") && !passed.contains("未通过"), passed);

    Path broken = dir.resolve("broken.zip");
    ExchangeWriter.write(ImmutableDataset.copyOf(dataset).withUnits(dataset.getUnits().subList(1, dataset.getUnits().size())),
        broken, ExchangeFormat.CSV_ZIP, WriteOptions.defaults());
    String failed = upload(broken);
    screenshot("report-broken");
    assertTrue(failed.contains("未通过") && failed.contains("REF_MISSING") && failed.contains("引用的记录不存在"), failed);
  }
}
