import { z } from 'zod';

const optionalUrl = z.url().optional();

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  LOTSE_DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  DEEPL_API_KEY: z.string().optional(),
  DEEPL_API_URL: optionalUrl,
  LIBRETRANSLATE_URL: optionalUrl,
  LIBRETRANSLATE_API_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOTSE_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(256),
  LOTSE_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  LOTSE_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  LOTSE_MAIL_FROM: z.string().min(3).default('Lotse <no-reply@localhost>'),
  LOTSE_LINK_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  LOTSE_LINK_CHECK_HOST_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  LOTSE_LINK_CHECK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
});

/** Lotse's settings, read once from the environment at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  deeplApiKey: string | undefined;
  deeplApiUrl: string | undefined;
  libreTranslateUrl: string | undefined;
  libreTranslateApiKey: string | undefined;
  logLevel: string;
  cacheBytes: number;
  seedsDemo: boolean;
  /** How many reverse proxies in front of Lotse to trust for the client address (X-Forwarded-For). */
  trustedProxyHops: number;
  /** The sender of Lotse's e-mail. */
  mailFrom: string;
  /**
   * The link checker: how long one request may take, the pause between two requests to one host, and
   * whether it may reach addresses of private networks (off by default, so links cannot probe them).
   */
  linkCheck: { timeoutMs: number; hostPauseMs: number; allowsPrivateAddresses: boolean };
}

/** Thrown at start when the environment holds invalid settings; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Lotse cannot start, the configuration has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Reads and checks the settings. The only place in Lotse that reads environment variables. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.LOTSE_DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    deeplApiKey: e.DEEPL_API_KEY,
    deeplApiUrl: e.DEEPL_API_URL,
    libreTranslateUrl: e.LIBRETRANSLATE_URL,
    libreTranslateApiKey: e.LIBRETRANSLATE_API_KEY,
    logLevel: e.LOG_LEVEL,
    cacheBytes: e.LOTSE_CACHE_MB * 1024 * 1024,
    seedsDemo: e.LOTSE_SEED_DEMO === 'true',
    trustedProxyHops: e.LOTSE_TRUST_PROXY,
    mailFrom: e.LOTSE_MAIL_FROM,
    linkCheck: {
      timeoutMs: e.LOTSE_LINK_CHECK_TIMEOUT_MS,
      hostPauseMs: e.LOTSE_LINK_CHECK_HOST_PAUSE_MS,
      allowsPrivateAddresses: e.LOTSE_LINK_CHECK_ALLOW_PRIVATE === 'true',
    },
  };
}

/** The test database server, when the test suite should also run against PostgreSQL. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}

/** The password `lotse user create` takes from LOTSE_PASSWORD, when it is set. */
export function passwordFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.LOTSE_PASSWORD || undefined;
}
