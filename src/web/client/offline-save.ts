// "Save for offline": downloads a region's pages in one compressed bundle into the Cache Storage that the
// service worker serves from, shows size and date, and later downloads only the pages that changed.

/** What the device remembers of a saved region and language. */
export interface SavedRegion {
  savedAt: string;
  bytes: number;
  manifest: { url: string; hash: string; bytes: number }[];
  searchIndex: { url: string; title: string; text: string }[];
}

const offlineCache = 'lotse-offline';
const metaUrl = (region: string, language: string) => `/__lotse/offline/${region}/${language}`;

/** What was saved of a region in a language, if anything. */
export async function readSavedRegion(region: string, language: string): Promise<SavedRegion | undefined> {
  const cache = await caches.open(offlineCache);
  const meta = await cache.match(metaUrl(region, language));
  return meta ? ((await meta.json()) as SavedRegion) : undefined;
}

async function saveRegion(region: string, language: string): Promise<SavedRegion> {
  const cache = await caches.open(offlineCache);
  const previous = await readSavedRegion(region, language);
  const have = previous?.manifest.map((entry) => entry.hash).join(',');
  const response = await fetch(`/${region}/${language}/offline.json${have ? `?have=${have}` : ''}`);
  if (!response.ok) throw new Error(`The offline bundle answered ${response.status}.`);
  const bundle = (await response.json()) as SavedRegion & { pages: { url: string; html: string }[] };
  for (const page of bundle.pages) {
    await cache.put(
      page.url,
      new Response(page.html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
  }
  const current = new Set(bundle.manifest.map((entry) => entry.url));
  for (const entry of previous?.manifest ?? []) if (!current.has(entry.url)) await cache.delete(entry.url);
  await cache.add(`/offline?lang=${language}`);
  const saved: SavedRegion = {
    savedAt: new Date().toISOString(),
    bytes:
      bundle.manifest.reduce((sum, entry) => sum + entry.bytes, 0) +
      JSON.stringify(bundle.searchIndex).length,
    manifest: bundle.manifest,
    searchIndex: bundle.searchIndex,
  };
  await cache.put(metaUrl(region, language), new Response(JSON.stringify(saved)));
  return saved;
}

function describeSaved(template: string, saved: SavedRegion, language: string): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(saved.savedAt),
  );
  const megabytes = saved.bytes / 1_000_000;
  const size =
    megabytes >= 1
      ? new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          megabytes,
        )
      : new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
          saved.bytes / 1000,
        );
  return template.replace('{date}', date).replace('{size}', size);
}

/** Wires the save button of a dashboard, where the browser can keep pages offline. */
export function enableOfflineSave(): void {
  const section = document.querySelector<HTMLElement>('[data-offline-save]');
  if (!section || !('caches' in window) || !('serviceWorker' in navigator)) return;
  const region = section.dataset.region ?? '';
  const language = section.dataset.language ?? '';
  const button = section.querySelector('button')!;
  const status = section.querySelector<HTMLElement>('.status')!;
  const show = (saved: SavedRegion) => {
    status.textContent = describeSaved(status.dataset.saved ?? '', saved, language);
    button.textContent = button.dataset.updateLabel ?? button.textContent;
  };
  section.hidden = false;
  void readSavedRegion(region, language).then((saved) => saved && show(saved));
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = status.dataset.saving ?? '';
    try {
      show(await saveRegion(region, language));
    } catch {
      status.textContent = status.dataset.failed ?? '';
    } finally {
      button.disabled = false;
    }
  });
}
