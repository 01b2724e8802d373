// The service worker: keeps every page the reader opened, serves saved regions offline, and otherwise shows
// the offline page in the reader's language. Saving a region is done by the page (offline-save.ts).

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

declare const LOTSE_ASSETS: string[];
const worker = self as unknown as ServiceWorkerScope;
const assetCache = 'lotse-assets';
const visitedCache = 'lotse-visited';

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(assetCache)
      .then((cache) => cache.addAll(LOTSE_ASSETS))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(worker.clients.claim());
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname.startsWith('/api/'))
    return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetchAndKeep(request, assetCache)));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetchAndKeep(request, visitedCache).catch(() => offlineAnswer(url)));
  }
});

async function fetchAndKeep(request: Request, cacheName: string): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(cacheName).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** Offline: the page if it was kept; for a search, the saved search page; else the offline page. */
async function offlineAnswer(url: URL): Promise<Response> {
  const kept = await caches.match(url.href);
  if (kept) return kept;
  if (url.pathname.endsWith('/search')) {
    const shell = await caches.match(url.href, { ignoreSearch: true });
    if (shell) return shell;
  }
  const language = url.pathname.split('/')[2] ?? '';
  const offlinePage =
    (await caches.match(`/offline?lang=${language}`)) ?? (await caches.match('/offline?lang=de'));
  return (
    offlinePage ??
    new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  );
}
