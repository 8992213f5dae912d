package org.qinglian.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordResult;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.report.ReportFormat;
import org.qinglian.report.ReportJson;
import org.qinglian.report.ReportWriter;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.KnownRecords;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.ValidationSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 接收接口 — {@code POST /api/{records}} takes one record (units, tasks, inspections, findings,
 * actions, assessmentSchemes, assessments, indicators) and answers 201 or 400 with the JSON
 * report of its located issues; {@code POST /api/exchanges} takes an uploaded exchange
 * (.json, .jsonl or .zip), streamed within the read limits, and answers its report as JSON,
 * SARIF or HTML ({@code ?format=}).
 */
@RestController
class ReceivingController {

  private final Validators validators;
  private final ReadOptions readOptions;

  ReceivingController(Validators validators, ReadOptions readOptions) {
    this.validators = validators;
    this.readOptions = readOptions;
  }

  @PostMapping(path = "/api/{records}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> record(@PathVariable String records, @RequestBody byte[] body, Locale locale) {
    Optional<RecordType> type = Arrays.stream(RecordType.values()).filter(t -> t.jsonName().equals(records)).findFirst();
    if (type.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    DatasetValidator validator = validators.forLanguage(locale);
    RecordResult<GovernanceRecord> read = ExchangeJson.read(type.get(), body);
    // Read issues and rule issues in one report, each located in the body by JSON pointer.
    ValidationSession session = validator.newSession(KnownRecords.ANY);
    read.issues().forEach(issue -> session.readIssue(issue.code(), issue.location(), issue.recordType(),
        issue.recordId(), issue.path(), issue.arguments()));
    read.value().ifPresent(record -> session.record(record, SourceLocation.atPointer("")));
    ValidationReport report = session.finish();
    boolean accepted = read.value().isPresent() && report.isValid();
    return ResponseEntity.status(accepted ? HttpStatus.CREATED : HttpStatus.BAD_REQUEST).body(ReportJson.report(report));
  }

  @PostMapping(path = "/api/exchanges", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<byte[]> exchange(@RequestParam("file") MultipartFile file,
      @RequestParam(name = "format", defaultValue = "json") String format, Locale locale) throws IOException {
    DatasetValidator validator = validators.forLanguage(locale);
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    long started = System.nanoTime();
    ValidationReport report;
    try (InputStream in = file.getInputStream()) {
      report = ExchangeReader.validate(in, name, readOptions, validator);
    }
    ReportFormat reportFormat = switch (format) {
      case "html" -> ReportFormat.HTML;
      case "sarif" -> ReportFormat.SARIF;
      case "text" -> ReportFormat.TEXT;
      default -> ReportFormat.JSON;
    };
    String text = ReportWriter.of(report, validator).input(name).seconds((System.nanoTime() - started) / 1e9)
        .locale(locale).build().toString(reportFormat);
    MediaType type = switch (reportFormat) {
      case HTML -> MediaType.TEXT_HTML;
      case TEXT -> MediaType.TEXT_PLAIN;
      default -> MediaType.APPLICATION_JSON;
    };
    return ResponseEntity.status(report.isValid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(new MediaType(type, StandardCharsets.UTF_8)).body(text.getBytes(StandardCharsets.UTF_8));
  }
}
