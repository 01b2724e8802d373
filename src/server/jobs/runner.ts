import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { claimNextJob, completeJob, failJob } from './repo.ts';

/** Which attempt at a job this is; on the last one, a handler should record the failure itself. */
export interface JobAttempt {
  attempt: number;
  isLastAttempt: boolean;
}

/**
 * Does the work of one kind of job; throwing means "try again later" (after the error's `retryAfterMs`
 * when it has one, e.g. from a service's Retry-After, else after the growing pause).
 */
export type JobHandler = (payload: Record<string, unknown>, attempt: JobAttempt) => Promise<void>;

/** The pause before the next attempt: 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * Runs due jobs from the database, one at a time, with the handler of their kind. Started with the
 * server; a job a crashed server left running is taken up again once its lock has run out.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly handlers: Record<string, JobHandler>,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Runs every job that is due now; returns how many ran. */
  runDue(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Looks for due jobs every `intervalMs` until stopped. */
  start(intervalMs = 5000): void {
    this.timer = setInterval(() => void this.runDue(), intervalMs);
    this.timer.unref();
  }

  /** Stops looking and waits for the job under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<number> {
    let count = 0;
    for (
      let job = await claimNextJob(this.db, 5 * 60 * 1000);
      job;
      job = await claimNextJob(this.db, 5 * 60 * 1000)
    ) {
      count++;
      const handler = this.handlers[job.kind];
      try {
        if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
        await handler(job.payload, {
          attempt: job.attempts,
          isLastAttempt: job.attempts >= job.max_attempts,
        });
        await completeJob(this.db, job.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const pause = Math.max(retryDelayMs(job.attempts), requestedPauseMs(error));
        const retryAt = job.attempts < job.max_attempts ? new Date(Date.now() + pause) : undefined;
        await failJob(this.db, job.id, message, retryAt);
        this.onError(`Job ${job.id} (${job.kind}) failed on attempt ${job.attempts}: ${message}`);
      }
    }
    return count;
  }
}

/** The pause an error asks for (`retryAfterMs`), capped at an hour; 0 when it asks for none. */
function requestedPauseMs(error: unknown): number {
  const pause = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof pause === 'number' && Number.isFinite(pause) ? Math.min(Math.max(pause, 0), 3_600_000) : 0;
}
