import { createRateLimits } from '../src/server/http/rate-limiter.ts';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openDatabase, type DatabaseHandle } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { AppContext } from '../src/server/context.ts';
import { seedDemoRegion } from '../src/server/demo/seed-demo.ts';
import { syncLanguageRegistry } from '../src/server/languages/service.ts';
import { PublicCache } from '../src/server/public-cache.ts';
import { jobHandlers } from '../src/server/jobs/handlers.ts';
import { JobRunner } from '../src/server/jobs/runner.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { configuredTranslators } from '../src/server/machine-translation/translators.ts';
import { startFakeTranslationServices } from '../src/server/test-support/fake-translation-services.ts';

const chromiumOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Debian's Chromium, started the way this machine allows (no background network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions);
}

/** Chromium with a real (not incognito) profile in a fresh directory, as a person's browser is. */
export async function launchChromiumProfile(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'lotse-profile-')), chromiumOptions);
}

/** A running Lotse on a loopback port with the demo region, and its context for looking into the database. */
export interface DemoServer {
  origin: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * Starts the real application on an in-memory database seeded with the demo region, with its background
 * jobs running; `environment` adds settings (the test translation services, say).
 */
export async function startDemoServer(environment: Record<string, string> = {}): Promise<DemoServer> {
  const handle: DatabaseHandle = await openDatabase({ dataDir: 'memory://', holder: 'e2e' });
  await migrate(handle.db);
  await syncLanguageRegistry(handle.db);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...environment });
  const ctx: AppContext = {
    db: handle.db,
    config,
    cache: new PublicCache(64 << 20),
    rateLimits: createRateLimits(),
    translators: configuredTranslators(config),
  };
  await seedDemoRegion(ctx);
  const app = await buildApp({ ctx, databaseKind: handle.kind });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const jobs = new JobRunner(
    handle.db,
    jobHandlers(ctx, createMailer(undefined, 'Lotse <e2e@lotse.example>')),
  );
  jobs.start(250);
  return {
    origin,
    ctx,
    close: async () => {
      await jobs.stop();
      await app.close();
      await handle.close();
    },
  };
}

/**
 * The demo server with machine translation set up against local stand-ins for DeepL and LibreTranslate,
 * which close with it.
 */
export async function startDemoServerWithTranslation(): Promise<DemoServer> {
  const services = await startFakeTranslationServices();
  const server = await startDemoServer({
    DEEPL_API_KEY: services.deeplKey,
    DEEPL_API_URL: services.url,
    LIBRETRANSLATE_URL: services.url,
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await services.close();
    },
  };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The accessibility violations axe-core finds on the page (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  // Evaluated through the debugging protocol, so the page's content security policy does not stop it.
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
