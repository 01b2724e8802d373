// What the link checker's job and route tests share: an application that checks links quickly, without
// pauses and on this machine, a local site for content to link to, and a runner of the checker's jobs.
import { JobRunner } from '../jobs/runner.ts';
import type { TestDatabase } from '../test-support/databases.ts';
import { startLinkTargetServer, type LinkTargetServer } from '../test-support/link-target-server.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { linkCheckJobHandlers } from './jobs.ts';

/** Starts the application (with `environment` added to the checker's test settings) and the local site. */
export async function startLinkCheckTest(
  database: TestDatabase,
  environment: Record<string, string> = {},
): Promise<{ t: TestApp; site: LinkTargetServer; runner: JobRunner; close(): Promise<void> }> {
  const t = await startTestApp(database, {
    LOTSE_LINK_CHECK_TIMEOUT_MS: '300',
    LOTSE_LINK_CHECK_HOST_PAUSE_MS: '0',
    LOTSE_LINK_CHECK_ALLOW_PRIVATE: 'true',
    ...environment,
  });
  const site = await startLinkTargetServer();
  const runner = new JobRunner(t.ctx.db, linkCheckJobHandlers(t.ctx));
  const close = async () => {
    await site.close();
    await t.close();
  };
  return { t, site, runner, close };
}
