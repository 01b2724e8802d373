// Small enhancements on top of pages that work without JavaScript. Each part checks what the browser offers.
import { rememberContrast } from './contrast.ts';
import { enableFeedback } from './feedback.ts';
import { enableNearMe } from './near-me.ts';
import { enableOfflineSave } from './offline-save.ts';
import { enableOfflineSearch } from './offline-search.ts';
import { enablePageTools } from './page-tools.ts';

rememberContrast();
enableNearMe();
enablePageTools();
enableFeedback();
enableOfflineSave();
enableOfflineSearch();

if ('serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(async () => {
    // Keep the offline page in this page's language, for pages that were never opened.
    const language = document.documentElement.lang.split('-')[0] ?? 'de';
    const cache = await caches.open('lotse-offline');
    if (!(await cache.match(`/offline?lang=${language}`)))
      await cache.add(`/offline?lang=${language}`).catch(() => undefined);
  });
}
