package org.reclaim.app.register;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.reclaim.io.Layer;
import org.reclaim.store.ReclaimStore;

/**
 * Writes the records of one import while the file is still being read: the reading thread hands
 * batches to a writer thread that holds one transaction open, so parsing and writing overlap on two
 * cores. The transaction commits only when {@link #finish(boolean)} is told the whole file was
 * clean; otherwise it rolls back and nothing of the file remains.
 *
 * <p>Not thread safe: one reading thread calls {@link #accept} and then {@link #finish} once.
 */
final class PipelinedWriter implements Consumer<Object> {
  private static final int BATCH = 5_000;
  private static final List<Object> COMMIT = new ArrayList<>();
  private static final List<Object> ROLL_BACK = new ArrayList<>();

  /** Thrown inside the writer's transaction to roll it back when the file had problems. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RolledBack() {
      super(null, null, false, false);
    }
  }

  /** Thrown to the reading thread when the writer failed; stops reading early. */
  static final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailed(Throwable cause) {
      super(cause);
    }
  }

  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(4);
  private final LayerCatalog catalog;
  private final Layer layer;
  private final FutureTask<Long> writer;
  private List<Object> batch = new ArrayList<>(BATCH);
  private long count;
  private long firstId = Long.MAX_VALUE;
  private long lastId = Long.MIN_VALUE;

  /**
   * @param beforeCommit runs in the writer's transaction after the last batch, before the commit,
   *     given the number of records written (e.g. reclassifying areas touched by new evidence
   *     links, marking the import run completed)
   */
  PipelinedWriter(
      ReclaimStore store,
      LayerCatalog catalog,
      Layer layer,
      String actor,
      String source,
      java.util.function.LongConsumer beforeCommit) {
    this.writer =
        new FutureTask<>(
            () ->
                store.inTransaction(
                    () -> {
                      long written = 0;
                      while (true) {
                        List<Object> next = take();
                        if (next == COMMIT) {
                          beforeCommit.accept(written);
                          catalog.auditBulk(layer, written, firstId, lastId, actor, source);
                          return written;
                        }
                        if (next == ROLL_BACK) {
                          throw new RolledBack();
                        }
                        catalog.insertBatch(layer, next);
                        written += next.size();
                      }
                    }));
    Thread thread = new Thread(writer, "reclaim-import-writer");
    thread.setDaemon(true);
    this.catalog = catalog;
    this.layer = layer;
    thread.start();
  }

  private List<Object> take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import writer interrupted", e);
    }
  }

  @Override
  public void accept(Object record) {
    long id = catalog.idOf(layer, record);
    firstId = Math.min(firstId, id);
    lastId = Math.max(lastId, id);
    batch.add(record);
    count++;
    if (batch.size() == BATCH) {
      hand(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void hand(List<Object> next) {
    try {
      while (!queue.offer(next, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (writer.isDone()) {
          throw new WriteFailed(cause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import reader interrupted", e);
    }
  }

  /**
   * Ends the import: commits if {@code clean}, else rolls back.
   *
   * @return records written and committed (0 when rolled back)
   * @throws RuntimeException the database's refusal, if the writer failed
   */
  long finish(boolean clean) {
    if (!writer.isDone()) {
      if (clean && !batch.isEmpty()) {
        hand(batch);
      }
      hand(clean ? COMMIT : ROLL_BACK);
    }
    try {
      return writer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RolledBack) {
        return 0;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** Records handed over so far. */
  long count() {
    return count;
  }

  private Throwable cause() {
    try {
      writer.get();
      return new IllegalStateException("import writer stopped");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    }
  }
}
