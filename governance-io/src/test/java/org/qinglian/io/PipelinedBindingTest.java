package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * Behind a pipeline, a batch of records is bound on the reading thread or on the validating
 * one, as the pipeline decides (once the JVM is warm, by the queue), and until then every event
 * reaches the sink on the reading thread. Either way the sink behind sees the same events in the
 * same order as a read without a pipeline: every record's binding issues right before the record,
 * every read issue where it was found.
 */
class PipelinedBindingTest {

  private static final int UNITS = 2_000; // many batches

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    StringBuilder json = new StringBuilder("{\"header\":{\"schemaVersion\":\"1.0\",\"datasetId\":\"pipeline\","
        + "\"producer\":{\"name\":\"测试纪委\",\"creditCode\":\"11610400MB2985X0X6\"},\"jurisdiction\":\"610400\","
        + "\"periodStart\":\"2022-01-01\",\"periodEnd\":\"2022-12-31\",\"asOf\":\"2022-12-31\"},\"units\":[\n");
    for (int i = 0; i < UNITS; i++) {
      if (i > 0) {
        json.append(",\n");
      }
      if (i % 97 == 0) {
        json.append(i); // not an object: a read issue, found by the reader
        continue;
      }
      json.append("{\"id\":\"U-").append(i).append('"');
      if (i % 13 != 0) {
        json.append(",\"name\":\"单位").append(i).append('"'); // without a name the unit cannot be built
      }
      json.append(",\"category\":\"").append(i % 11 == 0 ? "NOPE" : "ORGAN").append('"');
      json.append(",\"divisionCode\":\"610400\"");
      if (i % 7 == 0) {
        json.append(",\"note\":\"kept\""); // unknown: an issue of binding
      }
      json.append('}');
    }
    file = dir.resolve("units.json");
    Files.writeString(file, json.append("\n]}").toString(), StandardCharsets.UTF_8);
  }

  @Test
  void everyPolicyHandsOnWhatAReadWithoutPipelineHandsOn() throws IOException {
    Recorder direct = new Recorder();
    ExchangeReader.read(file, ReadOptions.defaults(), direct);
    assertTrue(direct.events.size() > UNITS, "records and issues: " + direct.events.size());
    assertEquals(0, direct.boundAhead.get());

    Recorder onReader = throughPipeline(() -> false);
    Recorder onWorker = throughPipeline(() -> true);
    boolean[] flip = {false};
    Recorder alternating = throughPipeline(() -> flip[0] = !flip[0]);
    Recorder byDefault = throughPipeline(null); // a test JVM is seldom warm: mostly bound on the reading thread
    // Inline for the first two batches of events, then handed over, bound ahead from there on.
    Recorder inlineFirst = new Recorder();
    int twoBatches = 2 * PipelinedSink.BATCH;
    try (PipelinedSink pipeline = new PipelinedSink(inlineFirst, () -> true, twoBatches - PipelinedSink.BATCH / 2)) {
      ExchangeReader.read(file, ReadOptions.defaults(), pipeline);
    }

    assertSameEvents(direct, onReader, "bound on the reading thread");
    assertSameEvents(direct, onWorker, "bound on the validating thread");
    assertSameEvents(direct, alternating, "bound on either, batch by batch");
    assertSameEvents(direct, byDefault, "bound where the pipeline decides");
    assertSameEvents(direct, inlineFirst, "inline, then handed over");
    // Each policy bound where it said: binding issues reach the sink from a binding on the worker.
    assertEquals(0, onReader.boundAhead.get());
    assertEquals(direct.bindingIssues.get(), onWorker.boundAhead.get());
    assertTrue(alternating.boundAhead.get() > 0 && alternating.boundAhead.get() < direct.bindingIssues.get(),
        "alternating batches: " + alternating.boundAhead.get());
    // Inline, the events reach the sink on the reading thread; the worker is not started at all.
    String reader = Thread.currentThread().getName();
    assertEquals(List.of(reader), threadsOf(direct), "no pipeline");
    assertEquals(List.of("qinglian-validate"), threadsOf(onReader), "a pipeline from the first event");
    assertEquals(reader, inlineFirst.threads.get(0));
    assertEquals(reader, inlineFirst.threads.get(twoBatches - 1), "two batches inline");
    assertEquals("qinglian-validate", inlineFirst.threads.get(twoBatches), "then the worker");
    assertEquals("qinglian-validate", inlineFirst.threads.get(inlineFirst.threads.size() - 1));
    assertTrue(inlineFirst.boundAhead.get() > 0 && inlineFirst.boundAhead.get() < direct.bindingIssues.get(),
        "bound ahead once handed over: " + inlineFirst.boundAhead.get());
  }

  private static List<String> threadsOf(Recorder recorder) {
    return recorder.threads.stream().distinct().toList();
  }

  /** The first event that differs, not two lists of thousands. */
  private static void assertSameEvents(Recorder expected, Recorder actual, String how) {
    for (int i = 0; i < Math.min(expected.events.size(), actual.events.size()); i++) {
      assertEquals(expected.events.get(i), actual.events.get(i), how + ", event " + i);
    }
    assertEquals(expected.events.size(), actual.events.size(), how + ": events");
  }

  private static Recorder throughPipeline(BooleanSupplier bindAhead) throws IOException {
    Recorder recorder = new Recorder();
    try (PipelinedSink pipeline = new PipelinedSink(recorder, bindAhead)) {
      ExchangeReader.read(file, ReadOptions.defaults(), pipeline);
    }
    return recorder;
  }

  /** Every event as text; how many issues records' bindings raised, and how many of them on the worker. */
  private static final class Recorder implements RecordSink {
    final List<String> events = new ArrayList<>();
    /** The thread each event reached the sink on. */
    final List<String> threads = new ArrayList<>();
    final AtomicInteger bindingIssues = new AtomicInteger();
    final AtomicInteger boundAhead = new AtomicInteger();

    private void add(String event) {
      events.add(event);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void header(DatasetHeader header, SourceLocation location) {
      add("header " + location);
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      add("totals " + location);
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      add("record " + record.getId() + " " + location);
    }

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
      add("unbuilt " + type + " " + id + " " + location);
    }

    @Override
    public void datasetExtension(String name, String json) {
      add("extension " + name + " " + json);
    }

    @Override
    public void issue(ReadIssue issue) {
      add("issue " + issue);
      // A record's binding (the header is always bound where it is read).
      boolean binding = issue.recordType().isPresent() && StackWalker.getInstance().walk(frames -> frames.anyMatch(
          frame -> frame.getClassName().equals(Fields.class.getName())));
      if (binding) {
        bindingIssues.incrementAndGet();
        if (Thread.currentThread().getName().equals("qinglian-validate")) { // bound on the worker
          boundAhead.incrementAndGet();
        }
      }
    }
  }
}
