import { readdir, readFile } from 'node:fs/promises';
import { z } from 'zod';

const demoPagesDir = new URL('../../db/seed/demo-pages/', import.meta.url);

const pageText = z.object({ title: z.string().min(1), slug: z.string().min(1), html: z.string().min(1) });

/** A page of the demo region with its text per language and its children, as the seed files hold it. */
export interface DemoPage {
  key: string;
  icon?: string | undefined;
  texts: Record<string, z.infer<typeof pageText>>;
  /** An older German version, published before the current one: its English translation shows as outdated. */
  dePrevious?: z.infer<typeof pageText> | undefined;
  children: DemoPage[];
}

const demoPageFile: z.ZodType<DemoPage> = z.lazy(() =>
  z
    .object({
      key: z.string().min(1),
      icon: z.string().optional(),
      dePrevious: pageText.optional(),
      children: z.array(demoPageFile).default([]),
    })
    .catchall(z.unknown())
    .transform((raw, context) => {
      const { key, icon, dePrevious, children, ...languages } = raw;
      const texts: DemoPage['texts'] = {};
      for (const [language, value] of Object.entries(languages)) {
        const parsed = pageText.safeParse(value);
        if (parsed.success) texts[language] = parsed.data;
        else context.addIssue({ code: 'custom', message: `${key}.${language}: ${parsed.error.message}` });
      }
      return { key, icon, dePrevious, children, texts };
    }),
);

/** The demo region's page tree from `db/seed/demo-pages/*.json`, top-level pages in file-name order. */
export async function loadDemoPages(): Promise<DemoPage[]> {
  const files = (await readdir(demoPagesDir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (name) => {
      const json: unknown = JSON.parse(await readFile(new URL(name, demoPagesDir), 'utf8'));
      const parsed = demoPageFile.safeParse(json);
      if (!parsed.success) throw new Error(`Demo seed file ${name} is invalid: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}
