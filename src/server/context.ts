import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Config } from './config.ts';
import type { RateLimits } from './http/rate-limiter.ts';
import type { PublicCache } from './public-cache.ts';
import type { Translators } from './machine-translation/translators.ts';

/** What services need from the running application; passed explicitly, never ambient. */
export interface AppContext {
  db: Kysely<Database>;
  config: Config;
  cache: PublicCache;
  rateLimits: RateLimits;
  /** The machine translation providers this installation has set up. */
  translators: Translators;
}
