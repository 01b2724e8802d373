import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../errors.ts';
import { readXliff, XliffError } from '../xliff/read-xliff.ts';
import type { XliffImport } from '../xliff/model.ts';
import { maxImportBytes, maxZipEntries } from './schema.ts';

const xliffName = /\.(xlf|xliff|xml)$/i;

/**
 * The XLIFF documents of an upload: one file, or every .xlf/.xliff/.xml in a zip. Every problem of every
 * file is listed (prefixed with the file's name); a zip that would unpack to more than the import limit is
 * refused before it is unpacked.
 */
export function readUpload(bytes: Buffer): XliffImport[] {
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const texts = isZip ? unzipXliffFiles(bytes) : [{ name: '', text: decode(bytes) }];
  const documents: XliffImport[] = [];
  const problems: string[] = [];
  for (const { name, text } of texts) {
    try {
      documents.push(readXliff(text));
    } catch (error) {
      if (!(error instanceof XliffError)) throw error;
      problems.push(...error.problems.map((problem) => (name ? `${name}: ${problem}` : problem)));
    }
  }
  if (problems.length > 0) throw new XliffError(problems);
  return documents;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function unzipXliffFiles(bytes: Buffer): { name: string; text: string }[] {
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!xliffName.test(file.name) || file.name.startsWith('__MACOSX/')) return false;
        count += 1;
        total += file.originalSize;
        if (count > maxZipEntries || total > maxImportBytes) {
          throw new AppError(
            'payload_too_large',
            `The zip unpacks to more than ${maxImportBytes / (1024 * 1024)} MB or ${maxZipEntries} files.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new XliffError([`The zip file cannot be read: ${error instanceof Error ? error.message : error}.`]);
  }
  const files = Object.entries(entries).map(([name, data]) => ({ name, text: strFromU8(data) }));
  if (files.length === 0) throw new XliffError(['The zip file contains no .xlf or .xliff file.']);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
