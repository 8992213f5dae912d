package org.qinglian.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordResult;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.report.ReportFormat;
import org.qinglian.report.ReportJson;
import org.qinglian.report.ReportWriter;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.KnownRecords;
import org.qinglian.validation.ValidationReport;

/**
 * The code of {@code docs/embedding.md}, compiled and run by {@code EmbeddingExamplesTest}
 * ({@code EmbeddingDocTest} keeps the page equal to the regions between the tags).
 */
final class EmbeddingExamples {

  private EmbeddingExamples() {}

  /** The platform's database, as the examples need it. */
  interface UnitTable {
    Optional<UnitCategory> categoryOf(String unitId);
  }

  // tag::validator[]
  // One validator for the whole application: immutable, thread-safe, built once.
  static final DatasetValidator VALIDATOR = DatasetValidator.builder()
      .locale(Locale.SIMPLIFIED_CHINESE)
      .build();
  // end::validator[]

  // tag::rest[]
  /** POST /api/units: one unit in, 201 or 400 with the located issues as JSON. */
  static HttpServer unitEndpoint(InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    server.createContext("/api/units", exchange -> {
      RecordResult<GovernanceRecord> read;
      try (InputStream body = exchange.getRequestBody()) {
        // From the bytes: bytes that are not UTF-8 (a client sending GBK) are an issue, not U+FFFD.
        read = ExchangeJson.read(RecordType.UNIT, body, "request body");
      }
      if (!read.isClean()) {
        // Not readable as a unit: the read issues, each with line, column and JSON pointer.
        respond(exchange, 400, read.issues().toString());
        return;
      }
      ValidationReport report = VALIDATOR.validateRecord(read.value().orElseThrow());
      respond(exchange, report.isValid() ? 201 : 400, ReportJson.report(report));
    });
    return server;
  }

  static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
  // end::rest[]

  // tag::batch[]
  /** Tasks from a form or a queue, whose lead units live in the platform's database. */
  static ValidationReport validateTasks(List<KeyTask> tasks, UnitTable units) {
    KnownRecords database = new KnownRecords() {
      @Override
      public boolean contains(RecordType type, String id) {
        return type == RecordType.UNIT && units.categoryOf(id).isPresent();
      }

      @Override
      public Optional<UnitCategory> unitCategory(String unitId) {
        return units.categoryOf(unitId);   // "unit U-A exists and is an ORGAN"
      }
    };
    return VALIDATOR.validate(tasks, database);
  }
  // end::batch[]

  // tag::upload[]
  /** An uploaded exchange (.json, .jsonl or .zip, whatever its saved name), streamed, never held in memory. */
  static ValidationReport validateUpload(InputStream upload, String fileName) throws IOException {
    return ExchangeReader.validate(upload, fileName, ReadOptions.defaults(), VALIDATOR);
  }
  // end::upload[]

  // tag::report[]
  /** The report to the client: HTML for a person, SARIF for a code-scanning tool, JSON for a program. */
  static void sendReport(ValidationReport report, String fileName, ReportFormat format, OutputStream response)
      throws IOException {
    ReportWriter.of(report, VALIDATOR).input(fileName).locale(Locale.SIMPLIFIED_CHINESE).build()
        .write(format, response);
  }
  // end::report[]

  // tag::jackson[]
  /** Spring's or your own ObjectMapper: records bind and print in the exchange's wire format. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new QinglianModule());

  static Unit bind(String json) throws IOException {
    return MAPPER.readValue(json, Unit.class);   // bad identifiers kept for the validator
  }
  // end::jackson[]

  // tag::beanvalidation[]
  /** Plain Bean Validation on the model: no expression language is ever evaluated. */
  static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  static Set<ConstraintViolation<Unit>> check(Unit unit) {
    Validator validator = FACTORY.getValidator();
    return validator.validate(unit);
  }
  // end::beanvalidation[]
}
