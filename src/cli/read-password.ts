import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * The new user's password: from LOTSE_PASSWORD, else the first line of standard input; on a terminal it is
 * asked for twice without echo.
 */
export async function readPassword(options: {
  fromEnvironment: string | undefined;
  input: Readable & { isTTY?: boolean };
  output: Writable;
}): Promise<string> {
  if (options.fromEnvironment) return options.fromEnvironment;
  if (!options.input.isTTY) return firstLine(options.input);
  const first = await askHidden('Password: ', options.input, options.output);
  const second = await askHidden('Password again: ', options.input, options.output);
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function firstLine(input: Readable): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

function askHidden(prompt: string, input: Readable, output: Writable): Promise<string> {
  return new Promise((resolve) => {
    const reader = createInterface({ input, output, terminal: true });
    const writable = reader as unknown as { _writeToOutput: (text: string) => void };
    output.write(prompt);
    writable._writeToOutput = () => undefined;
    reader.question('', (answer) => {
      reader.close();
      output.write('\n');
      resolve(answer);
    });
  });
}
