import { AppError } from '../errors.ts';

/** At most this many problems are listed; a broken or hostile file could otherwise produce millions. */
export const MAX_PROBLEMS = 100;

/** An XLIFF file that cannot be imported, with every problem found in it as a sentence for people. */
export class XliffError extends AppError {
  readonly problems: string[];

  constructor(problems: string[], code: 'invalid_input' | 'payload_too_large' = 'invalid_input') {
    const listed =
      problems.length > MAX_PROBLEMS
        ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems.`]
        : problems;
    super(
      code,
      listed.length === 1 ? (listed[0] as string) : `The XLIFF file has ${problems.length} problems.`,
      {
        problems: listed,
      },
    );
    this.name = 'XliffError';
    this.problems = listed;
  }
}
