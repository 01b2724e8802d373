/** Whether a request may go ahead, and if not, when to try again. */
export interface RateDecision {
  isAllowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts requests per client in a sliding window, in memory. Enough for one server; a cluster shares no
 * counts, so each server allows its own share.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `client` is within the limit now, without counting anything. */
  peek(client: string): RateDecision {
    const now = this.now();
    const recent = (this.hits.get(client) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length < this.limit) return { isAllowed: true, retryAfterSeconds: 0 };
    return { isAllowed: false, retryAfterSeconds: Math.ceil((recent[0]! + this.windowMs - now) / 1000) };
  }

  /** Records a request of `client` if it is within the limit. */
  take(client: string): RateDecision {
    const now = this.now();
    const recent = (this.hits.get(client) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return { isAllowed: false, retryAfterSeconds: Math.ceil((recent[0]! + this.windowMs - now) / 1000) };
    }
    recent.push(now);
    this.hits.set(client, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
    return { isAllowed: true, retryAfterSeconds: 0 };
  }

  private forgetIdle(now: number): void {
    for (const [client, times] of this.hits) {
      if ((times.at(-1) ?? 0) <= now - this.windowMs) this.hits.delete(client);
    }
  }
}

/** The rate limits of one application instance. */
export interface RateLimits {
  /** Feedback from readers: ten in ten minutes per client is plenty for a person. */
  feedback: RateLimiter;
  /** Sign-in attempts per client address. */
  signInPerClient: RateLimiter;
  /** Failed sign-ins per account: guessing a password stops after a few tries. */
  failedSignInsPerAccount: RateLimiter;
}

/** Fresh counters for a new application instance. */
export function createRateLimits(): RateLimits {
  const quarterHour = 15 * 60 * 1000;
  return {
    feedback: new RateLimiter(10, 10 * 60 * 1000),
    signInPerClient: new RateLimiter(30, quarterHour),
    failedSignInsPerAccount: new RateLimiter(5, quarterHour),
  };
}
