import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { ConfigError, loadConfig, type Config } from '../server/config.ts';
import { AppError } from '../server/errors.ts';

/** Runs a command's action with the configuration, and reports failures as a person understands them. */
export type RunAction = (action: (config: Config) => Promise<void>) => Promise<void>;

/** Loads the configuration, runs the action, and turns known errors into a message and exit code 1. */
export const runAction: RunAction = async (action) => {
  try {
    await action(loadConfig());
  } catch (error) {
    process.exitCode = 1;
    process.stderr.write(`${describeError(error)}\n`);
  }
};

function describeError(error: unknown): string {
  if (error instanceof DataDirBusyError || error instanceof ConfigError) return `lotse: ${error.message}`;
  if (error instanceof AppError) {
    const issues = (error.details?.issues ?? []) as { field: string; message: string }[];
    const list = issues.length > 1 ? `\n${issues.map((i) => `  - ${i.field}: ${i.message}`).join('\n')}` : '';
    return `lotse: ${error.message}${list}`;
  }
  if (error instanceof Error) return `lotse: ${error.message}`;
  return `lotse: ${String(error)}`;
}
