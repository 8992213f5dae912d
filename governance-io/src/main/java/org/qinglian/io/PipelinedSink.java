package org.qinglian.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * Lets reading and validating overlap on two cores: the reader's thread parses and binds,
 * a second thread hands everything, in the same order, to the sink behind (a validation
 * session, which stays single-threaded). Once the JVM is warm, when that thread runs dry it
 * binds the next batch of records itself, so neither side waits while the other has work it
 * could take; a record bound there still reaches the sink, binding issues and all, where it
 * stands among the events. Batches keep the hand-over cheap; the bounded queue keeps memory
 * flat when one side is faster.
 *
 * <p>Until the JVM is warm, events go to the sink on the reader's thread, and the second thread
 * is not started: cold, the JIT's compiler threads take the other core, and a second thread of
 * ours only competes with them and moves every record from one core's cache to the other's (a
 * million records, cold: a sixth less time and CPU than with the pipeline from the start;
 * docs/performance.md, the eleventh round). Warm, the pipeline takes a third off.
 */
final class PipelinedSink implements RecordSink, AutoCloseable {

  // Small: warm, 64 records a batch took a tenth less time than 512 (docs/performance.md, the twelfth round), likely
  // because a batch (some 170 KiB of records, read and bound) still sits in a cache when the other core takes it.
  static final int BATCH = 64;
  private static final List<Runnable> END = new ArrayList<>();
  /** Events through every pipeline of this JVM: past {@link #WARM}, the JIT has compiled the paths. */
  private static final AtomicLong EVENTS = new AtomicLong();
  private static final long WARM = 1_000_000;

  private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(16);
  /** Started when the events stop running inline. */
  private Thread worker;
  private final RecordSink next;
  /** Whether events still run on the reader's thread; checked once a batch. */
  private boolean inline;
  private final BooleanSupplier inlinePolicy;
  private long ranInline;
  private List<Runnable> batch = new ArrayList<>(BATCH);
  private volatile Throwable failure;
  private final BooleanSupplier bindAheadPolicy;
  /** Whether the records of the batch being filled are bound on the worker (decided as the last one is handed over). */
  private boolean bindAhead;
  /** Binds on the worker, its issues going straight to {@code next}; made for the read's options. */
  private ReadContext binding;

  PipelinedSink(RecordSink next) {
    this(next, null, -1);
  }

  /**
   * {@code bindAhead}, when given, decides instead of the queue whether the worker binds the next
   * batch (tests try every split); the events are handed over from the first.
   */
  PipelinedSink(RecordSink next, BooleanSupplier bindAhead) {
    this(next, bindAhead, 0);
  }

  /**
   * As above, but the first {@code inlineFor} events (rounded up to a batch) run on the reader's
   * thread; {@code -1}: until the JVM is warm.
   */
  PipelinedSink(RecordSink next, BooleanSupplier bindAhead, long inlineFor) {
    this.next = next;
    this.bindAheadPolicy = bindAhead != null ? bindAhead : () -> EVENTS.get() >= WARM && queue.isEmpty();
    this.inlinePolicy = inlineFor < 0 ? () -> EVENTS.get() < WARM : () -> ranInline < inlineFor;
    this.inline = inlinePolicy.getAsBoolean();
    if (!inline) {
      start();
    }
  }

  private void start() {
    this.bindAhead = bindAheadPolicy.getAsBoolean(); // the worker starts with nothing to do
    worker = new Thread(this::drain, "qinglian-validate");
    worker.setDaemon(true);
    worker.start();
  }

  private void drain() {
    try {
      while (true) {
        List<Runnable> events = queue.take();
        if (events == END) {
          return;
        }
        for (Runnable event : events) {
          event.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e;
      queue.clear();
    }
  }

  private void add(Runnable event) {
    if (inline) {
      event.run();
      if (++ranInline % BATCH == 0) {
        EVENTS.addAndGet(BATCH);
        inline = inlinePolicy.getAsBoolean();
        if (!inline) {
          start(); // what ran inline happened before: the thread's start orders it
        }
      }
      return;
    }
    batch.add(event);
    if (batch.size() == BATCH) {
      flush();
    }
  }

  private void flush() {
    if (failure != null) {
      rethrow();
    }
    // By default: nothing queued before this batch, so the worker will wait once it is done; it binds the next.
    bindAhead = bindAheadPolicy.getAsBoolean();
    EVENTS.addAndGet(batch.size());
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      worker.interrupt(); // the worker must not wait for batches that will never come
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing records to the validator", e);
    }
    batch = new ArrayList<>(BATCH);
  }

  private void rethrow() {
    Throwable thrown = failure;
    failure = null; // thrown once: close() must not throw it again onto itself
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw (Error) thrown;
  }

  @Override
  public void header(DatasetHeader header, SourceLocation location) {
    add(() -> next.header(header, location));
  }

  @Override
  public void header(DatasetHeader header, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    add(() -> next.header(header, location, fields));
  }

  @Override
  public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
    add(() -> next.declaredTotals(totals, location));
  }

  @Override
  public void declaredTotals(DeclaredTotals totals, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    add(() -> next.declaredTotals(totals, location, fields));
  }

  @Override
  public void record(GovernanceRecord record, SourceLocation location) {
    add(() -> next.record(record, location));
  }

  @Override
  public void record(GovernanceRecord record, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    add(() -> next.record(record, location, fields));
  }

  /**
   * Takes {@code raw}, read with {@code options}, to be bound on the worker when this batch is
   * bound there; returns {@code false}, taking nothing, when the reader binds it.
   */
  boolean bindAhead(RawRecord raw, ReadOptions options) {
    if (inline || !bindAhead) {
      return false;
    }
    if (binding == null || binding.options != options) {
      binding = new ReadContext(options, next);
    }
    ReadContext context = binding;
    add(() -> context.bind(raw));
    return true;
  }

  @Override
  public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
    add(() -> next.unbuiltRecord(type, id, location));
  }

  @Override
  public void datasetExtension(String name, String json) {
    add(() -> next.datasetExtension(name, json));
  }

  @Override
  public void issue(ReadIssue issue) {
    add(() -> next.issue(issue));
  }

  /** Waits until the worker has handed on everything. */
  @Override
  public void close() {
    if (worker == null) {
      EVENTS.addAndGet(ranInline % BATCH); // all ran inline: nothing to wait for
      return;
    }
    if (!batch.isEmpty() && failure == null) {
      flush();
    }
    try {
      if (worker.isAlive()) {
        queue.put(END);
      }
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt(); // stop it rather than leave it blocked on the queue forever
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the validator", e);
    }
    if (failure != null) {
      rethrow();
    }
  }
}
