import type { z } from 'zod';
import { invalidInput, type Issue } from './errors.ts';

/** The problems zod found, as the API lists them, each field prefixed with where it was (`query`, `body`…). */
export function issuesOf(error: z.ZodError, where?: string): Issue[] {
  return error.issues.map((issue) => ({
    field: [...(where ? [where] : []), ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** Validates input against a schema; on failure throws `invalid_input` listing every problem. */
export function parseInput<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(issuesOf(parsed.error));
  return parsed.data;
}
