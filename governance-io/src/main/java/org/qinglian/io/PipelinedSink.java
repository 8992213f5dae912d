package org.qinglian.io;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;
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
  private static final Batch END = new Batch();
  /** Events through every pipeline of this JVM: past {@link #WARM}, the JIT has compiled the paths. */
  private static final AtomicLong EVENTS = new AtomicLong();
  private static final long WARM = 1_000_000;

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private static final int QUEUED = 16;
  /**
   * When the reader finds the queue full, it sleeps until the worker has taken half of it: woken
   * at every batch taken instead, it and the worker wake each other a system call each per batch
   * (a twentieth of the worker's time when reading is the faster side).
   */
  private static final int RESUME_AT = QUEUED / 2;
  private volatile Thread waitingReader;
  /** How often the reader found the queue full and slept (read by a test). */
  int waits;
  /** Started when the events stop running inline. */
  private Thread worker;
  private final RecordSink next;
  /** Whether events still run on the reader's thread; checked once a batch. */
  private boolean inline;
  private final BooleanSupplier inlinePolicy;
  private long ranInline;
  private Batch batch = new Batch();
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

  /**
   * Events in arrays, a record as its three arguments rather than a lambda made for each: the
   * validating thread reads a batch in a few cache lines instead of sixty-four objects made on the
   * other core, and nothing is allocated for a record handed over.
   */
  private static final class Batch {
    static final byte RUN = 0;
    static final byte RECORD = 1;
    static final byte RECORD_AT = 2;
    static final byte BIND = 3;

    final byte[] kinds = new byte[BATCH];
    final Object[] first = new Object[BATCH];
    final Object[] second = new Object[BATCH];
    final Object[] third = new Object[BATCH];
    int size;

    void add(byte kind, Object a, Object b, Object c) {
      kinds[size] = kind;
      first[size] = a;
      second[size] = b;
      third[size] = c;
      size++;
    }

    /** Runs the events, in order, against {@code next}. */
    void run(RecordSink next) {
      for (int i = 0; i < size; i++) {
        switch (kinds[i]) {
          case RECORD:
            next.record((GovernanceRecord) first[i], (SourceLocation) second[i]);
            break;
          case RECORD_AT:
            next.record((GovernanceRecord) first[i], (SourceLocation) second[i],
                (org.qinglian.model.location.FieldLocations) third[i]);
            break;
          case BIND:
            ((ReadContext) second[i]).bind((RawRecord) first[i]);
            break;
          default:
            ((Runnable) first[i]).run();
        }
      }
    }
  }

  private void drain() {
    try {
      while (true) {
        Batch events = queue.take();
        Thread reader = waitingReader;
        if (reader != null && queue.size() <= RESUME_AT) {
          LockSupport.unpark(reader);
        }
        if (events == END) {
          return;
        }
        events.run(next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e;
      queue.clear();
      Thread reader = waitingReader;
      if (reader != null) {
        LockSupport.unpark(reader);
      }
    }
  }

  private void add(Runnable event) {
    if (inline) {
      event.run();
      ranInline();
      return;
    }
    add(Batch.RUN, event, null, null);
  }

  /** An event of {@code kind} with its arguments, for the worker (not inline). */
  private void add(byte kind, Object a, Object b, Object c) {
    batch.add(kind, a, b, c);
    if (batch.size == BATCH) {
      flush();
    }
  }

  /** Counts an event run on the reader's thread; past the warm threshold, starts the worker. */
  private void ranInline() {
    if (++ranInline % BATCH == 0) {
      EVENTS.addAndGet(BATCH);
      inline = inlinePolicy.getAsBoolean();
      if (!inline) {
        start(); // what ran inline happened before: the thread's start orders it
      }
    }
  }

  private void flush() {
    if (failure != null) {
      rethrow();
    }
    // By default: nothing queued before this batch, so the worker will wait once it is done; it binds the next.
    bindAhead = bindAheadPolicy.getAsBoolean();
    EVENTS.addAndGet(batch.size);
    try {
      if (queue.remainingCapacity() == 0) {
        awaitRoom();
      }
      queue.put(batch);
    } catch (InterruptedException e) {
      worker.interrupt(); // the worker must not wait for batches that will never come
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing records to the validator", e);
    }
    batch = new Batch();
  }

  /** Sleeps until the worker has taken half the queue (or failed). */
  private void awaitRoom() throws InterruptedException {
    waits++;
    waitingReader = Thread.currentThread();
    try {
      while (queue.size() > RESUME_AT && failure == null) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
    } finally {
      waitingReader = null;
    }
    if (failure != null) {
      rethrow();
    }
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
    if (inline) {
      next.record(record, location);
      ranInline();
    } else {
      add(Batch.RECORD, record, location, null);
    }
  }

  @Override
  public void record(GovernanceRecord record, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    if (inline) {
      next.record(record, location, fields);
      ranInline();
    } else {
      add(Batch.RECORD_AT, record, location, fields);
    }
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
    add(Batch.BIND, raw, binding, null);
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
    if (batch.size > 0 && failure == null) {
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
