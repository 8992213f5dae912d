package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * When validating is the slower side, the pipeline's queue fills and the reader sleeps until
 * half of it is taken, not until the next batch is: every record still arrives, in order, and a
 * validator that fails while the reader sleeps wakes it with the failure instead of leaving it
 * asleep.
 */
class PipelinedQueueTest {

  private static final int UNITS = 20_000;

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    StringBuilder csv = new StringBuilder("id,name,category,division_code\r\n");
    for (int i = 0; i < UNITS; i++) {
      csv.append("U-").append(i).append(",单位").append(i).append(",ORGAN,610400\r\n");
    }
    file = dir.resolve("package");
    Files.createDirectories(file);
    Files.writeString(file.resolve("dataset.csv"), "schema_version,dataset_id,producer.name,producer.credit_code,"
        + "jurisdiction,period_start,period_end,as_of\r\n1.0,queue,测试纪委,11610400MB2985X0X6,610400,2022-01-01,"
        + "2022-12-31,2022-12-31\r\n", StandardCharsets.UTF_8);
    Files.writeString(file.resolve("units.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void aSlowValidatorGetsEveryRecordInOrderAndTheReaderSleepsSeldom() {
    SlowSink sink = new SlowSink(-1);
    PipelinedSink pipeline = new PipelinedSink(sink, () -> false, 0);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (pipeline) {
        ExchangeReader.read(file, ReadOptions.defaults(), pipeline);
      }
    });
    assertEquals(UNITS, sink.ids.size());
    for (int i = 0; i < UNITS; i++) {
      assertEquals("U-" + i, sink.ids.get(i));
    }
    int batches = UNITS / PipelinedSink.BATCH;
    // It slept (the validator was slower), and about once for every eight batches taken: woken at
    // every batch, it would sleep once a batch.
    assertTrue(pipeline.waits > 0 && pipeline.waits <= batches / 8 + 2, pipeline.waits + " waits, " + batches + " batches");
  }

  @Test
  void aValidatorThatFailsWhileTheReaderSleepsWakesItWithTheFailure() {
    SlowSink sink = new SlowSink(5_000);
    PipelinedSink pipeline = new PipelinedSink(sink, () -> false, 0);
    IllegalStateException thrown = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        assertThrows(IllegalStateException.class, () -> {
          try (pipeline) {
            ExchangeReader.read(file, ReadOptions.defaults(), pipeline);
          }
        }));
    assertEquals("the validator failed at record 5000", thrown.getMessage());
    assertTrue(pipeline.waits > 0, "the reader was asleep when the validator failed: " + pipeline.waits);
  }

  /** Takes some 20 µs a record, far slower than reading; fails at record {@code failAt} (-1: never). */
  private static final class SlowSink implements RecordSink {
    final List<String> ids = new ArrayList<>();
    private final int failAt;

    SlowSink(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      if (ids.size() == failAt) {
        throw new IllegalStateException("the validator failed at record " + failAt);
      }
      ids.add(record.getId());
      long until = System.nanoTime() + 20_000;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
    }

    @Override
    public void header(DatasetHeader header, SourceLocation location) {}

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {}

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {}

    @Override
    public void datasetExtension(String name, String json) {}

    @Override
    public void issue(ReadIssue issue) {}
  }
}
