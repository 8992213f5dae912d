package org.qinglian.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.ReadOptions;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A real Spring Boot application with the starter, over real HTTP on a random port: a unit
 * bound from its exchange JSON, {@code @Valid} messages in the request's language without
 * expression language, a report answered as JSON, and the validator configured from
 * {@code qinglian.*}.
 */
@SpringBootTest(classes = StarterTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"qinglian.severity.CREDIT_CODE_MISSING=info", "qinglian.suppress=DATE_IMPLAUSIBLE"})
class StarterTest {

  @SpringBootApplication
  static class App {
    @RestController
    static class Units {
      @Autowired
      DatasetValidator validator;

      @PostMapping("/units")
      ResponseEntity<ValidationReport> create(@Valid @RequestBody Unit unit) {
        ValidationReport report = validator.validateRecord(unit);
        return ResponseEntity.status(report.isValid() ? HttpStatus.CREATED : HttpStatus.BAD_REQUEST).body(report);
      }

      /** What a platform answers for a record that fails @Valid: each field and its message. */
      @org.springframework.web.bind.annotation.ExceptionHandler(
          org.springframework.web.bind.MethodArgumentNotValidException.class)
      ResponseEntity<String> invalid(org.springframework.web.bind.MethodArgumentNotValidException e) {
        return ResponseEntity.badRequest().body(e.getBindingResult().getFieldErrors().stream()
            .map(error -> error.getField() + ": " + error.getDefaultMessage())
            .collect(java.util.stream.Collectors.joining("\n")));
      }

      @PostMapping("/echo")
      Unit echo(@RequestBody Unit unit) {
        return unit;
      }
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  DatasetValidator validator;

  @Autowired
  ReadOptions readOptions;

  private HttpResponse<String> post(String path, String body, String language) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aUnitBindsAndTheReportAnswers() throws Exception {
    Unit unit = SampleDatasets.xianyang2022().getUnits().get(0);
    HttpResponse<String> created = post("/units", ExchangeJson.write(unit), "zh-CN");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"valid\":true"), created.body());
    HttpResponse<String> echo = post("/echo", ExchangeJson.write(unit), "zh-CN");
    assertEquals(unit, ExchangeJson.read(Unit.class, org.qinglian.model.RecordType.UNIT, echo.body()).value().orElseThrow(),
        "the mapper writes the exchange's JSON: " + echo.body());
  }

  @Test
  void validMessagesFollowTheRequestLanguage() throws Exception {
    Unit blank = ImmutableUnit.copyOf(SampleDatasets.xianyang2022().getUnits().get(0)).withName(" ");
    String zh = post("/units", ExchangeJson.write(blank), "zh-CN").body();
    String tw = post("/units", ExchangeJson.write(blank), "zh-TW").body();
    String en = post("/units", ExchangeJson.write(blank), "en-US").body();
    assertTrue(zh.contains("name"), zh);
    assertTrue(en.contains("must not be blank"), en);
    assertNotEquals(zh, tw);
    assertFalse(zh.contains("must not be blank"), zh);
  }

  @Autowired
  jakarta.validation.Validator beanValidator;

  /** The model's own constraints through Boot's validator, with their messages in the request's language. */
  @Test
  void aControlCharacterInANameBreaksTheModelsConstraint() {
    Unit pasted = ImmutableUnit.copyOf(SampleDatasets.xianyang2022().getUnits().get(0)).withName("财政\u000B局");
    try {
      org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
      var violations = beanValidator.validate(pasted);
      assertEquals(1, violations.size(), violations.toString());
      var violation = violations.iterator().next();
      assertEquals("name", violation.getPropertyPath().toString());
      assertEquals(org.qinglian.model.constraint.TextCharacters.class,
          violation.getConstraintDescriptor().getAnnotation().annotationType());
      assertTrue(violation.getMessage().startsWith("只能含字元"), violation.getMessage());
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void theValidatorFollowsTheProperties() {
    assertEquals(Severity.INFO, validator.severityOf("CREDIT_CODE_MISSING"));
    assertTrue(validator.isSuppressed("DATE_IMPLAUSIBLE"));
    assertEquals(Locale.SIMPLIFIED_CHINESE, validator.locale());
    assertEquals(64, readOptions.limits().maxZipEntries());
  }
}
