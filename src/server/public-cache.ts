import { ScopedCache } from './http/scoped-cache.ts';
import { sizeOfResponse, type CachedResponse } from './http/cached-response.ts';
import type { RegionRow } from './regions/repo.ts';
import type { PublicRegion } from './regions/service.ts';
import type { RegionContent } from './pages/public-tree.ts';
import { sizeOfRegionContent } from './pages/public-tree.ts';
import type { OfflineBundle } from './public-app/offline-bundle.ts';
import type { TranslationMemory } from './translation-memory/memory.ts';

const regionListScope = 'regions';

/** An invalidation, as it is announced to the other servers on the same database. */
export interface CacheChange {
  kind: 'content' | 'region';
  regionId: number;
}

/**
 * The caches behind the public API: regions by slug, each region's published content, and serialised
 * responses. A publish or a region change invalidates what it touches.
 */
export class PublicCache {
  readonly regions: ScopedCache<PublicRegion | undefined>;
  readonly regionList: ScopedCache<RegionRow[]>;
  readonly content: ScopedCache<RegionContent>;
  readonly responses: ScopedCache<CachedResponse>;
  readonly offline: ScopedCache<OfflineBundle>;
  /** Translation memories of the workspace, derived from published translations like the content is. */
  readonly memory: ScopedCache<TranslationMemory>;
  private announce: ((change: CacheChange) => void) | undefined;

  constructor(maxBytes: number) {
    this.regions = new ScopedCache(Math.max(maxBytes / 16, 1024 * 1024), () => 2048);
    this.regionList = new ScopedCache(Math.max(maxBytes / 16, 1024 * 1024), (rows) => rows.length * 1024);
    this.content = new ScopedCache(maxBytes / 4, sizeOfRegionContent);
    this.responses = new ScopedCache(maxBytes, sizeOfResponse);
    this.offline = new ScopedCache(maxBytes / 4, (bundle) =>
      bundle.entries.reduce((bytes, entry) => bytes + entry.html.length * 2, 0),
    );
    this.memory = new ScopedCache(maxBytes / 4, (memory) => memory.size * 1024);
  }

  /** The scope of everything cached for one region. */
  static regionScope(regionId: number): string {
    return `region:${regionId}`;
  }

  static readonly regionListScope = regionListScope;

  /** Tells someone of every invalidation made here, to pass it on to the other servers. */
  announceChangesTo(announce: (change: CacheChange) => void): void {
    this.announce = announce;
  }

  /** Drops what was cached of a region's content, after a publish, a move or an archive. */
  invalidateRegionContent(regionId: number): void {
    this.dropContent(regionId);
    this.announce?.({ kind: 'content', regionId });
  }

  /** Drops everything cached of a region, after its settings or languages changed. */
  invalidateRegion(regionId: number): void {
    this.dropRegion(regionId);
    this.announce?.({ kind: 'region', regionId });
  }

  /** Applies an invalidation another server announced (it is not announced again). */
  apply(change: CacheChange): void {
    if (change.kind === 'content') this.dropContent(change.regionId);
    else this.dropRegion(change.regionId);
  }

  private dropContent(regionId: number): void {
    const scope = PublicCache.regionScope(regionId);
    this.content.invalidate(scope);
    this.responses.invalidate(scope);
    this.offline.invalidate(scope);
    this.memory.invalidate(scope);
  }

  private dropRegion(regionId: number): void {
    this.dropContent(regionId);
    this.regions.invalidate(regionListScope);
    this.regionList.invalidate(regionListScope);
    this.responses.invalidate(regionListScope);
  }
}
