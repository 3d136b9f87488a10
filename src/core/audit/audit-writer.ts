import type { Db } from '../db/database.ts';
import { appendAudit, assertValidEvents, type AuditEvent } from './audit.ts';

export interface AuditWriterOptions {
  /** Longest time an event waits in memory before it is written. */
  maxDelayMs?: number;
  /** Events written in one statement at most. */
  maxBatch?: number;
  /** Told when a batch could not be written; the batch is kept and retried. */
  onError?: (err: unknown, pending: number) => void;
}

/**
 * Writes the audit events of read-only requests (käyttöloki of reads) in batches after the
 * response, so a read does not wait for an insert and a commit of its own.
 *
 * Why: a person look-up is one indexed read, but appending its event to the hash chain is an
 * insert, a serialised chain link and a commit flush, which made the event three times the
 * cost of the read. eVaka writes its audit log asynchronously for the same reason. Writes of
 * personal data are NOT handled here: their events still commit in the write's transaction.
 *
 * The trade-off, documented in docs/architecture.md: events of reads made in the last
 * `maxDelayMs` before a hard crash of the server process (kill -9, power loss) can be lost;
 * a normal shutdown (`close()`, SIGTERM) writes every queued event. A failed batch is kept and
 * retried, never dropped. Reports of the log (`flush()` first) see every event of this server.
 */
export class AuditWriter {
  private queue: AuditEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private closed = false;
  private readonly maxDelayMs: number;
  private readonly maxBatch: number;
  private readonly onError: (err: unknown, pending: number) => void;

  constructor(
    private readonly db: Db,
    opts: AuditWriterOptions = {},
  ) {
    this.maxDelayMs = opts.maxDelayMs ?? 25;
    this.maxBatch = opts.maxBatch ?? 500;
    this.onError = opts.onError ?? ((err, pending) => console.error(`audit log write failed, ${pending} events kept for retry: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Number of events not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues events; a bad event name throws here, in the request, not later in the writer. */
  enqueue(events: AuditEvent[]): void {
    if (events.length === 0) return;
    assertValidEvents(events);
    if (this.closed) throw new Error('audit writer is closed');
    // Stamp the time now: the event happened at the request, not at the write.
    const at = new Date();
    for (const e of events) this.queue.push({ ...e, occurredAt: e.occurredAt ?? at });
    if (this.queue.length >= this.maxBatch) void this.drain();
    else this.schedule(this.maxDelayMs);
  }

  /** Writes every queued event now; resolves when they are committed. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.writing) {
      await this.drain();
    }
  }

  /** Writes what is queued and refuses new events. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // A batch that keeps failing at shutdown is reported, not retried forever.
    for (let attempt = 0; attempt < 5 && (this.queue.length > 0 || this.writing); attempt++) {
      await this.drain().catch(() => {});
    }
    if (this.queue.length > 0) this.onError(new Error('audit events not written at shutdown'), this.queue.length);
  }

  private schedule(delay: number) {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain().catch(() => {});
    }, delay);
    // A pending write must not keep a finished CLI process alive; close() flushes.
    this.timer.unref();
  }

  private drain(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.queue.length === 0) return Promise.resolve();
    const batch = this.queue.splice(0, this.maxBatch);
    this.writing = appendAudit(this.db, batch)
      .then(() => {
        this.failures = 0;
      })
      .catch((err: unknown) => {
        // Keep the order: the failed batch goes back to the front and is retried with back-off.
        this.queue.unshift(...batch);
        this.failures++;
        this.onError(err, this.queue.length);
        throw err;
      })
      .finally(() => {
        this.writing = null;
        if (this.queue.length > 0 && !this.closed) this.schedule(Math.min(5000, this.maxDelayMs * 2 ** this.failures));
      });
    return this.writing;
  }
}
