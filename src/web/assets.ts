import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A static asset of the public app, served from memory under an address that changes with its content. */
export interface Asset {
  path: string;
  contentType: string;
  body: Buffer;
  compressed: { br: Buffer; gzip: Buffer };
  /** Whether the address is content-hashed, so clients may keep it for ever. */
  isImmutable: boolean;
}

/** The assets, and the addresses the views link to. */
export interface AssetBundle {
  byPath: Map<string, Asset>;
  urls: { css: string; script: string; manifest: string; icon: string; serviceWorker: string };
}

const webDir = new URL('./', import.meta.url);

const appIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0b5cad"/>' +
  '<path d="M32 10 16 54l16-9 16 9z" fill="#fff"/></svg>';

/** Builds the stylesheet, the client script (bundled and minified) and the icons, once at start. */
export async function buildAssets(): Promise<AssetBundle> {
  const css = await readFile(new URL('styles/app.css', webDir));
  const script = await bundle('client/app.ts', {});
  const byPath = new Map<string, Asset>();
  const add = (name: string, extension: string, contentType: string, body: Buffer, isImmutable = true) => {
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 10);
    const path = isImmutable ? `/assets/${name}.${hash}.${extension}` : `/${name}.${extension}`;
    byPath.set(path, {
      path,
      contentType,
      body,
      compressed: { br: brotliCompressSync(body), gzip: gzipSync(body, { level: 9 }) },
      isImmutable,
    });
    return path;
  };
  const icon = add('icon', 'svg', 'image/svg+xml', Buffer.from(appIcon));
  const manifest = add(
    'manifest',
    'webmanifest',
    'application/manifest+json',
    Buffer.from(
      JSON.stringify({
        name: 'Lotse',
        short_name: 'Lotse',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [{ src: icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
      }),
    ),
  );
  const urls = {
    css: add('app', 'css', 'text/css; charset=utf-8', css),
    script: add('app', 'js', 'text/javascript; charset=utf-8', script),
    manifest,
    icon,
  };
  // The service worker keeps its address; its content (and so the browser's update) changes with the assets.
  const worker = await bundle('client/service-worker.ts', {
    LOTSE_ASSETS: JSON.stringify(Object.values(urls)),
  });
  const serviceWorker = add('sw', 'js', 'text/javascript; charset=utf-8', worker, false);
  return { byPath, urls: { ...urls, serviceWorker } };
}

/** Bundles and minifies a client module; `constants` are replaced in the code. */
async function bundle(entry: string, constants: Record<string, string>): Promise<Buffer> {
  const result = await build({
    entryPoints: [new URL(entry, webDir).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    define: constants,
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}
