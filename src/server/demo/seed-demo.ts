import type { AppContext } from '../context.ts';
import type { VersionRow } from '../content/repo.ts';
import { createPage, savePageVersion, type PublishingContext } from '../pages/service.ts';
import { insertGlossaryTerm } from '../glossary/repo.ts';
import { updateMachineTranslationSettings } from '../machine-translation/repo.ts';
import { findRegionBySlug } from '../regions/repo.ts';
import { createRegion } from '../regions/service.ts';
import { setLegalPages, upsertOfficial } from '../go-live/repo.ts';
import { insertRegionRole, insertUser } from '../users/repo.ts';
import { loadDemoPages, type DemoPage } from './demo-pages.ts';

export const demoRegionSlug = 'musterstadt';

/** The languages of the demo region: German is the root, the others are translated from German. */
const demoLanguages = [
  { tag: 'de', source: null },
  { tag: 'en', source: 'de' },
  { tag: 'ar', source: 'de' },
  { tag: 'uk', source: 'de' },
  { tag: 'fa', source: 'de' },
  { tag: 'de-x-easy', source: 'de', isVisible: false },
];

/** What seeding did: whether the region was created, and how many pages and versions it holds. */
export interface DemoSeedResult {
  isCreated: boolean;
  pages: number;
  versions: number;
}

/**
 * Seeds the demo region into a database that has no region yet, as the configuration asks
 * (LOTSE_SEED_DEMO, on by default): the first start, or the first `lotse user create` before it.
 */
export async function seedDemoIntoEmptyDatabase(
  ctx: Pick<AppContext, 'db' | 'cache' | 'config'>,
): Promise<DemoSeedResult | undefined> {
  if (!ctx.config.seedsDemo) return undefined;
  const anyRegion = await ctx.db.selectFrom('regions').select('id').limit(1).executeTakeFirst();
  return anyRegion ? undefined : seedDemoRegion(ctx);
}

/**
 * Creates the demo region "Musterstadt" with its pages in five languages, one outdated and one missing
 * translation, machine translation set up per language, a small glossary, and a responsible official with
 * the legal pages, so that it meets every go-live condition. Does nothing when the region
 * exists already, so it can run any number of times.
 */
export async function seedDemoRegion(ctx: PublishingContext): Promise<DemoSeedResult> {
  if (await findRegionBySlug(ctx.db, demoRegionSlug)) return { isCreated: false, pages: 0, versions: 0 };
  const pages = await loadDemoPages();
  const region = await createRegion(ctx, {
    slug: demoRegionSlug,
    name: 'Musterstadt',
    kind: 'city',
    status: 'live',
    timezone: 'Europe/Berlin',
    center: { latitude: 50.5558, longitude: 9.6808 },
    boundingBox: { south: 50.49, west: 9.58, north: 50.62, east: 9.78 },
    postalCodes: ['12345', '12346', '12347'],
    aliases: ['Altstadt', 'Musterstadt-Nord', 'Beispielhausen'],
    defaultLanguage: 'de',
    languages: demoLanguages,
  });
  await seedTranslationAids(ctx, region.id);
  const result: DemoSeedResult = { isCreated: true, pages: 0, versions: 0 };
  const pageIds = new Map<string, number>();
  const seedTree = async (nodes: DemoPage[], parentId: number | null): Promise<void> => {
    for (const node of nodes) {
      const pageId = await createPage(ctx.db, { regionId: region.id, parentId, icon: node.icon ?? null });
      pageIds.set(node.key, pageId);
      result.pages += 1;
      result.versions += await seedTexts(ctx, region.id, pageId, node);
      await seedTree(node.children, pageId);
    }
  };
  await seedTree(pages, null);
  await seedResponsibility(ctx, region.id, pageIds);
  return result;
}

/**
 * What lets the demo pass its own go-live gate: a responsible official (a region manager whose account has
 * no password yet, so nobody can sign in with it) and the imprint, privacy and accessibility pages.
 */
async function seedResponsibility(
  ctx: Pick<AppContext, 'db'>,
  regionId: number,
  pageIds: Map<string, number>,
): Promise<void> {
  const official = await insertUser(ctx.db, {
    email: 'integration@musterstadt.example',
    display_name: 'Amira Beispiel',
    password_hash: null,
    is_platform_admin: false,
  });
  await insertRegionRole(ctx.db, { user_id: official.id, region_id: regionId, role: 'region-manager' });
  await upsertOfficial(ctx.db, {
    region_id: regionId,
    user_id: official.id,
    public_name: 'Integrationsbüro der Stadt Musterstadt',
    email: 'integration@musterstadt.example',
    phone: '+49 1234 567-250',
    office_hours: 'Mo–Do 9–12 Uhr, Do 14–17 Uhr',
    response_days: 3,
  });
  const pageOf = (key: string) => {
    const pageId = pageIds.get(key);
    if (pageId === undefined) throw new Error(`The demo seed has no page "${key}".`);
    return pageId;
  };
  await setLegalPages(ctx.db, regionId, {
    imprint: pageOf('imprint'),
    privacy: pageOf('privacy'),
    accessibility: pageOf('accessibility'),
  });
}

async function seedTexts(
  ctx: PublishingContext,
  regionId: number,
  pageId: number,
  node: DemoPage,
): Promise<number> {
  const save = (
    language: string,
    text: { title: string; slug: string; html: string },
    source: VersionRow | null,
  ) =>
    savePageVersion(
      ctx,
      { regionId, pageId },
      {
        language,
        title: text.title,
        slug: text.slug,
        contentHtml: text.html,
        status: 'published',
        source: source ? { language: source.language_tag, versionId: source.id } : null,
      },
    );
  const { de: german, ...translations } = node.texts;
  if (!german) throw new Error(`Demo page ${node.key} has no German text.`);
  let count = 0;
  const previous = node.dePrevious ? await save('de', node.dePrevious, null) : null;
  if (previous && translations.en) {
    await save('en', translations.en, previous);
    delete translations.en;
    count += 2;
  }
  const current = await save('de', german, null);
  count += 1;
  for (const [language, text] of Object.entries(translations)) {
    await save(language, text, current);
    count += 1;
  }
  return count;
}

/** Machine translation (DeepL for most languages, LibreTranslate for Farsi) and a glossary for the demo. */
async function seedTranslationAids(ctx: Pick<AppContext, 'db'>, regionId: number): Promise<void> {
  const provider = (tag: string) => ({
    tag,
    provider: tag === 'fa' ? ('libretranslate' as const) : ('deepl' as const),
    formality: null,
    mayPublishDirectly: false,
  });
  await updateMachineTranslationSettings(ctx.db, regionId, {
    monthlyCharacters: 200_000,
    languages: ['en', 'ar', 'uk', 'fa'].map(provider),
  });
  await insertGlossaryTerm(ctx.db, regionId, {
    term: 'Jobcenter',
    isDoNotTranslate: true,
    translations: {},
    note: 'Name des Amtes; so steht es am Gebäude.',
  });
  await insertGlossaryTerm(ctx.db, regionId, {
    term: 'Ausländerbehörde',
    isDoNotTranslate: false,
    translations: {
      en: 'Immigration Office',
      ar: 'دائرة الأجانب',
      uk: 'Відомство у справах іноземців',
      fa: 'اداره اتباع خارجی',
    },
    note: '',
  });
}
